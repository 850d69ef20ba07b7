#include "history.h"

namespace coplan {

History::History(CopyId copy, Clock clock) : m_copy(std::move(copy)), m_clock(std::move(clock)) {}

std::uint64_t History::NextGeneration() {
  static std::uint64_t last = 0;
  return ++last;
}

EditStamp History::Stamp(Plan& plan, const Command& command) const {
  if (command.ReplacesPlan()) return {};
  return NextStamp(plan, m_copy, m_clock());
}

void History::Apply(Plan& plan, Command command) {
  if (command.Empty()) return;
  m_generation = NextGeneration();
  RunCommand(plan, command, Direction::Forward, Stamp(plan, command));
  bool at_top = m_cursor == m_steps.size() && m_cursor > 0;
  bool saved_here = m_clean == static_cast<std::ptrdiff_t>(m_cursor);
  if (at_top && !saved_here && FoldInto(m_steps.back(), std::move(command))) return;
  if (m_clean > static_cast<std::ptrdiff_t>(m_cursor)) m_clean = -1;
  m_steps.resize(m_cursor);
  m_steps.push_back(std::move(command));
  m_cursor = m_steps.size();
}

bool History::Undo(Plan& plan) {
  if (!CanUndo()) return false;
  --m_cursor;
  m_generation = NextGeneration();
  RunCommand(plan, m_steps[m_cursor], Direction::Backward, Stamp(plan, m_steps[m_cursor]));
  return true;
}

bool History::Redo(Plan& plan) {
  if (!CanRedo()) return false;
  m_generation = NextGeneration();
  RunCommand(plan, m_steps[m_cursor], Direction::Forward, Stamp(plan, m_steps[m_cursor]));
  ++m_cursor;
  return true;
}

bool History::Withdraw(Plan& plan) {
  if (!CanUndo() || CanRedo()) return false;
  Undo(plan);
  m_steps.resize(m_cursor);
  if (m_clean > static_cast<std::ptrdiff_t>(m_cursor)) m_clean = -1;
  return true;
}

std::string History::UndoName() const { return CanUndo() ? m_steps[m_cursor - 1].name : std::string(); }
std::string History::RedoName() const { return CanRedo() ? m_steps[m_cursor].name : std::string(); }

void History::MarkClean() { m_clean = static_cast<std::ptrdiff_t>(m_cursor); }
bool History::IsClean() const { return m_clean == static_cast<std::ptrdiff_t>(m_cursor); }

void History::Clear() {
  m_steps.clear();
  m_generation = NextGeneration();
  m_cursor = 0;
  m_clean = 0;
}

}  // namespace coplan
