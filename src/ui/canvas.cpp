#include "ui/canvas.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <unordered_map>

#include "imgui.h"
#include "platform/window.h"
#include "ui/canvas_draw.h"
#include "ui/labels.h"
#include "ui/theme.h"

namespace coplan::ui {
namespace {

using namespace layout;

struct GridRequest {
  platform::GridStyle style;
  ImVec2 min, max;
  float framebuffer_height;
};
GridRequest g_grid;

void DrawGridCallback(const ImDrawList*, const ImDrawCmd*) {
  platform::DrawGrid(g_grid.min.x, g_grid.min.y, g_grid.max.x - g_grid.min.x, g_grid.max.y - g_grid.min.y,
                     g_grid.framebuffer_height, g_grid.style);
}

void ColourArray(ImU32 c, float out[4]) {
  ImVec4 v = ImGui::ColorConvertU32ToFloat4(c);
  out[0] = v.x, out[1] = v.y, out[2] = v.z, out[3] = v.w;
}

void QueueGrid(ImDrawList* list, ImVec2 min, ImVec2 max, const Painter& p) {
  const Palette& c = Colours();
  float spacing = p.Px(24);
  while (spacing < 12) spacing *= 4;
  ImVec2 origin = p.At(0, 0);
  g_grid.style.origin_x = origin.x;
  g_grid.style.origin_y = origin.y;
  g_grid.style.spacing = spacing;
  ColourArray(c.paper, g_grid.style.paper);
  ColourArray(c.grid_dot, g_grid.style.line);
  g_grid.min = min;
  g_grid.max = max;
  g_grid.framebuffer_height = ImGui::GetIO().DisplaySize.y * ImGui::GetIO().DisplayFramebufferScale.y;
  list->AddCallback(DrawGridCallback, nullptr);
  list->AddCallback(ImDrawCallback_ResetRenderState, nullptr);
}

void DrawVision(const Plan& plan, const Painter& p) {
  const Palette& c = Colours();
  Rect r = VisionRect(plan.changes.size());
  p.FillRect(r, c.vision, 14);
  float pad = 28;
  p.Text(Weight::Bold, 18, {r.x0 + pad, r.y0 + 16}, c.vision_ink, ICON_HOME "  Our vision");
  Rect text_clip{r.x0, r.y0, r.x1 - pad, r.y0 + 128};
  p.Text(Weight::Regular, 26, {r.x0 + pad, r.y0 + 48}, c.vision_ink, plan.vision.statement, r.Width() - 2 * pad,
         &text_clip);
  // The parts of the vision actions can serve, as chips along the bottom.
  float x = r.x0 + pad, y = r.y1 - 52;
  for (const VisionPart& part : plan.vision.parts) {
    if (part.meta.deleted) continue;
    float w = p.TextWidth(Weight::Regular, 16, part.text) + 28;
    Rect chip{x, y, x + w, y + 34};
    p.FillRect(chip, IM_COL32(255, 255, 255, 40), 17);
    p.Text(Weight::Regular, 16, {x + 14, y + 6}, c.vision_ink, part.text);
    x += w + 12;
  }
}

int CountIn(const Plan& plan, const ChangeId& change) {
  int n = 0;
  for (const Action& a : plan.actions)
    if (!a.meta.deleted && std::find(a.changes.begin(), a.changes.end(), change) != a.changes.end()) ++n;
  return n;
}

void DrawLane(const Plan& plan, std::size_t index, float bottom, const Painter& p) {
  const Palette& c = Colours();
  const Change& change = plan.changes[index];
  Rect lane = LaneRect(index, bottom);
  p.FillRect(lane, c.lane, 12);
  p.StrokeRect(lane, c.lane_border, 12, 1.5f);
  ImU32 tint = c.change_tint[change.is_key_change ? std::min<std::size_t>(index, 4) : 5];
  p.FillRect({lane.x0, lane.y0, lane.x1, lane.y0 + 8}, tint, 4);
  Rect title_clip{lane.x0, lane.y0, lane.x1 - 16, lane.y0 + kLaneHeader - 24};
  std::string number = change.is_key_change ? std::to_string(index + 1) + ". " : "";
  p.Text(Weight::Bold, 20, {lane.x0 + 16, lane.y0 + 18}, c.ink, number + change.title, kLaneWidth - 32,
         &title_clip);
  int count = CountIn(plan, change.id);
  std::string counted = count == 0 ? "No actions yet" : count == 1 ? "1 action" : std::to_string(count) + " actions";
  p.Text(Weight::Regular, 15, {lane.x0 + 16, lane.y0 + kLaneHeader - 26}, count == 0 ? c.warning : c.ink_soft,
         counted);
}

void DrawCard(const Plan& plan, const Action& a, const Painter& p, bool simple) {
  const Palette& c = Colours();
  Rect r = CardRect(a);
  int lane = -1;
  for (std::size_t i = 0; i < plan.changes.size() && !a.changes.empty(); ++i)
    if (plan.changes[i].id == a.changes.front()) lane = static_cast<int>(i);
  ImU32 tint = lane >= 0 ? c.change_tint[std::min(lane, 4)] : c.ink_soft;
  if (simple) {
    p.FillRect(r, c.card, 6);
    p.FillRect({r.x0, r.y0, r.x0 + 8, r.y1}, tint, 3);
    p.FillRect({r.x0 + 24, r.y0 + 24, r.x0 + 24 + std::min(240.0f, 10.0f * a.title.size()), r.y0 + 44}, c.card_border);
    return;
  }
  p.FillRect({r.x0 + 2, r.y0 + 4, r.x1 + 2, r.y1 + 5}, c.card_shadow, 10);
  p.FillRect(r, c.card, 10);
  p.StrokeRect(r, c.card_border, 10, 1);
  p.FillRect({r.x0, r.y0 + 10, r.x0 + 6, r.y1 - 10}, tint, 3);
  float x = r.x0 + 18, w = kCardWidth - 32;
  Rect title_clip{r.x0, r.y0, r.x1 - 12, r.y0 + 62};
  p.Text(Weight::Bold, 17, {x, r.y0 + 12}, c.ink, a.title.empty() ? "Untitled action" : a.title, w, &title_clip);
  std::string lead = a.lead.empty() ? ICON_USER "  No lead yet" : ICON_USER "  " + a.lead;
  if (!a.lead.empty() && a.lead_has_lived_experience) lead += "   " ICON_HEART " lived experience";
  Rect row_clip{r.x0, r.y0, r.x1 - 12, r.y1};
  p.Text(Weight::Regular, 14, {x, r.y0 + 66}, a.lead.empty() ? c.warning : c.ink_soft, lead, 0, &row_clip);
  std::string status = std::string(StatusIcon(a.status)) + " " + StatusLabel(a.status);
  std::string when = std::string(ICON_CLOCK " ") + WhenLabel(a.when);
  p.Text(Weight::Regular, 14, {x, r.y0 + 94}, c.ink, status, 0, &row_clip);
  p.Text(Weight::Regular, 14, {x + 130, r.y0 + 94}, c.ink_soft, when, 0, &row_clip);
}

void DrawNote(const Note& n, const Painter& p) {
  const Palette& c = Colours();
  Rect r = NoteRect(n);
  p.FillRect({r.x0 + 2, r.y0 + 4, r.x1 + 2, r.y1 + 5}, c.card_shadow, 4);
  p.FillRect(r, c.note, 4);
  p.StrokeRect(r, c.note_border, 4, 1);
  std::string kind = std::string(NoteKindIcon(n.kind)) + "  " + NoteKindLabel(n.kind);
  p.Text(Weight::Regular, 13, {r.x0 + 14, r.y0 + 10}, c.ink_soft, kind);
  Rect clip{r.x0, r.y0, r.x1 - 8, r.y1 - 8};
  p.Text(Weight::Regular, 16, {r.x0 + 14, r.y0 + 34}, c.ink, n.text, kNoteWidth - 28, &clip);
}

void DrawLinks(const Plan& plan, const Painter& p, const Rect& visible) {
  if (plan.links.empty()) return;
  std::unordered_map<std::string_view, const Action*> by_id;
  by_id.reserve(plan.actions.size());
  for (const Action& a : plan.actions) by_id.emplace(a.id.text, &a);
  const Palette& c = Colours();
  float thickness = std::max(1.0f, p.Px(2));
  for (const Link& link : plan.links) {
    if (link.meta.deleted) continue;
    auto from = by_id.find(link.from.text), to = by_id.find(link.to.text);
    if (from == by_id.end() || to == by_id.end()) continue;
    Rect a = CardRect(*from->second), b = CardRect(*to->second);
    Rect span{std::min(a.x0, b.x0), std::min(a.y0, b.y0), std::max(a.x1, b.x1), std::max(a.y1, b.y1)};
    if (!span.Overlaps(visible)) continue;
    Point start{a.x1, (a.y0 + a.y1) / 2}, end{b.x0, (b.y0 + b.y1) / 2};
    if (b.x0 < a.x1) start = {a.x0, start.y}, end = {b.x1, end.y};
    float bend = std::max(40.0f, std::abs(end.x - start.x) * 0.4f) * (end.x >= start.x ? 1 : -1);
    ImVec2 s = p.At(start), e = p.At(end);
    p.list->AddBezierCubic(s, p.At(Point{start.x + bend, start.y}), p.At(Point{end.x - bend, end.y}), e, c.link,
                           thickness, 16);
    p.list->AddCircleFilled(e, thickness * 2.5f, c.link, 8);
  }
}

void HandleCamera(CanvasState& state, ImVec2 min, ImVec2 size, float scale, bool hovered, bool active) {
  ImGuiIO& io = ImGui::GetIO();
  CanvasView& view = state.view;
  Point canvas_min{min.x, min.y};
  Point mouse{io.MousePos.x, io.MousePos.y};
  bool panning = active && (ImGui::IsMouseDragging(ImGuiMouseButton_Left, 0) || ImGui::IsKeyDown(ImGuiKey_Space));
  if (hovered && ImGui::IsMouseDragging(ImGuiMouseButton_Middle, 0)) panning = true;
  if (panning) {
    float k = view.PixelsPerUnit(scale);
    view.offset.x -= io.MouseDelta.x / k;
    view.offset.y -= io.MouseDelta.y / k;
  }
  if (hovered && (io.MouseWheel != 0 || io.MouseWheelH != 0)) {
    if (io.KeyCtrl || io.KeySuper || io.MouseWheelH == 0) {
      view.ZoomAround(view.zoom * std::pow(1.15f, io.MouseWheel), mouse, canvas_min, scale);
    } else {
      float k = view.PixelsPerUnit(scale);
      view.offset.x -= io.MouseWheelH * 40 * scale / k;
      view.offset.y -= io.MouseWheel * 40 * scale / k;
    }
  }
  if (!ImGui::IsAnyItemActive() && !io.WantTextInput && ImGui::IsWindowFocused()) {
    Point centre{min.x + size.x / 2, min.y + size.y / 2};
    if (ImGui::IsKeyPressed(ImGuiKey_Equal) || ImGui::IsKeyPressed(ImGuiKey_KeypadAdd))
      view.ZoomAround(view.zoom * 1.25f, centre, canvas_min, scale);
    if (ImGui::IsKeyPressed(ImGuiKey_Minus) || ImGui::IsKeyPressed(ImGuiKey_KeypadSubtract))
      view.ZoomAround(view.zoom / 1.25f, centre, canvas_min, scale);
    float step = 60 / view.zoom;
    if (ImGui::IsKeyDown(ImGuiKey_LeftArrow)) view.offset.x -= step * io.DeltaTime * 8;
    if (ImGui::IsKeyDown(ImGuiKey_RightArrow)) view.offset.x += step * io.DeltaTime * 8;
    if (ImGui::IsKeyDown(ImGuiKey_UpArrow)) view.offset.y -= step * io.DeltaTime * 8;
    if (ImGui::IsKeyDown(ImGuiKey_DownArrow)) view.offset.y += step * io.DeltaTime * 8;
  }
}

}  // namespace

Rect PlanBounds(const Plan& plan) {
  Rect r = VisionRect(plan.changes.size());
  for (std::size_t i = 0; i < plan.changes.size(); ++i) r.y1 = std::max(r.y1, LaneRect(i, 0).y1);
  auto grow = [&r](const Rect& o) {
    r = {std::min(r.x0, o.x0), std::min(r.y0, o.y0), std::max(r.x1, o.x1), std::max(r.y1, o.y1)};
  };
  for (const Action& a : plan.actions)
    if (!a.meta.deleted) grow(CardRect(a));
  for (const Note& n : plan.notes)
    if (!n.meta.deleted) grow(NoteRect(n));
  return r;
}

void DrawCanvas(PanelContext& context, CanvasState& state) {
  const Plan& plan = context.plan;
  Fonts& fonts = context.fonts;
  ImVec2 min = ImGui::GetCursorScreenPos();
  ImVec2 size = ImGui::GetContentRegionAvail();
  if (size.x < 50 || size.y < 50) return;
  float scale = fonts.Scale();
  state.size = {size.x, size.y};
  state.world_bounds = PlanBounds(plan);
  if (state.fit_pending) {
    state.view.Fit(state.world_bounds, state.size, scale);
    state.fit_pending = false;
  }
  if (state.vision_pending) {
    state.view.Fit(VisionRect(plan.changes.size()), state.size, scale);
    state.vision_pending = false;
  }
  ImGui::InvisibleButton("Planning canvas", size,
                         ImGuiButtonFlags_MouseButtonLeft | ImGuiButtonFlags_MouseButtonMiddle);
  HandleCamera(state, min, size, scale, ImGui::IsItemHovered(), ImGui::IsItemActive());

  ImDrawList* list = ImGui::GetWindowDrawList();
  list->PushClipRect(min, ImVec2(min.x + size.x, min.y + size.y), true);
  Painter p{list, &fonts, state.view, {min.x, min.y}, scale};
  QueueGrid(list, min, ImVec2(min.x + size.x, min.y + size.y), p);
  Rect visible = state.view.VisibleWorld(state.size, scale);

  DrawVision(plan, p);
  for (std::size_t i = 0; i < plan.changes.size(); ++i) {
    float bottom = 0;
    for (const Action& a : plan.actions)
      if (!a.meta.deleted && !a.changes.empty() && a.changes.front() == plan.changes[i].id)
        bottom = std::max(bottom, a.position.y + kCardHeight);
    if (LaneRect(i, bottom).Overlaps(visible)) DrawLane(plan, i, bottom, p);
  }
  DrawLinks(plan, p, visible);
  bool simple = p.Px(17) < 7;
  for (const Action& a : plan.actions)
    if (!a.meta.deleted && CardRect(a).Overlaps(visible)) DrawCard(plan, a, p, simple);
  for (const Note& n : plan.notes)
    if (!n.meta.deleted && NoteRect(n).Overlaps(visible)) DrawNote(n, p);
  list->PopClipRect();
}

}  // namespace coplan::ui
