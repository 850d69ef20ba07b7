// The action table: one row per action, sortable and filterable, edited in place, with the
// changes as columns of ticks. For people who prefer lists to a canvas.
#pragma once
#include <cstddef>
#include <cstdint>
#include <vector>

#include "ui/panel.h"

namespace coplan::ui {

// The columns a person can sort by, in the order they appear.
enum class TableColumn { Title, Lead, When, Status, Involvement, DueDate };
constexpr int kSortableColumns = 6;

struct TableState {
  int sort_column = -1;          // a TableColumn, or -1 for the plan's own order
  bool sort_descending = false;

  // The rows as last sorted (indices into plan.actions), and what they were sorted for.
  std::vector<std::size_t> rows;
  std::uint64_t rows_plan = 0;
  std::vector<char> rows_matches;
  int rows_column = -2;
  bool rows_descending = false;
};

// The live actions (and only those in `matches` when it is given), as indices into plan.actions,
// ordered by `column` (-1: the plan's own order). Ties keep the plan's order. Empty leads, unset
// times and missing dates go last, whichever way the column is sorted.
std::vector<std::size_t> SortedActionRows(const Plan& plan, const std::vector<char>* matches, int column,
                                          bool descending);

void DrawActionTable(PanelContext& context, TableState& state, const std::vector<char>* matches);

}  // namespace coplan::ui
