#include "ui/canvas_draw.h"

#include <algorithm>
#include <cmath>

namespace coplan::ui {

float Painter::Text(Weight weight, float size, Point pos, ImU32 colour, std::string_view text, float wrap,
                    const Rect* clip) const {
  float pixels = Px(size);
  if (pixels < 4.5f || text.empty()) return size * 1.3f;
  ImFont* font = fonts->Canvas(weight, pixels);
  ImVec4 clip_rect = list->GetClipRectMax().x > 0
                         ? ImVec4(list->GetClipRectMin().x, list->GetClipRectMin().y, list->GetClipRectMax().x,
                                  list->GetClipRectMax().y)
                         : ImVec4(-1e9f, -1e9f, 1e9f, 1e9f);
  if (clip) {
    ImVec2 a = At(Point{clip->x0, clip->y0}), b = At(Point{clip->x1, clip->y1});
    clip_rect = ImVec4(std::max(clip_rect.x, a.x), std::max(clip_rect.y, a.y), std::min(clip_rect.z, b.x),
                       std::min(clip_rect.w, b.y));
  }
  const char* begin = text.data();
  const char* end = begin + text.size();
  float wrap_px = wrap > 0 ? Px(wrap) : 0.0f;
  list->AddText(font, pixels, At(pos), colour, begin, end, wrap_px, &clip_rect);
  ImVec2 extent = font->CalcTextSizeA(pixels, 1e9f, wrap_px, begin, end);
  return extent.y / view.PixelsPerUnit(scale);
}

float Painter::TextWidth(Weight weight, float size, std::string_view text) const {
  float pixels = Px(size);
  if (pixels < 4.5f) return 0;
  ImFont* font = fonts->Canvas(weight, pixels);
  return font->CalcTextSizeA(pixels, 1e9f, 0, text.data(), text.data() + text.size()).x /
         view.PixelsPerUnit(scale);
}

void Painter::FillRect(const Rect& r, ImU32 colour, float rounding) const {
  list->AddRectFilled(At(r.x0, r.y0), At(r.x1, r.y1), colour, Px(rounding));
}

void Painter::StrokeRect(const Rect& r, ImU32 colour, float rounding, float thickness) const {
  list->AddRect(At(r.x0, r.y0), At(r.x1, r.y1), colour, Px(rounding), 0, thickness);
}

void RectRuns::Add(ImVec2 min, ImVec2 max, ImU32 colour) {
  // Only the last few runs are open: columns interleave, but there are few of them in view.
  constexpr std::size_t kOpen = 12;
  for (std::size_t i = m_runs.size(), seen = 0; i-- > 0 && seen < kOpen; ++seen) {
    Run& run = m_runs[i];
    if (run.colour != colour || std::abs(run.min.x - min.x) > 0.25f || std::abs(run.max.x - max.x) > 0.25f) continue;
    if (min.y > run.max.y + 1 || max.y < run.min.y - 1) continue;
    run.min.y = std::min(run.min.y, min.y);
    run.max.y = std::max(run.max.y, max.y);
    return;
  }
  m_runs.push_back({min, max, colour});
}

void RectRuns::Draw(ImDrawList* list) {
  ImDrawListFlags flags = list->Flags;
  list->Flags &= ~ImDrawListFlags_AntiAliasedFill;
  for (const Run& run : m_runs) list->AddRectFilled(run.min, run.max, run.colour);
  list->Flags = flags;
  m_runs.clear();
}

}  // namespace coplan::ui
