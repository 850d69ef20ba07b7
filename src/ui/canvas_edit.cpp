#include "ui/canvas_edit.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

#include "model/queries.h"

namespace coplan::ui {

using namespace layout;

Command Combine(std::string name, std::vector<Command> parts) {
  Command all;
  all.name = std::move(name);
  for (Command& part : parts) {
    auto take = [](auto& into, auto& from) { into.insert(into.end(), from.begin(), from.end()); };
    take(all.vision_parts, part.vision_parts);
    take(all.changes, part.changes);
    take(all.actions, part.actions);
    take(all.notes, part.notes);
    take(all.links, part.links);
    take(all.people, part.people);
    if (part.plan) all.plan = part.plan;
  }
  return all;
}

Command MoveSelection(const Plan& plan, const FrameLayout& layout, const Selection& selection, Point delta) {
  std::vector<Command> parts;
  std::string moved_to;
  int actions = 0, relinked = 0;
  for (const ActionId& id : selection.actions) {
    const Action* a = FindAction(plan, id);
    if (!a || a->meta.deleted) continue;
    Action edited = *a;
    edited.position = {a->position.x + delta.x, a->position.y + delta.y};
    int from = layout.LaneOf(*a);
    int to = LaneAt(edited.position.x + kCardWidth / 2, plan.changes.size());
    if (to >= 0 && to != from && edited.position.y >= kLaneTop) {
      const ChangeId& change = plan.changes[to].id;
      edited.changes.erase(std::remove(edited.changes.begin(), edited.changes.end(), change), edited.changes.end());
      if (edited.changes.empty()) edited.changes.push_back(change);
      else edited.changes.front() = change;
      moved_to = plan.changes[to].title;
      ++relinked;
    }
    ++actions;
    parts.push_back(EditAction(plan, edited));
  }
  int notes = 0;
  for (const NoteId& id : selection.notes) {
    const Note* n = FindNote(plan, id);
    if (!n || n->meta.deleted) continue;
    Note edited = *n;
    edited.position = {n->position.x + delta.x, n->position.y + delta.y};
    parts.push_back(EditNote(plan, edited));
    ++notes;
  }
  std::string name;
  if (relinked > 0 && relinked == actions && notes == 0)
    name = "Move " + CountNoun(actions, "action", "actions") + " to " + moved_to;
  else if (notes == 0)
    name = "Move " + CountNoun(actions, "action", "actions");
  else if (actions == 0)
    name = "Move " + CountNoun(notes, "note", "notes");
  else
    name = "Move " + CountNoun(actions + notes, "item", "items");
  return Combine(name, std::move(parts));
}

Command TidyLane(const Plan& plan, const FrameLayout& layout, int lane) {
  std::vector<const Action*> cards;
  for (const Action& a : plan.actions)
    if (!a.meta.deleted && layout.LaneOf(a) == lane) cards.push_back(&a);
  std::stable_sort(cards.begin(), cards.end(), [](const Action* x, const Action* y) { return x->position.y < y->position.y; });
  Rect r = LaneRect(static_cast<std::size_t>(lane), 0);
  float x = r.x0 + (kLaneWidth - kCardWidth) / 2, y = r.y0 + kLaneHeader;
  std::vector<Command> parts;
  for (const Action* a : cards) {
    Action edited = *a;
    edited.position = {x, y};
    y += kCardHeight + kCardGap;
    Command c = EditAction(plan, edited);
    if (!c.Empty()) parts.push_back(std::move(c));
  }
  return Combine("Tidy " + plan.changes[lane].title, std::move(parts));
}

namespace {

// The free space on the canvas: in each lane's column under the lowest card or note there, and to
// the right of everything. Cards with no position take none.
struct FreeSpace {
  std::vector<float> next;  // per lane: where the next card goes
  float right = 0;          // the right edge of everything

