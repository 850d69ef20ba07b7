// Where things sit on the canvas, in world units (1 unit = 1 logical pixel at 100 % zoom).
// The vision runs across the top; each change is a lane below it, left to right.
#pragma once
#include <cstddef>

#include "model/plan.h"

namespace coplan::ui {

struct Rect {
  float x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  float Width() const { return x1 - x0; }
  float Height() const { return y1 - y0; }
  bool Contains(Point p) const { return p.x >= x0 && p.x < x1 && p.y >= y0 && p.y < y1; }
  bool Overlaps(const Rect& o) const { return x0 < o.x1 && o.x0 < x1 && y0 < o.y1 && o.y0 < y1; }
};

namespace layout {
constexpr float kLaneWidth = 340;
constexpr float kLaneGap = 36;
constexpr float kVisionHeight = 210;
constexpr float kLaneTop = kVisionHeight + 50;
constexpr float kLaneHeader = 92;
constexpr float kLaneMinHeight = 560;
constexpr float kCardWidth = 300;
constexpr float kCardHeight = 128;
constexpr float kCardGap = 18;
constexpr float kNoteWidth = 220;
constexpr float kNoteHeight = 150;
}  // namespace layout

// The lane of the change at `index` (in plan order), `bottom` being where its lowest card ends.
Rect LaneRect(std::size_t index, float bottom);
// The vision banner, as wide as `lane_count` lanes.
Rect VisionRect(std::size_t lane_count);
Rect CardRect(const Action& action);
Rect NoteRect(const Note& note);
// Which lane a world x falls in (clamped to the lanes that exist), or -1 when there are none.
int LaneAt(float world_x, std::size_t lane_count);
// Where a new card goes in lane `index`: under the lowest card already there.
Point NextCardSlot(const Plan& plan, std::size_t index);
// Where a new note goes near `centre` (its top-left): the nearest place that covers no card, no
// note and not the vision.
Point FreeSpotForNote(const Plan& plan, Point centre);

}  // namespace coplan::ui
