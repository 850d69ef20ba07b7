// Every kind of item in a plan and its fields, each named once: the member it is, its key in the
// file, the words people see for it, how a file keeps it and what its text may hold. Commands,
// merge and the merge review use these through FieldsOf<T>() (fields.h); src/io reads and
// writes plan files from them. A new field is one line here, plus its place in the inspector.
#pragma once
#include <cstdint>
#include <string_view>
#include <tuple>

#include "plan.h"

namespace coplan {

// How a plan file keeps a field.
enum class Keep : std::uint8_t {
  IfSet,     // left out of the file when empty or false (a card's position: when it has none)
  Always,    // always written
  Required,  // always written, and a file without it is refused
};

// What a text may hold: src/io checks it when reading (the limits are in io/plan_file.h).
enum class Form : std::uint8_t {
  Short,   // a title, a name, a word
  Long,    // a description, notes
  Date,    // "2027-01-31", or empty
  Colour,  // "#f4c542", or empty
};

// Follows a path of members: Member<&Action::needs, &Needs::money>(a) is a.needs.money.
template <auto First, auto... Rest>
constexpr auto& Member(auto& item) {
  if constexpr (sizeof...(Rest) == 0) return item.*First;
  else return Member<Rest...>(item.*First);
}

// One field of a kind of item: which member it is (a path for a field inside a group, like
// needs.money) and how it is named and kept.
template <auto... Path>
struct Field {
  std::string_view name;    // its key in the file; "needs.money" is "money" inside "needs"
  std::string_view label;   // what people call it, in the merge review and in messages
  Keep keep = Keep::IfSet;
  Form form = Form::Short;  // for text, and for each text of a list
  std::string_view yes = "yes", no = "no";  // how a flag reads to people

