// Plan health: per change and per vision part, how many actions there are by status, and the
// gaps the model's queries find ("Sharing power as equals has no actions"), each one clickable to
// the items concerned.
#pragma once
#include <array>
#include <string>
#include <vector>

#include "model/gaps.h"
#include "model/queries.h"
#include "ui/panel.h"

namespace coplan::ui {

// The gaps and counts come from the model (model/gaps.h), which the plan outline uses too.
using coplan::CountStatuses;
using coplan::FindGaps;
using coplan::HealthGap;
using coplan::StatusWords;

void DrawPlanHealth(PanelContext& context);

}  // namespace coplan::ui
