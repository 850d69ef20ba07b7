// Drawing helpers shared by the canvas's parts: text at a world size, cards, lanes.
#pragma once
#include <string_view>
#include <vector>

#include "imgui.h"
#include "ui/canvas_view.h"
#include "ui/fonts.h"

namespace coplan::ui {

// One frame's mapping from world to screen, and the fonts to use.
struct Painter {
  ImDrawList* list;
  Fonts* fonts;
  CanvasView view;
  Point canvas_min;
  float scale;

  float Px(float world_units) const { return world_units * view.PixelsPerUnit(scale); }
  ImVec2 At(Point world) const {
    Point s = view.ToScreen(world, canvas_min, scale);
    return {s.x, s.y};
  }
  ImVec2 At(float x, float y) const { return At(Point{x, y}); }
  // Text of `size` world units at `pos`, wrapped to `wrap` world units, clipped to `clip`.
  // Returns the height used in world units.
  float Text(Weight weight, float size, Point pos, ImU32 colour, std::string_view text, float wrap = 0,
             const Rect* clip = nullptr) const;
  // Width of `text` at `size` world units, in world units.
  float TextWidth(Weight weight, float size, std::string_view text) const;
  void FillRect(const Rect& r, ImU32 colour, float rounding = 0) const;
  void StrokeRect(const Rect& r, ImU32 colour, float rounding = 0, float thickness = 1) const;
};

// Far out, small rectangles (cards seen from afar, the minimap) stack in columns. This joins the
// ones of one colour in one column that touch or nearly touch (a gap under a pixel) into one, so
// a column of a thousand cards costs two triangles instead of two thousand. Software WebGL pays
// for every triangle.
class RectRuns {
 public:
  void Add(ImVec2 min, ImVec2 max, ImU32 colour);
  // Draws what was added (with anti-aliasing off: they are flat blocks) and forgets it.
  void Draw(ImDrawList* list);

 private:
  struct Run {
    ImVec2 min, max;
    ImU32 colour;
  };
  std::vector<Run> m_runs;
};

}  // namespace coplan::ui