  static constexpr auto& Of(auto& item) { return Member<Path...>(item); }
};

// Every item can be deleted: a tombstone, kept so that a merge never brings it back.
template <class T>
constexpr Field<&T::meta, &ItemMeta::deleted> Deleted{"deleted", "deleted", Keep::IfSet, Form::Short, "deleted", "kept"};

// The plan's own fields (title, place, vision statement, settings, ...) as one item.
struct PlanFields {
  std::string title, place, group, description, vision_statement;
  PlanSettings settings;
  ItemMeta meta;
  bool operator==(const PlanFields&) const = default;
};

// Each kind: its name (as the merge review says it), how many are counted in messages
// ("action 12"), and its fields in the order a file has them.
template <class T> struct Kind;

template <> struct Kind<PlanFields> {
  static constexpr std::string_view name = "plan", plural = "plans", counted = "plan";
  static constexpr auto fields = std::tuple{
      Field<&PlanFields::title>{"title", "title", Keep::Required},
      Field<&PlanFields::place>{"place", "place"},
      Field<&PlanFields::group>{"group", "group"},
      Field<&PlanFields::description>{"description", "description", Keep::IfSet, Form::Long},
      Field<&PlanFields::settings>{"settings", "settings", Keep::Always},
      Field<&PlanFields::vision_statement>{"vision.statement", "vision", Keep::Always, Form::Long},
  };
};

template <> struct Kind<VisionPart> {
  static constexpr std::string_view name = "part of the vision", plural = "parts of the vision", counted = "vision part";
  static constexpr auto fields = std::tuple{
      Field<&VisionPart::text>{"text", "text", Keep::Always, Form::Long},
      Deleted<VisionPart>,
  };
};

template <> struct Kind<Change> {
  static constexpr std::string_view name = "change", plural = "changes", counted = "change";
  static constexpr auto fields = std::tuple{
      Field<&Change::title>{"title", "title", Keep::Required},
      Field<&Change::description>{"description", "description", Keep::IfSet, Form::Long},
      Field<&Change::is_key_change>{"is_key_change", "is one of the five key changes", Keep::Always},
      Deleted<Change>,
  };
};

template <> struct Kind<Action> {
  static constexpr std::string_view name = "action", plural = "actions", counted = "action";
  static constexpr auto fields = std::tuple{
      Field<&Action::title>{"title", "title", Keep::Required},
      Field<&Action::description>{"description", "description", Keep::IfSet, Form::Long},
      Field<&Action::changes>{"changes", "changes", Keep::Always},
      Field<&Action::vision_parts>{"vision_parts", "parts of the vision"},
      Field<&Action::lead>{"lead", "lead"},
      Field<&Action::lead_has_lived_experience>{"lead_has_lived_experience", "lead has lived experience"},
      Field<&Action::involved>{"involved", "others involved"},
      Field<&Action::involvement>{"involvement", "involvement", Keep::Always},
      Field<&Action::when>{"when", "when", Keep::Always},
      Field<&Action::start_date>{"start_date", "start date", Keep::IfSet, Form::Date},
      Field<&Action::due_date>{"due_date", "due date", Keep::IfSet, Form::Date},
      Field<&Action::status>{"status", "status", Keep::Always},
      Field<&Action::needs, &Needs::money>{"needs.money", "money needed", Keep::IfSet, Form::Long},
      Field<&Action::needs, &Needs::time>{"needs.time", "time needed", Keep::IfSet, Form::Long},
      Field<&Action::needs, &Needs::people>{"needs.people", "people needed", Keep::IfSet, Form::Long},
      Field<&Action::needs, &Needs::places>{"needs.places", "places needed", Keep::IfSet, Form::Long},
      Field<&Action::how_we_will_know>{"how_we_will_know", "how we will know it worked", Keep::IfSet, Form::Long},
      Field<&Action::notes>{"notes", "notes", Keep::IfSet, Form::Long},
      Field<&Action::tags>{"tags", "tags"},
      Field<&Action::position>{"position", "place on the canvas"},
      Field<&Action::colour>{"colour", "colour", Keep::IfSet, Form::Colour},
      Deleted<Action>,
  };
};

template <> struct Kind<Note> {
  static constexpr std::string_view name = "note", plural = "notes", counted = "note";
  static constexpr auto fields = std::tuple{
      Field<&Note::kind>{"kind", "kind of note", Keep::Always},
      Field<&Note::text>{"text", "text", Keep::Always, Form::Long},
      Field<&Note::position>{"position", "place on the canvas", Keep::Always},
      Field<&Note::colour>{"colour", "colour", Keep::IfSet, Form::Colour},
      Deleted<Note>,
  };
};

template <> struct Kind<Link> {
  static constexpr std::string_view name = "link", plural = "links", counted = "link";
  static constexpr auto fields = std::tuple{
      Field<&Link::from>{"from", "action it goes from", Keep::Required},
      Field<&Link::to>{"to", "action it goes to", Keep::Required},
      Field<&Link::kind>{"kind", "kind of link", Keep::Always},
      Deleted<Link>,
  };
};

template <> struct Kind<Person> {
  static constexpr std::string_view name = "person", plural = "people", counted = "person";
  static constexpr auto fields = std::tuple{
      Field<&Person::name>{"name", "name", Keep::Always},
      Field<&Person::role>{"role", "role", Keep::Always},
      Field<&Person::agrees_to_be_named>{"agrees_to_be_named", "agrees to be named", Keep::Always},
      Deleted<Person>,
  };
};

// The type of field I of kind T, and how many fields T has.
template <class T, std::size_t I>
using FieldAt = std::remove_cvref_t<std::tuple_element_t<I, std::remove_cvref_t<decltype(Kind<T>::fields)>>>;
template <class T>
constexpr std::size_t kFieldCount = std::tuple_size_v<std::remove_cvref_t<decltype(Kind<T>::fields)>>;

// Calls fn(field, index_constant) for each field of T, in order.
template <class T, class Fn>
constexpr void ForEachField(Fn&& fn) {
  [&]<std::size_t... I>(std::index_sequence<I...>) {
    (fn(std::get<I>(Kind<T>::fields), std::integral_constant<std::size_t, I>{}), ...);
  }(std::make_index_sequence<kFieldCount<T>>{});
}

}  // namespace coplan
