// What every panel gets for one frame. Panels read the plan and never change it: they push
// commands, which the app applies through the history after the frame, and may ask the app to
// show items (on the canvas, in the inspector).
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "model/command.h"
#include "model/commands.h"
#include "model/plan.h"
#include "ui/fonts.h"

namespace coplan::ui {

struct PanelContext {
  const Plan& plan;
  Fonts& fonts;
  IdMaker& ids;
  Selection& selection;                 // shared by the canvas, table and inspector (view state)
  std::vector<Command>& commands;       // edits asked for this frame, applied in order
  std::optional<Selection>& show_request;  // "take me to these items": the canvas goes there
};

}  // namespace coplan::ui
