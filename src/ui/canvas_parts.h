// Pieces the canvas's files share: one frame's layout and the painting of each kind of item.
#pragma once
#include <string>
#include <unordered_map>
#include <vector>

#include "model/plan.h"
#include "ui/canvas.h"
#include "ui/canvas_draw.h"

namespace coplan::ui {

// Where each change's lane is and how far down its cards reach, worked out once per frame.
struct FrameLayout {
  std::vector<const std::string*> change_ids;           // lane index -> change id
  std::vector<float> lane_bottom;                       // lowest card edge per lane
  std::vector<int> lane_count;                          // actions serving each change
  std::vector<std::vector<int>> lane_elsewhere;         // of those, the ones drawn in another lane
  std::vector<int> action_lane;                         // by index into plan.actions, as LaneOf
  int LaneOf(const Action& a) const;                    // -1 when it serves no change
  static FrameLayout Of(const Plan& plan);
};

// How an item is drawn this frame.
struct CardLook {
  bool selected = false, focused = false, dimmed = false, simple = false;
  bool matched = false;      // found by find: outlined
  Point offset{0, 0};        // while being dragged
  RectRuns* runs = nullptr;  // far out, a card's block joins these (drawn under the rest)
  int lane = -1;             // the lane the card is in (FrameLayout::action_lane)
};

// A lane's count in words: how many actions serve the change, saying how many of them are drawn
// in another change's lane ("1 action, shown in another change"; "No actions yet").
std::string LaneCountText(int count, int elsewhere);

// The vision; the parts in `selection` (shown from plan health) are outlined.
void PaintVision(const Plan& plan, const Painter& p, const Selection& selection);
void PaintLane(const Plan& plan, const FrameLayout& layout, std::size_t index, bool focused, bool drop_target,
               const Painter& p);
void PaintCard(const Plan& plan, const FrameLayout& layout, const Action& a, const CardLook& look, const Painter& p);
void PaintNote(const Note& n, const CardLook& look, const Painter& p);
// Whether connectors are drawn at this zoom (too far out they mean nothing).
bool LinksShown(const Painter& p);
// Connectors between actions that can be seen; `ends` holds each link's ends as indices into
// plan.actions (see CanvasIndex::LinkEnds).
void PaintLinks(const Plan& plan, const std::vector<std::pair<int, int>>& ends, const Painter& p, const Rect& visible,
                const Selection& selection, Point drag_offset);

}  // namespace coplan::ui
