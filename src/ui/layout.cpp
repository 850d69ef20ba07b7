#include "ui/layout.h"

#include <algorithm>
#include <cmath>

namespace coplan::ui {

using namespace layout;

Rect LaneRect(std::size_t index, float bottom) {
  float x = static_cast<float>(index) * (kLaneWidth + kLaneGap);
  return {x, kLaneTop, x + kLaneWidth, std::max(bottom + 40, kLaneTop + kLaneMinHeight)};
}

Rect VisionRect(std::size_t lane_count) {
  float width = std::max<float>(1, static_cast<float>(lane_count)) * (kLaneWidth + kLaneGap) - kLaneGap;
  return {0, 0, width, kVisionHeight};
}

Rect CardRect(const Action& a) {
  return {a.position.x, a.position.y, a.position.x + kCardWidth, a.position.y + kCardHeight};
}

Rect NoteRect(const Note& n) {
  return {n.position.x, n.position.y, n.position.x + kNoteWidth, n.position.y + kNoteHeight};
}

int LaneAt(float world_x, std::size_t lane_count) {
  if (lane_count == 0) return -1;
  int lane = static_cast<int>(std::floor((world_x + kLaneGap / 2) / (kLaneWidth + kLaneGap)));
  return std::clamp(lane, 0, static_cast<int>(lane_count) - 1);
}

Point NextCardSlot(const Plan& plan, std::size_t index) {
  Rect lane = LaneRect(index, 0);
  float y = lane.y0 + kLaneHeader;
  if (index < plan.changes.size()) {
    const ChangeId& change = plan.changes[index].id;
    for (const Action& a : plan.actions) {
      if (a.meta.deleted || a.changes.empty() || a.changes.front() != change) continue;
      y = std::max(y, a.position.y + kCardHeight + kCardGap);
    }
  }
  return {lane.x0 + (kLaneWidth - kCardWidth) / 2, y};
}

}  // namespace coplan::ui
