// The inspector: every detail of the selected action (or note), beside the canvas.
#pragma once
#include "ui/canvas.h"
#include "ui/panel.h"

namespace coplan::ui {

// True when the selection is one action or one note, which the inspector can show.
bool InspectorHasSubject(const PanelContext& context);
void DrawInspector(PanelContext& context, CanvasState& canvas);

}  // namespace coplan::ui
