// Using a merge: as one undo step, as an import of an unrelated plan, and as a report.
#include <unordered_map>

#include "merge.h"
#include "commands.h"

namespace coplan {
namespace {

template <class T>
ItemStep<T> Added(T item) {
  item.meta = ItemMeta{};
  ItemStep<T> step{item, std::move(item), kNewItem};
  step.before.meta.deleted = true;
  return step;
}

template <class T, class Match>
const T* FindLive(const std::vector<T>& items, Match match) {
  for (const auto& item : items)
    if (!item.meta.deleted && match(item)) return &item;
  return nullptr;
}

std::string Short(const CopyId& copy) { return copy.text.substr(0, 8); }

std::string SideText(const Conflict& c, Side side) {
  bool ours = side == Side::Ours;
  std::string text = "\"" + (ours ? c.ours_text : c.theirs_text) + "\" (copy " + Short(ours ? c.ours_by : c.theirs_by);
  const std::string& at = ours ? c.ours_at : c.theirs_at;
  if (!at.empty()) text += ", " + at;
  return text + ")";
}

}  // namespace

Command MergeCommand(const Plan& current, Plan merged, std::string name) {
  Command c{std::move(name)};
  c.whole_before = std::make_shared<const Plan>(current);
  c.whole_after = std::make_shared<const Plan>(std::move(merged));
  return c;
}

Command ImportAsNew(const Plan& into, const Plan& other, IdMaker& ids) {
  Command c;
  std::unordered_map<ChangeId, ChangeId> change_ids;
  std::unordered_map<VisionPartId, VisionPartId> part_ids;
  std::unordered_map<ActionId, ActionId> action_ids;
  for (const auto& change : other.changes) {
    if (change.meta.deleted) continue;
    const Change* same = FindLive(into.changes, [&](const Change& x) { return x.title == change.title; });
    if (same) {
      change_ids[change.id] = same->id;
      continue;
    }
    Change copy = change;
    copy.id = change_ids[change.id] = ids.New<ChangeId>();
    c.changes.push_back(Added(std::move(copy)));
  }
  for (const auto& part : other.vision.parts)
    if (const VisionPart* same = FindLive(into.vision.parts, [&](const VisionPart& x) { return x.text == part.text; }))
      part_ids[part.id] = same->id;
  for (const auto& action : other.actions) {
    if (action.meta.deleted) continue;
    Action copy = action;
    copy.id = action_ids[action.id] = ids.New<ActionId>();
    copy.changes.clear();
    for (const auto& id : action.changes)
      if (change_ids.count(id)) copy.changes.push_back(change_ids[id]);
    copy.vision_parts.clear();
    for (const auto& id : action.vision_parts)
      if (part_ids.count(id)) copy.vision_parts.push_back(part_ids[id]);
    c.actions.push_back(Added(std::move(copy)));
  }
  for (const auto& link : other.links) {
    if (link.meta.deleted || !action_ids.count(link.from) || !action_ids.count(link.to)) continue;
    c.links.push_back(Added(Link{ids.New<LinkId>(), action_ids[link.from], action_ids[link.to], link.kind}));
  }
  for (const auto& note : other.notes) {
    if (note.meta.deleted) continue;
    Note copy = note;
    copy.id = ids.New<NoteId>();
    c.notes.push_back(Added(std::move(copy)));
  }
  for (const auto& person : other.people) {
    if (person.meta.deleted) continue;
    Person copy = person;
    copy.id = ids.New<PersonId>();
    c.people.push_back(Added(std::move(copy)));
  }
  std::size_t count = c.changes.size() + c.actions.size() + c.links.size() + c.notes.size() + c.people.size();
  c.name = "Import " + CountNoun(count, "item", "items") + " from another plan";
  return c;
}

std::string MergeReport(const MergeResult& result) {
  if (!result.related)
    return "These are two different plans: they do not share a history, so they were not merged.\n"
           "You can import the other plan's items as new ones instead.\n";
  const MergeStats& s = result.stats;
  std::string text = "From the other copy: " + CountNoun(static_cast<std::size_t>(s.fields_from_theirs), "change", "changes") +
                     " to existing items, " + CountNoun(static_cast<std::size_t>(s.items_from_theirs), "new item", "new items") +
                     ", " + CountNoun(static_cast<std::size_t>(s.deleted_from_theirs), "deletion", "deletions") + ".\n";
  if (result.conflicts.empty()) return text + "No conflicts: nothing needed a decision.\n";
  text += CountNoun(result.conflicts.size(), "conflict", "conflicts") + " (both copies changed the same thing):\n";
  for (const auto& c : result.conflicts) {
    std::string what = c.item_kind == "plan" ? "The plan" : c.item_kind + " \"" + c.label + "\"";
    what[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(what[0])));
    text += "- " + what + (c.kind == Conflict::Kind::DeletedAndChanged ? ": deleted in one copy, changed in the other"
                                                                       : ", " + c.field) + ".\n";
    text += "    this copy:  " + SideText(c, Side::Ours) + "\n";
    text += "    other copy: " + SideText(c, Side::Theirs) + "\n";
    text += std::string("    kept: ") + (c.chosen == Side::Ours ? "this copy's" : "the other copy's") + "\n";
  }
  return text;
}

}  // namespace coplan
