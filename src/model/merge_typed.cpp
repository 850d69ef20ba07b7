// A value of the person's own for a conflict: an ordinary edit after the merge, in the same step.
#include "commands.h"
#include "history.h"
#include "merge.h"
#include "queries.h"

namespace coplan {
namespace {

// Copies the item the conflict is about, sets its field from the text, and makes the edit command.
template <class T, class Find, class Edit>
Command TypeInto(const Plan& plan, const Conflict& c, std::string text, Find find, Edit edit) {
  const FieldDef<T>* field = FindField<T>(c.field);
  const T* found = find(plan, decltype(T::id){c.item_id});
  if (!field || !field->set_text || !found) return {};
  T item = *found;
  field->set_text(item, std::move(text));
  return edit(plan, item);
}

template <class T>
bool Typeable(const Conflict& c) {
  const FieldDef<T>* field = c.item_kind == Kind<T>::name ? FindField<T>(c.field) : nullptr;
  return field && field->set_text;
}

}  // namespace

bool CanTypeValue(const Conflict& c) {
  return c.kind == Conflict::Kind::BothChanged &&
         (Typeable<PlanFields>(c) || Typeable<VisionPart>(c) || Typeable<Change>(c) || Typeable<Action>(c) ||
          Typeable<Note>(c) || Typeable<Link>(c) || Typeable<Person>(c));
}

Command TypeConflictValue(const Plan& plan, const Conflict& c, std::string text) {
  if (!CanTypeValue(c)) return {};
  if (c.item_kind == Kind<Action>::name) return TypeInto<Action>(plan, c, std::move(text), FindAction, EditAction);
  if (c.item_kind == Kind<Change>::name) return TypeInto<Change>(plan, c, std::move(text), FindChange, EditChange);
  if (c.item_kind == Kind<VisionPart>::name)
    return TypeInto<VisionPart>(plan, c, std::move(text), FindVisionPart, EditVisionPart);
  if (c.item_kind == Kind<Note>::name) return TypeInto<Note>(plan, c, std::move(text), FindNote, EditNote);
  if (c.item_kind == Kind<Person>::name) return TypeInto<Person>(plan, c, std::move(text), FindPerson, EditPerson);
  if (c.item_kind != Kind<PlanFields>::name) return {};
  PlanFields fields = GetPlanFields(plan);
  FindField<PlanFields>(c.field)->set_text(fields, std::move(text));
  return EditPlan(plan, fields);
}

Command MergeCommand(const Plan& current, Plan merged, const std::vector<TypedValue>& typed, const CopyId& copy,
                     const std::string& at) {
  History history(copy, [at] { return at; });
  for (const TypedValue& t : typed) history.Apply(merged, TypeConflictValue(merged, t.conflict, t.text));
  Plan before = current;
  std::uint64_t used = SeenCounter(merged.seen, copy);
  if (used > SeenCounter(before.seen, copy)) Observe(before.seen, copy, used, at);
  return MergeCommand(before, std::move(merged));
}

}  // namespace coplan
