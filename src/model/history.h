// Undo and redo: a list of applied commands and a cursor. Every apply, undo and redo is stamped as
// a new edit by this copy (see sync.h), so merges see undos as the edits they are.
#pragma once
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "command.h"

namespace coplan {

class History {
 public:
  using Clock = std::function<std::string()>;  // returns ISO 8601 UTC

  explicit History(CopyId copy, Clock clock = NowUtc);

  // Applies a command and records it; the redo list is dropped. A command whose merge_key matches
  // the last step (and the plan was not saved in between) joins that step: one drag, one undo.
  void Apply(Plan& plan, Command command);
  bool Undo(Plan& plan);
  bool Redo(Plan& plan);
  // Undoes the last step (with nothing to redo) and forgets it, so redo cannot bring it back: for
  // a step the person called off before finishing it, like a new card left with Escape.
  bool Withdraw(Plan& plan);

  bool CanUndo() const { return m_cursor > 0; }
  bool CanRedo() const { return m_cursor < m_steps.size(); }
  std::string UndoName() const;  // "" if nothing to undo
  std::string RedoName() const;
  std::size_t StepCount() const { return m_steps.size(); }
  const Command* UndoStep() const { return CanUndo() ? &m_steps[m_cursor - 1] : nullptr; }  // what Undo would undo
  const Command* RedoStep() const { return CanRedo() ? &m_steps[m_cursor] : nullptr; }

  void MarkClean();        // call after saving
  bool IsClean() const;    // false when there is unsaved work
  void Clear();            // forget all steps (after opening another plan); the plan counts as clean

  const CopyId& Copy() const { return m_copy; }
  // A number that changes whenever the plan may have changed through this history (apply, undo,
  // redo, withdraw, clear) and never repeats, even across histories: views that are rebuilt only
  // when the plan changes (the outline) compare it.
  std::uint64_t Generation() const { return m_generation; }

 private:
  EditStamp Stamp(Plan& plan, const Command& command) const;

  CopyId m_copy;
  Clock m_clock;
  std::vector<Command> m_steps;
  std::size_t m_cursor = 0;
  std::ptrdiff_t m_clean = 0;  // the cursor value that matches the saved file; -1 if unreachable
  std::uint64_t m_generation = NextGeneration();
  static std::uint64_t NextGeneration();
};

}  // namespace coplan
