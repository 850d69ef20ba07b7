// Commands that edit, move, link and delete existing items.
#include <algorithm>
#include <unordered_set>

#include "commands.h"
#include "queries.h"

namespace coplan {
namespace {

template <class T>
std::vector<std::string_view> ChangedFields(const T& a, const T& b) {
  std::vector<std::string_view> out;
  for (const auto& f : FieldsOf<T>())
    if (!f.same(a, b)) out.push_back(f.name);
  return out;
}

// Plain names for single-field edits; anything else is "Edit <noun>".
std::string EditName(const std::vector<std::string_view>& fields, std::string_view noun) {
  static const std::pair<std::string_view, std::string_view> kNames[] = {
      {"title", "Rename "},          {"text", "Reword "},          {"lead", "Change lead of "},
      {"status", "Change status of "}, {"when", "Change timing of "}, {"start_date", "Change start date of "},
      {"due_date", "Change due date of "}, {"involvement", "Change involvement in "},
      {"position", "Move "},         {"colour", "Recolour "},      {"name", "Rename "},
      {"vision.statement", "Reword the vision of "}, {"description", "Change description of "},
  };
  if (fields.size() == 1)
    for (const auto& [field, verb] : kNames)
      if (fields[0] == field) return std::string(verb) + std::string(noun);
  return "Edit " + std::string(noun);
}

template <class T, class FindFn>
Command EditItem(const Plan& plan, const T& edited, FindFn find, std::vector<ItemStep<T>> Command::*steps,
                 std::string_view noun) {
  const T* current = find(plan, edited.id);
  if (!current) return {};
  auto fields = ChangedFields(*current, edited);
  if (fields.empty()) return {};
  Command c{EditName(fields, noun)};
  (c.*steps).push_back(ItemStep<T>{*current, edited});
  return c;
}

Command EditActionWith(const Plan& plan, const ActionId& id, std::string name, auto change) {
  const Action* current = FindAction(plan, id);
  if (!current || current->meta.deleted) return {};
  Action after = *current;
  change(after);
  if (SameFields(*current, after)) return {};
  Command c{std::move(name)};
  c.actions.push_back({*current, std::move(after)});
  return c;
}

// A step that sets only the "deleted" flag, so undo touches nothing else.
template <class T>
void DeleteSteps(std::vector<ItemStep<T>>& steps, const T* item) {
  if (!item || item->meta.deleted) return;
  for (const auto& s : steps)
    if (s.before.id == item->id) return;
  T before{item->id}, after{item->id};
  after.meta.deleted = true;
  steps.push_back({std::move(before), std::move(after), 0, FieldBit<T>("deleted")});
}

// A step that sets only the position.
template <class T>
ItemStep<T> MoveStep(const T& item, Point delta) {
  T before{item.id}, after{item.id};
  before.position = item.position;
  after.position = {item.position.x + delta.x, item.position.y + delta.y};
  return {std::move(before), std::move(after), 0, FieldBit<T>("position")};
}

std::string DeleteName(const Command& c) {
  std::size_t kinds = !c.actions.empty() + !c.notes.empty() + !c.people.empty() + !c.changes.empty() +
                      !c.vision_parts.empty();
  if (kinds == 0 && !c.links.empty()) return "Delete " + CountNoun(c.links.size(), "link", "links");
  if (kinds > 1) {
    std::size_t n = c.actions.size() + c.notes.size() + c.people.size() + c.changes.size() + c.vision_parts.size();
    return "Delete " + CountNoun(n, "item", "items");
  }
  if (!c.actions.empty()) return "Delete " + CountNoun(c.actions.size(), "action", "actions");
  if (!c.notes.empty()) return "Delete " + CountNoun(c.notes.size(), "note", "notes");
  if (!c.people.empty()) return "Delete " + CountNoun(c.people.size(), "person", "people");
  if (!c.changes.empty()) return "Delete " + CountNoun(c.changes.size(), "change", "changes");
  return "Delete " + CountNoun(c.vision_parts.size(), "part of the vision", "parts of the vision");
}

}  // namespace

Command EditAction(const Plan& plan, const Action& edited) {
  return EditItem(plan, edited, FindAction, &Command::actions, "action");
}
Command EditChange(const Plan& plan, const Change& edited) {
  return EditItem(plan, edited, FindChange, &Command::changes, "change");
}
Command EditVisionPart(const Plan& plan, const VisionPart& edited) {
  return EditItem(plan, edited, FindVisionPart, &Command::vision_parts, "part of the vision");
}
Command EditNote(const Plan& plan, const Note& edited) {
  return EditItem(plan, edited, FindNote, &Command::notes, "note");
}
Command EditPerson(const Plan& plan, const Person& edited) {
  return EditItem(plan, edited, FindPerson, &Command::people, "person");
}

Command EditPlan(const Plan& plan, const PlanFields& edited) {
  PlanFields current = GetPlanFields(plan);
  auto fields = ChangedFields(current, edited);
  if (fields.empty()) return {};
  Command c{fields.size() == 1 && fields[0] == "vision.statement" ? std::string("Reword the vision")
                                                                  : EditName(fields, "plan")};
  c.plan = ItemStep<PlanFields>{current, edited};
  return c;
}

Command MoveItems(const Plan& plan, const Selection& items, Point delta) {
  Command c;
  c.merge_key = "move";
  for (const auto& id : items.actions) {
    const Action* a = FindAction(plan, id);
    if (!a || a->meta.deleted) continue;
    c.actions.push_back(MoveStep(*a, delta));
    c.merge_key += ":" + id.text;
  }
  for (const auto& id : items.notes) {
    const Note* n = FindNote(plan, id);
    if (!n || n->meta.deleted) continue;
    c.notes.push_back(MoveStep(*n, delta));
    c.merge_key += ":" + id.text;
  }
  if (c.notes.empty()) c.name = "Move " + CountNoun(c.actions.size(), "action", "actions");
  else if (c.actions.empty()) c.name = "Move " + CountNoun(c.notes.size(), "note", "notes");
  else c.name = "Move " + CountNoun(c.actions.size() + c.notes.size(), "item", "items");
  return c;
}

Command LinkActionToChange(const Plan& plan, const ActionId& action, const ChangeId& change) {
  if (!FindChange(plan, change)) return {};
  return EditActionWith(plan, action, "Link action to change", [&](Action& a) {
    if (std::find(a.changes.begin(), a.changes.end(), change) == a.changes.end()) a.changes.push_back(change);
  });
}

Command UnlinkActionFromChange(const Plan& plan, const ActionId& action, const ChangeId& change) {
  return EditActionWith(plan, action, "Unlink action from change", [&](Action& a) { std::erase(a.changes, change); });
}

Command LinkActionToVisionPart(const Plan& plan, const ActionId& action, const VisionPartId& part) {
  if (!FindVisionPart(plan, part)) return {};
  return EditActionWith(plan, action, "Link action to the vision", [&](Action& a) {
    auto& parts = a.vision_parts;
    if (std::find(parts.begin(), parts.end(), part) == parts.end()) parts.push_back(part);
  });
}

Command UnlinkActionFromVisionPart(const Plan& plan, const ActionId& action, const VisionPartId& part) {
  return EditActionWith(plan, action, "Unlink action from the vision",
                        [&](Action& a) { std::erase(a.vision_parts, part); });
}

Command MoveActionToChange(const Plan& plan, const ActionId& action, const ChangeId& change) {
  if (!FindChange(plan, change)) return {};
  return EditActionWith(plan, action, "Move action to another change", [&](Action& a) {
    std::erase(a.changes, change);
    if (a.changes.empty()) a.changes.push_back(change);
    else a.changes[0] = change;
  });
}

Selection TouchedItems(const Command& c) {
  Selection s;
  for (const auto& step : c.actions) s.actions.push_back(step.after.id);
  for (const auto& step : c.notes) s.notes.push_back(step.after.id);
  for (const auto& step : c.links) s.links.push_back(step.after.id);
  for (const auto& step : c.people) s.people.push_back(step.after.id);
  for (const auto& step : c.changes) s.changes.push_back(step.after.id);
  for (const auto& step : c.vision_parts) s.vision_parts.push_back(step.after.id);
  return s;
}

Command DeleteItems(const Plan& plan, const Selection& items) {
  Command c;
  for (const auto& id : items.actions) DeleteSteps(c.actions, FindAction(plan, id));
  for (const auto& id : items.notes) DeleteSteps(c.notes, FindNote(plan, id));
  for (const auto& id : items.people) DeleteSteps(c.people, FindPerson(plan, id));
  for (const auto& id : items.changes) DeleteSteps(c.changes, FindChange(plan, id));
  for (const auto& id : items.vision_parts) DeleteSteps(c.vision_parts, FindVisionPart(plan, id));
  for (const auto& id : items.links) DeleteSteps(c.links, FindLink(plan, id));
  std::unordered_set<ActionId> gone;
  for (const auto& step : c.actions) gone.insert(step.before.id);
  for (const auto& link : plan.links)
    if (gone.count(link.from) || gone.count(link.to)) DeleteSteps(c.links, &link);
  c.name = DeleteName(c);
  return c;
}

}  // namespace coplan
