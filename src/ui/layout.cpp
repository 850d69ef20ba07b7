#include "ui/layout.h"

#include <algorithm>
#include <cmath>
#include <vector>

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

Point FreeSpotForNote(const Plan& plan, Point centre) {
  constexpr float kStep = 40, kPad = 12;
  constexpr int kRings = 40;
  const float reach = kRings * kStep + kCardWidth + kNoteWidth;
  std::vector<Rect> taken;
  auto take = [&](const Rect& r) { taken.push_back({r.x0 - kPad, r.y0 - kPad, r.x1 + kPad, r.y1 + kPad}); };
  auto near = [&](const Rect& r) { return std::abs(r.x0 - centre.x) < reach && std::abs(r.y0 - centre.y) < reach; };
  take(VisionRect(plan.changes.size()));
  for (const Action& a : plan.actions)
    if (!a.meta.deleted && near(CardRect(a))) take(CardRect(a));
  for (const Note& n : plan.notes)
    if (!n.meta.deleted && near(NoteRect(n))) take(NoteRect(n));
  Point start{centre.x - kNoteWidth / 2, centre.y - kNoteHeight / 2};
  auto free = [&](Point at) {
    Rect r{at.x, at.y, at.x + kNoteWidth, at.y + kNoteHeight};
    return std::none_of(taken.begin(), taken.end(), [&](const Rect& t) { return t.Overlaps(r); });
  };
  if (free(start)) return start;
  for (int ring = 1; ring <= kRings; ++ring) {  // squares of places further and further out
    bool found = false;
    Point best = start;
    float best_d = 0;
    for (int dy = -ring; dy <= ring; ++dy)
      for (int dx = -ring; dx <= ring; ++dx) {
        if (std::max(std::abs(dx), std::abs(dy)) != ring) continue;
        Point at{start.x + static_cast<float>(dx) * kStep, start.y + static_cast<float>(dy) * kStep};
        float d = static_cast<float>(dx * dx + dy * dy);
        if ((!found || d < best_d) && free(at)) best = at, best_d = d, found = true;
      }
    if (found) return best;
  }
  return start;
}

}  // namespace coplan::ui
