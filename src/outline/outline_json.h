// The outline as JSON for the page that shows it (web/coplan-outline.js): its nodes, the changes
// and actions an edit can point at, the choices of the edit form, and what undo and redo would do.
#pragma once
#include <string>

#include "model/plan.h"
#include "outline/outline.h"

namespace coplan::outline {

// `undo` and `redo`: the names of the steps they would take ("" when there is none).
std::string OutlineJson(const Plan& plan, const Outline& outline, const std::string& undo, const std::string& redo);

}  // namespace coplan::outline
