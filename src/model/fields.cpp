// FieldsOf<T>(): the run-time half of item_kinds.h, made once per kind from its field list.
#include "fields.h"

#include <array>
#include <cstdio>
#include <type_traits>
#include <vector>

#include "words.h"

namespace coplan {
namespace {

std::string Text(const std::string& s) { return s; }
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

template <class T, std::size_t I>
bool Same(const T& a, const T& b) {
  return FieldAt<T, I>::Of(a) == FieldAt<T, I>::Of(b);
}

template <class T, std::size_t I>
void Copy(T& to, const T& from) {
  FieldAt<T, I>::Of(to) = FieldAt<T, I>::Of(from);
}

template <class T, std::size_t I>
std::string TextOf(const T& item) {
  const auto& value = FieldAt<T, I>::Of(item);
  if constexpr (std::is_same_v<std::remove_cvref_t<decltype(value)>, bool>) {
    const auto& field = std::get<I>(Kind<T>::fields);
    return std::string(value ? field.yes : field.no);
  } else {
    return Text(value);
  }
}

// Free text a person may type a value of their own for (in a merge): not colours, which have a form.
template <class T, std::size_t I>
constexpr auto SetTextOf() -> void (*)(T&, std::string) {
  using Value = std::remove_cvref_t<decltype(FieldAt<T, I>::Of(std::declval<T&>()))>;
  if constexpr (std::is_same_v<Value, std::string>) {
    if (std::get<I>(Kind<T>::fields).form == Form::Colour) return nullptr;
    return [](T& item, std::string text) { FieldAt<T, I>::Of(item) = std::move(text); };
  } else {
    return nullptr;
  }
}

template <class T, std::size_t... I>
constexpr auto MakeDefs(std::index_sequence<I...>) {
  return std::array<FieldDef<T>, sizeof...(I)>{FieldDef<T>{
      std::get<I>(Kind<T>::fields).name, std::get<I>(Kind<T>::fields).label, &Same<T, I>, &Copy<T, I>, &TextOf<T, I>,
      SetTextOf<T, I>()}...};
}

template <class T>
constexpr auto kDefs = MakeDefs<T>(std::make_index_sequence<kFieldCount<T>>{});

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

template <class T>
const FieldDef<T>* FindIn(std::string_view kind, std::string_view field) {
  return kind == Kind<T>::name ? FindField<T>(field) : nullptr;
}

}  // namespace

template <class T>
std::span<const FieldDef<T>> FieldsOf() {
  return kDefs<T>;
}

template std::span<const FieldDef<PlanFields>> FieldsOf<PlanFields>();
template std::span<const FieldDef<VisionPart>> FieldsOf<VisionPart>();
template std::span<const FieldDef<Change>> FieldsOf<Change>();
template std::span<const FieldDef<Action>> FieldsOf<Action>();
template std::span<const FieldDef<Note>> FieldsOf<Note>();
template std::span<const FieldDef<Link>> FieldsOf<Link>();
template std::span<const FieldDef<Person>> FieldsOf<Person>();

std::string_view FieldLabel(std::string_view kind, std::string_view field) {
  std::string_view label = field;
  auto look = [&](const auto* found) {
    if (found) label = found->label;
  };
  look(FindIn<PlanFields>(kind, field));
  look(FindIn<VisionPart>(kind, field));
  look(FindIn<Change>(kind, field));
  look(FindIn<Action>(kind, field));
  look(FindIn<Note>(kind, field));
  look(FindIn<Link>(kind, field));
  look(FindIn<Person>(kind, field));
  return label;
}

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