  explicit FreeSpace(std::size_t lanes) : next(lanes, kLaneTop + kLaneHeader), right(VisionRect(lanes).x1) {}
  void Take(const Rect& r) {
    for (std::size_t i = 0; i < next.size(); ++i)
      if (Rect lane = LaneRect(i, 0); r.x0 < lane.x1 && lane.x0 < r.x1) next[i] = std::max(next[i], r.y1 + kCardGap);
    right = std::max(right, r.x1);
  }
  void TakePlan(const Plan& plan) {
    for (const Action& a : plan.actions)
      if (!a.meta.deleted && HasPosition(a)) Take(CardRect(a));
    for (const Note& n : plan.notes)
      if (!n.meta.deleted) Take(NoteRect(n));
  }
  Point InLane(std::size_t lane) {
    Point at{LaneRect(lane, 0).x0 + (kLaneWidth - kCardWidth) / 2, next[lane]};
    next[lane] += kCardHeight + kCardGap;
    return at;
  }
};

}  // namespace

Command PlaceUnplacedCards(const Plan& plan) {
  FrameLayout f = FrameLayout::Of(plan);
  FreeSpace space(plan.changes.size());
  space.TakePlan(plan);
  float loose_x = space.right + kLaneGap, loose_y = kLaneTop;
  std::vector<Command> parts;
  for (std::size_t i = 0; i < plan.actions.size(); ++i) {
    const Action& a = plan.actions[i];
    if (HasPosition(a)) continue;
    Action edited = a;
    int lane = f.action_lane[i];
    if (lane >= 0) {
      edited.position = space.InLane(static_cast<std::size_t>(lane));
    } else {
      edited.position = {loose_x, loose_y};
      loose_y += kCardHeight + kCardGap;
    }
    parts.push_back(EditAction(plan, edited));
  }
  if (parts.empty()) return {};
  std::string name = "Place " + CountNoun(parts.size(), "card", "cards") + " that had no position";
  return Combine(std::move(name), std::move(parts));
}

void PlaceImportedItems(const Plan& into, Command& import) {
  std::unordered_map<ChangeId, std::size_t> lane_of;
  for (std::size_t i = 0; i < into.changes.size(); ++i) lane_of[into.changes[i].id] = i;
  std::size_t lanes = into.changes.size();
  for (const ItemStep<Change>& step : import.changes)
    if (!lane_of.count(step.after.id)) lane_of[step.after.id] = lanes++;  // a new theme: a lane on the right
  FreeSpace space(lanes);
  space.TakePlan(into);

  auto added = [](const auto& step) { return step.before.meta.deleted && !step.after.meta.deleted; };
  std::vector<ItemStep<Action>*> cards, loose, unplaced;
  for (ItemStep<Action>& step : import.actions) {
    if (!added(step) || FindAction(into, step.after.id)) continue;
    bool in_lane = !step.after.changes.empty() && lane_of.count(step.after.changes.front());
    (in_lane ? cards : HasPosition(step.after) ? loose : unplaced).push_back(&step);
  }
  std::stable_sort(cards.begin(), cards.end(), [](auto* x, auto* y) { return x->after.position.y < y->after.position.y; });
  for (ItemStep<Action>* step : cards) step->after.position = space.InLane(lane_of[step->after.changes.front()]);

  // The rest moves as one group to the right of everything, its top level with the lanes' tops.
  std::vector<Point*> group;
  Rect bounds{1e30f, 1e30f, -1e30f, -1e30f};
  auto join = [&](Point& at, const Rect& r) {
    group.push_back(&at);
    bounds = {std::min(bounds.x0, r.x0), std::min(bounds.y0, r.y0), std::max(bounds.x1, r.x1), std::max(bounds.y1, r.y1)};
  };
  for (ItemStep<Action>* step : loose) join(step->after.position, CardRect(step->after));
  for (ItemStep<Note>& step : import.notes)
    if (added(step) && !FindNote(into, step.after.id)) join(step.after.position, NoteRect(step.after));
  Point shift{space.right + kLaneGap - bounds.x0, kLaneTop - bounds.y0};
  for (Point* at : group) *at = {at->x + shift.x, at->y + shift.y};
  // Cards that had no place in their plan either go in a column to the right of that group.
  float x = space.right + kLaneGap + (group.empty() ? 0 : bounds.x1 - bounds.x0 + kLaneGap), y = kLaneTop;
  for (ItemStep<Action>* step : unplaced) {
    step->after.position = {x, y};
    y += kCardHeight + kCardGap;
  }
}

std::string SelectionAsText(const Plan& plan, const Selection& selection) {
  std::string text;
  for (const ActionId& id : selection.actions)
    if (const Action* a = FindAction(plan, id); a && !a->meta.deleted) text += a->title + "\n";
  for (const NoteId& id : selection.notes)
    if (const Note* n = FindNote(plan, id); n && !n->meta.deleted) text += n->text + "\n";
  return text;
}

}  // namespace coplan::ui
