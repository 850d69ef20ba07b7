// A command: one undoable step, as the items it changes before and after. Applying writes the
// "after" fields into the plan (undo writes "before"), and stamps merge bookkeeping on every field
// that actually changed, so an undo is a new edit for merging too. Build commands with the
// functions in commands.h; apply them through History (history.h).
#pragma once
#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "fields.h"
#include "sync.h"

namespace coplan {

// index_hint for an item the step adds, before it is first applied.
constexpr std::size_t kNewItem = static_cast<std::size_t>(-1);

// One item's content before and after the step. An item that does not exist yet is added on
// apply; "before" is then a tombstone, so undo deletes it (a tombstone, never an erase).
// A step may cover only some fields (a move covers the position): the others are left as they are
// and need not even be filled in.
template <class T>
struct ItemStep {
  T before;
  T after;
  mutable std::size_t index_hint = 0;  // where the item was last found
  std::uint64_t fields = kAllFields;   // FieldBit<T>(...) of the fields this step sets
};

struct Command {
  std::string name;       // plain English, e.g. "Move 3 actions"
  std::string merge_key;  // steps with the same non-empty key in a row become one (a drag)
  std::vector<ItemStep<VisionPart>> vision_parts;
  std::vector<ItemStep<Change>> changes;
  std::vector<ItemStep<Action>> actions;
  std::vector<ItemStep<Note>> notes;
  std::vector<ItemStep<Link>> links;
  std::vector<ItemStep<Person>> people;
  std::optional<ItemStep<PlanFields>> plan;
  // The whole plan before and after, bookkeeping included (a merge): applied as is, not stamped.
  std::shared_ptr<const Plan> whole_before, whole_after;

  bool Empty() const;
  bool ReplacesPlan() const { return whole_before && whole_after; }
};

enum class Direction { Forward, Backward };

// Writes one side of the command into the plan, stamping every changed field with `stamp`.
void RunCommand(Plan& plan, const Command& command, Direction direction, const EditStamp& stamp);

// Folds `next` into `into` when both touch the same items (a drag in several frames).
// Leaves `next` untouched when it returns false.
bool FoldInto(Command& into, Command&& next);

}  // namespace coplan
