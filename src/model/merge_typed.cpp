// A value of the person's own for a conflict: an ordinary edit after the merge, in the same step.
#include "commands.h"
#include "history.h"
#include "merge.h"
#include "queries.h"

namespace coplan {
namespace {

// The free-text fields of each kind of item, by their name in the file.
template <class T>
struct TextSlot {
  std::string_view field;
  std::string& (*at)(T&);
};

#define COPLAN_SLOT(T, name, member) TextSlot<T>{name, [](T& x) -> std::string& { return x.member; }}

const TextSlot<Action> kActionText[] = {
    COPLAN_SLOT(Action, "title", title),           COPLAN_SLOT(Action, "description", description),
    COPLAN_SLOT(Action, "lead", lead),             COPLAN_SLOT(Action, "start_date", start_date),
    COPLAN_SLOT(Action, "due_date", due_date),     COPLAN_SLOT(Action, "needs.money", needs.money),
    COPLAN_SLOT(Action, "needs.time", needs.time), COPLAN_SLOT(Action, "needs.people", needs.people),
    COPLAN_SLOT(Action, "needs.places", needs.places), COPLAN_SLOT(Action, "notes", notes),
};
const TextSlot<Change> kChangeText[] = {COPLAN_SLOT(Change, "title", title),
                                        COPLAN_SLOT(Change, "description", description)};
const TextSlot<VisionPart> kVisionPartText[] = {COPLAN_SLOT(VisionPart, "text", text)};
const TextSlot<Note> kNoteText[] = {COPLAN_SLOT(Note, "text", text)};
const TextSlot<Person> kPersonText[] = {COPLAN_SLOT(Person, "name", name)};
const TextSlot<PlanFields> kPlanText[] = {
    COPLAN_SLOT(PlanFields, "title", title), COPLAN_SLOT(PlanFields, "place", place),
    COPLAN_SLOT(PlanFields, "group", group), COPLAN_SLOT(PlanFields, "description", description),
    COPLAN_SLOT(PlanFields, "vision.statement", vision_statement),
};

#undef COPLAN_SLOT

template <class T, std::size_t N>
bool SetText(const TextSlot<T> (&slots)[N], T& item, std::string_view field, std::string text) {
  for (const auto& slot : slots)
    if (slot.field == field) {
      slot.at(item) = std::move(text);
      return true;
    }
  return false;
}

template <class T, std::size_t N>
bool HasSlot(const TextSlot<T> (&slots)[N], std::string_view field) {
  for (const auto& slot : slots)
    if (slot.field == field) return true;
  return false;
}

// Copies the item the conflict is about, sets its field, and makes the edit command.
template <class T, std::size_t N, class Find, class Edit>
Command TypeInto(const Plan& plan, const Conflict& c, std::string text, const TextSlot<T> (&slots)[N], Find find,
                 Edit edit) {
  const T* found = find(plan, decltype(T::id){c.item_id});
  if (!found) return {};
  T item = *found;
  if (!SetText(slots, item, c.field, std::move(text))) return {};
  return edit(plan, item);
}

}  // namespace

bool CanTypeValue(const Conflict& c) {
  if (c.kind != Conflict::Kind::BothChanged) return false;
  if (c.item_kind == "action") return HasSlot(kActionText, c.field);
  if (c.item_kind == "change") return HasSlot(kChangeText, c.field);
  if (c.item_kind == "part of the vision") return HasSlot(kVisionPartText, c.field);
  if (c.item_kind == "note") return HasSlot(kNoteText, c.field);
  if (c.item_kind == "person") return HasSlot(kPersonText, c.field);
  if (c.item_kind == "plan") return HasSlot(kPlanText, c.field);
  return false;
}

Command TypeConflictValue(const Plan& plan, const Conflict& c, std::string text) {
  if (!CanTypeValue(c)) return {};
  if (c.item_kind == "action") return TypeInto(plan, c, std::move(text), kActionText, FindAction, EditAction);
  if (c.item_kind == "change") return TypeInto(plan, c, std::move(text), kChangeText, FindChange, EditChange);
  if (c.item_kind == "part of the vision")
    return TypeInto(plan, c, std::move(text), kVisionPartText, FindVisionPart, EditVisionPart);
  if (c.item_kind == "note") return TypeInto(plan, c, std::move(text), kNoteText, FindNote, EditNote);
  if (c.item_kind == "person") return TypeInto(plan, c, std::move(text), kPersonText, FindPerson, EditPerson);
  PlanFields fields = GetPlanFields(plan);
  SetText(kPlanText, fields, c.field, std::move(text));
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
