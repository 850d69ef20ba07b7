// Tab out of the app: in the browser the app is one canvas on a page, and Tab past its last
// control (or Shift+Tab past its first) must carry on to the page, not wrap round inside the app
// (WCAG 2.1.2, no keyboard trap). Reads ImGui's tabbing after the frame's items are known.
#pragma once

namespace coplan::ui {

enum class TabOut { None, Forward, Backward };

// Call after the frame's items, before ImGui::Render(): whether Tab was pressed this frame and
// would wrap round (or went nowhere); if so, ImGui's own move is called off.
TabOut TabLeavesApp();

}  // namespace coplan::ui
