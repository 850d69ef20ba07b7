#include "ui/canvas_index.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <string_view>
#include <unordered_map>

#include "imgui.h"

namespace coplan::ui {
namespace {

using namespace layout;

std::uint64_t Mix(std::uint64_t h, std::uint64_t v) {
  h ^= v + 0x9e3779b97f4a7c15ull + (h << 6) + (h >> 2);
  return h * 0xff51afd7ed558ccdull;
}

// Where an id's text lives and how long it is. Ids are never edited in place, so a new id (an
// item replaced, another plan opened) has new text somewhere else: telling them apart needs no
// look at the characters.
std::uint64_t Where(const std::string& s) {
  return Mix(static_cast<std::uint64_t>(reinterpret_cast<std::uintptr_t>(s.data())), s.size());
}

std::uint64_t Bits(float f) {
  std::uint32_t u;
  std::memcpy(&u, &f, sizeof u);
  return u;
}

// Everything the index depends on: which items exist, where, which change each action serves.
// Reads no text, so it costs little even for ten thousand cards.
std::uint64_t Fingerprint(const Plan& plan) {
  std::uint64_t h = Mix(Mix(plan.changes.size(), plan.actions.size()), Mix(plan.links.size(), plan.notes.size()));
  for (const Change& c : plan.changes) h = Mix(Mix(h, Where(c.id.text)), c.meta.deleted * 2 + c.is_key_change);
  for (const Action& a : plan.actions) {
    h = Mix(h, Where(a.id.text));
    h = Mix(h, Bits(a.position.x) << 32 | Bits(a.position.y));
    h = Mix(h, a.meta.revision * 4 + a.meta.deleted + 2 * a.changes.size());
    for (const ChangeId& c : a.changes) h = Mix(h, Where(c.text));
  }
  for (const Note& n : plan.notes) h = Mix(Mix(h, Bits(n.position.x) << 32 | Bits(n.position.y)), n.meta.deleted);
  for (const Link& l : plan.links) h = Mix(Mix(Mix(h, Where(l.from.text)), Where(l.to.text)), l.meta.deleted);
  return h;
}

void Grow(Rect& r, const Rect& o) {
  r = {std::min(r.x0, o.x0), std::min(r.y0, o.y0), std::max(r.x1, o.x1), std::max(r.y1, o.y1)};
}

}  // namespace

void CanvasIndex::Update(const Plan& plan) {
  std::uint64_t fingerprint = Fingerprint(plan);
  if (m_built && fingerprint == m_fingerprint) return;
  m_fingerprint = fingerprint;
  m_built = true;
  Rebuild(plan);
}

void CanvasIndex::Rebuild(const Plan& plan) {
  m_layout = FrameLayout::Of(plan);
  m_columns_gap = -1;

  m_bounds = VisionRect(plan.changes.size());
  for (std::size_t i = 0; i < plan.changes.size(); ++i) m_bounds.y1 = std::max(m_bounds.y1, LaneRect(i, 0).y1);
  for (const Action& a : plan.actions)
    if (!a.meta.deleted) Grow(m_bounds, CardRect(a));
  for (const Note& n : plan.notes)
    if (!n.meta.deleted) Grow(m_bounds, NoteRect(n));

  m_link_ends_ready = false;

  // About four cards a cell on average, never finer than a card.
  Rect cards{0, 0, 0, 0};
  bool any = false;
  std::size_t live = 0;
  for (const Action& a : plan.actions) {
    if (a.meta.deleted) continue;
    Rect r = CardRect(a);
    cards = any ? Rect{std::min(cards.x0, r.x0), std::min(cards.y0, r.y0), std::max(cards.x1, r.x1), std::max(cards.y1, r.y1)} : r;
    any = true;
    ++live;
  }
  m_origin = {cards.x0, cards.y0};
  float area = std::max(1.0f, cards.Width() * cards.Height());
  m_cell = std::max(kCardWidth, std::sqrt(area * 4 / std::max<float>(1, static_cast<float>(live))));
  m_columns = std::clamp(static_cast<int>(cards.Width() / m_cell) + 1, 1, 4096);
  m_rows = std::clamp(static_cast<int>(cards.Height() / m_cell) + 1, 1, 4096);
  std::vector<int> cell_of(plan.actions.size(), -1);
  m_cell_start.assign(static_cast<std::size_t>(m_columns) * m_rows + 1, 0);
  for (std::size_t i = 0; i < plan.actions.size(); ++i) {
    const Action& a = plan.actions[i];
    if (a.meta.deleted) continue;
    int cx = std::clamp(static_cast<int>((a.position.x - m_origin.x) / m_cell), 0, m_columns - 1);
    int cy = std::clamp(static_cast<int>((a.position.y - m_origin.y) / m_cell), 0, m_rows - 1);
    cell_of[i] = cy * m_columns + cx;
    ++m_cell_start[static_cast<std::size_t>(cell_of[i]) + 1];
  }
  for (std::size_t c = 1; c < m_cell_start.size(); ++c) m_cell_start[c] += m_cell_start[c - 1];
  m_cell_cards.assign(live, 0);
  std::vector<int> filled(m_cell_start.begin(), m_cell_start.end() - 1);
  m_card_corners.clear();
  m_card_corners.reserve(live);
  for (std::size_t i = 0; i < plan.actions.size(); ++i)
    if (cell_of[i] >= 0) {
      m_cell_cards[static_cast<std::size_t>(filled[static_cast<std::size_t>(cell_of[i])]++)] = static_cast<int>(i);
      m_card_corners.push_back(plan.actions[i].position);
    }
}

const std::vector<std::pair<int, int>>& CanvasIndex::LinkEnds(const Plan& plan) {
  if (m_link_ends_ready) return m_link_ends;
  m_link_ends_ready = true;
  std::unordered_map<std::string_view, int> by_id;
  by_id.reserve(plan.actions.size());
  for (std::size_t i = 0; i < plan.actions.size(); ++i) by_id.emplace(plan.actions[i].id.text, static_cast<int>(i));
  m_link_ends.assign(plan.links.size(), {-1, -1});
  for (std::size_t i = 0; i < plan.links.size(); ++i) {
    auto from = by_id.find(plan.links[i].from.text), to = by_id.find(plan.links[i].to.text);
    if (from != by_id.end() && to != by_id.end()) m_link_ends[i] = {from->second, to->second};
  }
  return m_link_ends;
}

void CanvasIndex::CardsIn(const Rect& world, std::vector<int>& out) const {
  out.clear();
  if (m_cell_cards.empty()) return;
  // A card lies in the cell of its top-left corner, so look one card further up and left.
  auto column = [&](float x) { return std::clamp(static_cast<int>(std::floor((x - m_origin.x) / m_cell)), 0, m_columns - 1); };
  auto row = [&](float y) { return std::clamp(static_cast<int>(std::floor((y - m_origin.y) / m_cell)), 0, m_rows - 1); };
  if (world.x1 < m_origin.x || world.y1 < m_origin.y) return;
  int c0 = column(world.x0 - kCardWidth), c1 = column(world.x1);
  int r0 = row(world.y0 - kCardHeight), r1 = row(world.y1);
  for (int r = r0; r <= r1; ++r) {
    for (int c = c0; c <= c1; ++c) {
      std::size_t cell = static_cast<std::size_t>(r) * m_columns + c;
      out.insert(out.end(), m_cell_cards.begin() + m_cell_start[cell], m_cell_cards.begin() + m_cell_start[cell + 1]);
    }
  }
  std::sort(out.begin(), out.end());  // plan order: later cards are drawn over earlier ones
}

const std::vector<Rect>& CanvasIndex::Columns(float gap) {
  if (gap == m_columns_gap) return m_card_columns;
  m_columns_gap = gap;
  m_card_columns.clear();
  std::sort(m_card_corners.begin(), m_card_corners.end(),
            [](const Point& a, const Point& b) { return a.x != b.x ? a.x < b.x : a.y < b.y; });
  for (const Point& at : m_card_corners) {  // by column, then top to bottom
    Rect card{at.x, at.y, at.x + kCardWidth, at.y + kCardHeight};
    if (!m_card_columns.empty()) {
      Rect& last = m_card_columns.back();
      if (last.x0 == card.x0 && card.y0 <= last.y1 + gap) {
        last.y1 = std::max(last.y1, card.y1);
        continue;
      }
    }
    m_card_columns.push_back(card);
  }
  return m_card_columns;
}

CanvasIndex& CanvasIndexFor(const Plan& plan) {
  static CanvasIndex index;
  static const Plan* checked_plan = nullptr;
  static int checked_frame = -1;
  // The plan only changes between frames (panels return commands), so once a frame is enough.
  if (checked_plan != &plan || checked_frame != ImGui::GetFrameCount()) {
    index.Update(plan);
    checked_plan = &plan;
    checked_frame = ImGui::GetFrameCount();
  }
  return index;
}

}  // namespace coplan::ui
