#include "command.h"

#include <algorithm>

#include "lookup.h"

namespace coplan {
namespace {

template <class T>
std::size_t FindItem(const std::vector<T>& items, const decltype(T::id)& id, std::size_t hint) {
  if (hint == kNewItem) return items.size();
  if (hint < items.size() && items[hint].id == id) return hint;
  return IndexOf(items, id);
}

// Copies the fields of `from` that differ into `to`; returns how many changed.
template <class T>
int WriteFields(T& to, const T& from, const EditStamp& stamp, std::uint64_t mask = kAllFields) {
  int changed = 0;
  auto fields = FieldsOf<T>();
  for (std::size_t i = 0; i < fields.size(); ++i) {
    const auto& f = fields[i];
    if (!(mask >> i & 1) || f.same(to, from)) continue;
    f.copy(to, from);
    SetFieldDot(to.meta, f.name, stamp.dot);
    ++changed;
  }
  if (mask == kAllFields && to.meta.unknown != from.meta.unknown) {
    to.meta.unknown = from.meta.unknown;
    ++changed;
  }
  if (changed) Touch(to.meta, stamp);
  return changed;
}

template <class T>
void RunSteps(std::vector<T>& items, const std::vector<ItemStep<T>>& steps, Direction dir,
              const EditStamp& stamp) {
  for (const auto& step : steps) {
    const T& target = dir == Direction::Forward ? step.after : step.before;
    std::size_t at = FindItem(items, target.id, step.index_hint);
    if (at == items.size() && step.fields != kAllFields) continue;  // nothing to set a few fields on
    if (at == items.size()) {
      T added = target;
      added.meta = ItemMeta{};
      added.meta.deleted = target.meta.deleted;
      added.meta.unknown = target.meta.unknown;
      added.meta.created = stamp.dot;
      added.meta.changed_at = stamp.at;
      added.meta.changed_by = stamp.dot.copy;
      items.push_back(std::move(added));
    } else {
      WriteFields(items[at], target, stamp, step.fields);
    }
    step.index_hint = at;
  }
}

template <class T>
bool StepsMatch(const std::vector<ItemStep<T>>& into, const std::vector<ItemStep<T>>& next) {
  if (into.size() != next.size()) return false;
  for (std::size_t i = 0; i < into.size(); ++i)
    if (into[i].after.id != next[i].after.id || into[i].fields != next[i].fields) return false;
  return true;
}

template <class T>
void TakeAfter(std::vector<ItemStep<T>>& into, std::vector<ItemStep<T>>& next) {
  for (std::size_t i = 0; i < into.size(); ++i) into[i].after = std::move(next[i].after);
}

}  // namespace

bool Command::Empty() const {
  return vision_parts.empty() && changes.empty() && actions.empty() && notes.empty() && links.empty() &&
         people.empty() && !plan && !ReplacesPlan();
}

void RunCommand(Plan& plan, const Command& command, Direction dir, const EditStamp& stamp) {
  if (command.ReplacesPlan()) {
    plan = dir == Direction::Forward ? *command.whole_after : *command.whole_before;
    return;
  }
  RunSteps(plan.vision.parts, command.vision_parts, dir, stamp);
  RunSteps(plan.changes, command.changes, dir, stamp);
  RunSteps(plan.actions, command.actions, dir, stamp);
  RunSteps(plan.notes, command.notes, dir, stamp);
  RunSteps(plan.links, command.links, dir, stamp);
  RunSteps(plan.people, command.people, dir, stamp);
  if (command.plan) {
    PlanFields fields = GetPlanFields(plan);
    WriteFields(fields, dir == Direction::Forward ? command.plan->after : command.plan->before, stamp);
    SetPlanFields(plan, fields);
  }
}

bool FoldInto(Command& into, Command&& next) {
  if (into.merge_key.empty() || into.merge_key != next.merge_key || into.ReplacesPlan()) return false;
  bool ok = StepsMatch(into.vision_parts, next.vision_parts) && StepsMatch(into.changes, next.changes) &&
            StepsMatch(into.actions, next.actions) && StepsMatch(into.notes, next.notes) &&
            StepsMatch(into.links, next.links) && StepsMatch(into.people, next.people) &&
            into.plan.has_value() == next.plan.has_value();
  if (!ok) return false;
  TakeAfter(into.vision_parts, next.vision_parts);
  TakeAfter(into.changes, next.changes);
  TakeAfter(into.actions, next.actions);
  TakeAfter(into.notes, next.notes);
  TakeAfter(into.links, next.links);
  TakeAfter(into.people, next.people);
  if (into.plan) into.plan->after = std::move(next.plan->after);
  into.name = std::move(next.name);
  return true;
}

}  // namespace coplan
