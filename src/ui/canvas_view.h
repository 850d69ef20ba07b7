// The canvas camera: which world point is at the canvas's top-left, and how far zoomed in.
// Coordinate spaces: world units (the plan's positions) and screen pixels (framebuffer pixels,
// what ImGui works in). screen = canvas_min + (world - offset) * zoom * scale, where `scale` is
// the display's pixels per logical pixel times the user's text size.
#pragma once
#include <algorithm>

#include "ui/layout.h"

namespace coplan::ui {

constexpr float kMinZoom = 0.02f;
constexpr float kMaxZoom = 4.0f;

struct CanvasView {
  Point offset{-40, -40};
  float zoom = 1.0f;

  float PixelsPerUnit(float scale) const { return zoom * scale; }
  Point ToScreen(Point world, Point canvas_min, float scale) const {
    float k = PixelsPerUnit(scale);
    return {canvas_min.x + (world.x - offset.x) * k, canvas_min.y + (world.y - offset.y) * k};
  }
  Point ToWorld(Point screen, Point canvas_min, float scale) const {
    float k = PixelsPerUnit(scale);
    return {offset.x + (screen.x - canvas_min.x) / k, offset.y + (screen.y - canvas_min.y) / k};
  }
  // Zooms to `new_zoom`, keeping the world point under `anchor` (a screen point) in place.
  void ZoomAround(float new_zoom, Point anchor, Point canvas_min, float scale) {
    Point before = ToWorld(anchor, canvas_min, scale);
    zoom = std::clamp(new_zoom, kMinZoom, kMaxZoom);
    Point after = ToWorld(anchor, canvas_min, scale);
    offset.x += before.x - after.x;
    offset.y += before.y - after.y;
  }
  // Shows all of `world` in a canvas of `size` screen pixels, with a margin.
  void Fit(const Rect& world, Point size, float scale) {
    float margin = 40 * scale;
    float zx = (size.x - 2 * margin) / std::max(1.0f, world.Width()) / scale;
    float zy = (size.y - 2 * margin) / std::max(1.0f, world.Height()) / scale;
    zoom = std::clamp(std::min(zx, zy), kMinZoom, 1.5f);
    float k = zoom * scale;
    offset.x = world.x0 - (size.x / k - world.Width()) / 2;
    offset.y = world.y0 - (size.y / k - world.Height()) / 2;
  }
  // Moves the least needed to bring all of `world` into a canvas of `size` screen pixels, with a
  // margin of `margin` world units (WCAG: the focus is never hidden).
  void Reveal(const Rect& world, Point size, float scale, float margin = 40) {
    Rect v = VisibleWorld(size, scale);
    if (world.x1 > v.x1 - margin) offset.x += world.x1 - (v.x1 - margin);
    if (world.x0 < offset.x + margin) offset.x = world.x0 - margin;  // the top-left wins if both do not fit
    if (world.y1 > v.y1 - margin) offset.y += world.y1 - (v.y1 - margin);
    if (world.y0 < offset.y + margin) offset.y = world.y0 - margin;
  }
  Rect VisibleWorld(Point size, float scale) const {
    float k = PixelsPerUnit(scale);
    return {offset.x, offset.y, offset.x + size.x / k, offset.y + size.y / k};
  }
};

}  // namespace coplan::ui
