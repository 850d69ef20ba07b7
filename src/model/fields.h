// The fields of each kind of item at run time, built from the descriptions in item_kinds.h.
// Commands diff items field by field with these tables, merge decides field by field with them,
// and the merge review names fields with their labels.
#pragma once
#include <cstdint>
#include <span>
#include <string>
#include <string_view>

#include "item_kinds.h"

namespace coplan {

template <class T>
struct FieldDef {
  std::string_view name;   // the key in the file, e.g. "lead" or "needs.money"
  std::string_view label;  // what people call it, e.g. "money needed"
  bool (*same)(const T& a, const T& b);
  void (*copy)(T& to, const T& from);
  std::string (*text)(const T& item);  // the value as a person reads it, e.g. "in-progress"
  void (*set_text)(T& item, std::string text);  // set from typed text; nullptr unless free text
};

// The fields of kind T, in the order of Kind<T>::fields (item_kinds.h).
template <class T> std::span<const FieldDef<T>> FieldsOf();

PlanFields GetPlanFields(const Plan& plan);
void SetPlanFields(Plan& plan, const PlanFields& fields);  // content and meta

// What people call field `field` of kind `kind` ("action", "part of the vision", ... as in
// Kind<T>::name); the field's own name if there is no such field.
std::string_view FieldLabel(std::string_view kind, std::string_view field);

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
