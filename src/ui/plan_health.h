// Plan health: per change and per vision part, how many actions there are by status, and the
// gaps the model's queries find ("Sharing power as equals has no actions"), each one clickable to
// the items concerned.
#pragma once
#include "ui/panel.h"

namespace coplan::ui {

void DrawPlanHealth(PanelContext& context);

}  // namespace coplan::ui
