// The action table: one row per action, sortable and filterable, edited in place, with the
// changes as columns of ticks. For people who prefer lists to a canvas.
#pragma once
#include "ui/panel.h"

namespace coplan::ui {

struct TableState {
  int sort_column = -1;
  bool sort_descending = false;
};

void DrawActionTable(PanelContext& context, TableState& state, const std::vector<char>* matches);

}  // namespace coplan::ui
