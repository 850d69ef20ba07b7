// What the canvas works out from the plan once per change instead of once per frame: each
// action's lane, the lanes' extents and counts, the plan's bounds, the ends of each link, and a
// grid over the world so that a frame looks only at the cards in view.
#pragma once
#include <cstdint>
#include <utility>
#include <vector>

#include "model/plan.h"
#include "ui/canvas_parts.h"
#include "ui/layout.h"

namespace coplan::ui {

class CanvasIndex {
 public:
  // Brings the index up to date with `plan`. When nothing changed this is one quick pass over
  // the plan's ids, positions and revisions (a fingerprint), with no strings compared.
  void Update(const Plan& plan);

  const FrameLayout& Layout() const { return m_layout; }
  const Rect& Bounds() const { return m_bounds; }
  // Each link's ends as indices into plan.actions, (-1, -1) when an end is missing. Worked out
  // when first asked for (far out, links are not drawn: the first paint of a big plan skips it).
  const std::vector<std::pair<int, int>>& LinkEnds(const Plan& plan);
  // Live actions whose cards may overlap `world`, as indices into plan.actions in plan order.
  void CardsIn(const Rect& world, std::vector<int>& out) const;
  // Columns of cards, joined where the gap between two cards is at most `gap` world units:
  // how a minimap or a far-out view can draw thousands of cards as a few blocks.
  const std::vector<Rect>& Columns(float gap);

 private:
  void Rebuild(const Plan& plan);

  std::uint64_t m_fingerprint = 0;
  bool m_built = false;
  FrameLayout m_layout;
  Rect m_bounds;
  std::vector<std::pair<int, int>> m_link_ends;
  bool m_link_ends_ready = false;
  // The grid: cells of m_cell world units from m_origin, each listing the cards whose top-left
  // corner falls in it (m_cell_start[c] .. m_cell_start[c + 1] in m_cell_cards).
  Point m_origin{0, 0};
  float m_cell = 512;
  int m_columns = 0, m_rows = 0;
  std::vector<int> m_cell_start, m_cell_cards;
  std::vector<Point> m_card_corners;  // live cards' top-left corners (sorted by x, then y, by Columns)
  float m_columns_gap = -1;
  std::vector<Rect> m_card_columns;
};

// The index for the plan drawn now (one plan is on the canvas at a time), checked once a frame.
CanvasIndex& CanvasIndexFor(const Plan& plan);

}  // namespace coplan::ui
