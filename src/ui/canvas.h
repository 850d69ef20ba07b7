// The planning canvas: the vision across the top, one lane per change, action cards, notes
// and the links between actions. Draws the plan (read-only) and moves the camera.
#pragma once
#include <vector>

#include "model/plan.h"
#include "ui/canvas_view.h"
#include "ui/fonts.h"

namespace coplan::ui {

struct CanvasState {
  CanvasView view;
  bool fit_pending = true;        // fit the whole plan on the next frame
  bool vision_pending = false;    // go to the vision on the next frame
  Point size{0, 0};               // the canvas's size on screen last frame
  Rect world_bounds;              // everything in the plan, last frame
  bool animating = false;         // true while the camera still moves (keeps frames coming)
};

// Draws the canvas into the rest of the current ImGui window.
void DrawCanvas(const Plan& plan, CanvasState& state, Fonts& fonts);

// Everything the plan holds, in world units.
Rect PlanBounds(const Plan& plan);

}  // namespace coplan::ui
