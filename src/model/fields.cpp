#include "fields.h"

#include <cstdio>
#include <type_traits>
#include <vector>

#include "words.h"

namespace coplan {
namespace {

std::string Text(const std::string& s) { return s; }
std::string Text(bool b) { return b ? "yes" : "no"; }
std::string Text(Point p) {
  char text[64];
  std::snprintf(text, sizeof text, "(%g, %g)", static_cast<double>(p.x), static_cast<double>(p.y));
  return text;
}
std::string Text(const PlanSettings& s) { return s.show_making_it_real ? "Making it Real lens on" : "Making it Real lens off"; }
template <class E>
  requires std::is_enum_v<E>
std::string Text(E value) {
  return std::string(Word(value));
}
template <class Tag>
std::string Text(const Id<Tag>& id) {
  return id.text;
}
template <class V>
std::string Text(const std::vector<V>& list) {
  std::string out;
  for (const auto& item : list) out += (out.empty() ? "" : "; ") + Text(item);
  return out;
}

template <class T, auto Member>
constexpr FieldDef<T> F(std::string_view name) {
  return {name, [](const T& a, const T& b) { return a.*Member == b.*Member; },
          [](T& to, const T& from) { to.*Member = from.*Member; }, [](const T& x) { return Text(x.*Member); }};
}

template <class T>
constexpr FieldDef<T> Deleted() {
  return {"deleted", [](const T& a, const T& b) { return a.meta.deleted == b.meta.deleted; },
          [](T& to, const T& from) { to.meta.deleted = from.meta.deleted; },
          [](const T& x) { return std::string(x.meta.deleted ? "deleted" : "kept"); }};
}

template <auto Member>
constexpr FieldDef<Action> NeedsField(std::string_view name) {
  return {name, [](const Action& a, const Action& b) { return a.needs.*Member == b.needs.*Member; },
          [](Action& to, const Action& from) { to.needs.*Member = from.needs.*Member; },
          [](const Action& x) { return x.needs.*Member; }};
}

const FieldDef<Action> kAction[] = {
    F<Action, &Action::title>("title"),
    F<Action, &Action::description>("description"),
    F<Action, &Action::changes>("changes"),
    F<Action, &Action::vision_parts>("vision_parts"),
    F<Action, &Action::lead>("lead"),
    F<Action, &Action::lead_has_lived_experience>("lead_has_lived_experience"),
    F<Action, &Action::involved>("involved"),
    F<Action, &Action::involvement>("involvement"),
    F<Action, &Action::when>("when"),
    F<Action, &Action::start_date>("start_date"),
    F<Action, &Action::due_date>("due_date"),
    F<Action, &Action::status>("status"),
    NeedsField<&Needs::money>("needs.money"),
    NeedsField<&Needs::time>("needs.time"),
    NeedsField<&Needs::people>("needs.people"),
    NeedsField<&Needs::places>("needs.places"),
    F<Action, &Action::how_we_will_know>("how_we_will_know"),
    F<Action, &Action::notes>("notes"),
    F<Action, &Action::tags>("tags"),
    F<Action, &Action::position>("position"),
    F<Action, &Action::colour>("colour"),
    Deleted<Action>(),
};

const FieldDef<Change> kChange[] = {
    F<Change, &Change::title>("title"),
    F<Change, &Change::description>("description"),
    F<Change, &Change::is_key_change>("is_key_change"),
    Deleted<Change>(),
};

const FieldDef<VisionPart> kVisionPart[] = {
    F<VisionPart, &VisionPart::text>("text"),
    Deleted<VisionPart>(),
};

const FieldDef<Note> kNote[] = {
    F<Note, &Note::kind>("kind"),         F<Note, &Note::text>("text"),
    F<Note, &Note::position>("position"), F<Note, &Note::colour>("colour"),
    Deleted<Note>(),
};

const FieldDef<Link> kLink[] = {
    F<Link, &Link::from>("from"),
    F<Link, &Link::to>("to"),
    F<Link, &Link::kind>("kind"),
    Deleted<Link>(),
};

const FieldDef<Person> kPerson[] = {
    F<Person, &Person::name>("name"),
    F<Person, &Person::role>("role"),
    F<Person, &Person::agrees_to_be_named>("agrees_to_be_named"),
    Deleted<Person>(),
};

const FieldDef<PlanFields> kPlan[] = {
    F<PlanFields, &PlanFields::title>("title"),
    F<PlanFields, &PlanFields::place>("place"),
    F<PlanFields, &PlanFields::group>("group"),
    F<PlanFields, &PlanFields::description>("description"),
    F<PlanFields, &PlanFields::vision_statement>("vision.statement"),
    F<PlanFields, &PlanFields::settings>("settings"),
};

template <class T>
bool SameLiveItems(const std::vector<T>& a, const std::vector<T>& b) {
  std::size_t i = 0, j = 0;
  while (true) {
    while (i < a.size() && a[i].meta.deleted) ++i;
    while (j < b.size() && b[j].meta.deleted) ++j;
    if (i == a.size() || j == b.size()) return i == a.size() && j == b.size();
    if (a[i].id != b[j].id || !SameFields(a[i], b[j])) return false;
    ++i, ++j;
  }
}

}  // namespace

std::span<const FieldDef<Action>> ActionFields() { return kAction; }
std::span<const FieldDef<Change>> ChangeFields() { return kChange; }
std::span<const FieldDef<VisionPart>> VisionPartFields() { return kVisionPart; }
std::span<const FieldDef<Note>> NoteFields() { return kNote; }
std::span<const FieldDef<Link>> LinkFields() { return kLink; }
std::span<const FieldDef<Person>> PersonFields() { return kPerson; }
std::span<const FieldDef<PlanFields>> PlanFieldDefs() { return kPlan; }

PlanFields GetPlanFields(const Plan& plan) {
  return {plan.title, plan.place, plan.group, plan.description, plan.vision.statement, plan.settings, plan.meta};
}

void SetPlanFields(Plan& plan, const PlanFields& fields) {
  plan.title = fields.title;
  plan.place = fields.place;
  plan.group = fields.group;
  plan.description = fields.description;
  plan.vision.statement = fields.vision_statement;
  plan.settings = fields.settings;
  plan.meta = fields.meta;
}

bool SameContent(const Plan& a, const Plan& b) {
  return SameFields(GetPlanFields(a), GetPlanFields(b)) && a.unknown == b.unknown &&
         SameLiveItems(a.vision.parts, b.vision.parts) && SameLiveItems(a.changes, b.changes) &&
         SameLiveItems(a.actions, b.actions) && SameLiveItems(a.notes, b.notes) &&
         SameLiveItems(a.links, b.links) && SameLiveItems(a.people, b.people);
}

}  // namespace coplan
