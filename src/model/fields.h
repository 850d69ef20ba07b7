// The fields of each kind of item, by the name they have in the file. Commands diff items field
// by field with these tables, and merge decides field by field with them.
#pragma once
#include <cstdint>
#include <span>
#include <string>
#include <string_view>

#include "plan.h"

namespace coplan {

template <class T>
struct FieldDef {
  std::string_view name;
  bool (*same)(const T& a, const T& b);
  void (*copy)(T& to, const T& from);
  std::string (*text)(const T& item);  // the value as a person reads it, e.g. "in-progress"
};

// The plan's own fields (title, place, vision statement, settings, ...) as one item.
struct PlanFields {
  std::string title, place, group, description, vision_statement;
  PlanSettings settings;
  ItemMeta meta;
  bool operator==(const PlanFields&) const = default;
};

std::span<const FieldDef<Action>> ActionFields();
std::span<const FieldDef<Change>> ChangeFields();
std::span<const FieldDef<VisionPart>> VisionPartFields();
std::span<const FieldDef<Note>> NoteFields();
std::span<const FieldDef<Link>> LinkFields();
std::span<const FieldDef<Person>> PersonFields();
std::span<const FieldDef<PlanFields>> PlanFieldDefs();

template <class T> std::span<const FieldDef<T>> FieldsOf();
template <> inline std::span<const FieldDef<Action>> FieldsOf<Action>() { return ActionFields(); }
template <> inline std::span<const FieldDef<Change>> FieldsOf<Change>() { return ChangeFields(); }
template <> inline std::span<const FieldDef<VisionPart>> FieldsOf<VisionPart>() { return VisionPartFields(); }
template <> inline std::span<const FieldDef<Note>> FieldsOf<Note>() { return NoteFields(); }
template <> inline std::span<const FieldDef<Link>> FieldsOf<Link>() { return LinkFields(); }
template <> inline std::span<const FieldDef<Person>> FieldsOf<Person>() { return PersonFields(); }
template <> inline std::span<const FieldDef<PlanFields>> FieldsOf<PlanFields>() { return PlanFieldDefs(); }

PlanFields GetPlanFields(const Plan& plan);
void SetPlanFields(Plan& plan, const PlanFields& fields);  // content and meta

// The field called `name`, or nullptr.
template <class T>
const FieldDef<T>* FindField(std::string_view name) {
  for (const auto& f : FieldsOf<T>())
    if (f.name == name) return &f;
  return nullptr;
}

// A bit for one field, for commands that touch only some fields (ItemStep::fields).
template <class T>
std::uint64_t FieldBit(std::string_view name) {
  auto fields = FieldsOf<T>();
  for (std::size_t i = 0; i < fields.size(); ++i)
    if (fields[i].name == name) return std::uint64_t{1} << i;
  return 0;
}
constexpr std::uint64_t kAllFields = ~std::uint64_t{0};

// True if every field (not the bookkeeping) is equal.
template <class T>
bool SameFields(const T& a, const T& b) {
  for (const auto& f : FieldsOf<T>())
    if (!f.same(a, b)) return false;
  return a.meta.unknown == b.meta.unknown;
}

// Equal as far as a person can tell: same live items in the same order with the same fields,
// same plan fields and unknown data. Bookkeeping (revisions, dots, times) and tombstones are ignored.
// This is what "undo gives back the same plan" means, since an undo is itself a new edit.
bool SameContent(const Plan& a, const Plan& b);

}  // namespace coplan
