// The canvas's frame: camera, selection, gestures and the title typed in place.
#include "ui/canvas.h"

#include <algorithm>
#include <cmath>

#include "imgui.h"
#include "imgui_internal.h"
#include "model/queries.h"
#include "platform/window.h"
#include "ui/canvas_edit.h"
#include "ui/canvas_index.h"
#include "ui/canvas_input.h"
#include "ui/canvas_parts.h"
#include "ui/text_field.h"
#include "ui/theme.h"

namespace coplan::ui {
namespace {

using namespace layout;

struct GridRequest {
  platform::GridStyle style;
  ImVec2 min, max;
};
GridRequest g_grid;

void DrawGridCallback(const ImDrawList*, const ImDrawCmd*) {
  platform::DrawGrid(g_grid.min.x, g_grid.min.y, g_grid.max.x - g_grid.min.x, g_grid.max.y - g_grid.min.y, g_grid.style);
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
  list->AddCallback(DrawGridCallback, nullptr);
  list->AddCallback(ImDrawCallback_ResetRenderState, nullptr);
}

// Brings pending requests ("fit", "go to the vision", "show these items") into the view.
void ApplyViewRequests(const Plan& plan, CanvasState& state, Selection& selection, float scale) {
  if (state.fit_pending) state.view.Fit(state.world_bounds, state.size, scale), state.fit_pending = false;
  if (state.vision_pending) {
    state.view.Fit(VisionRect(plan.changes.size()), state.size, scale);
    state.vision_pending = false;
  }
  if (state.reveal_focus) {  // in the canvas as it is now, beside the inspector if it opened
    state.reveal_focus = false;
    if (const Action* a = FindAction(plan, state.focused_action); a && !a->meta.deleted)
      state.view.Reveal(CardRect(*a), state.size, scale);
    if (const Note* n = FindNote(plan, state.focused_note); n && !n->meta.deleted)
      state.view.Reveal(NoteRect(*n), state.size, scale);
  }
  if (!state.show_pending) return;
  selection = std::move(*state.show_pending);
  state.show_pending.reset();
  Rect target{1e9f, 1e9f, -1e9f, -1e9f};
  auto grow = [&](const Rect& r) {
    target = {std::min(target.x0, r.x0), std::min(target.y0, r.y0), std::max(target.x1, r.x1), std::max(target.y1, r.y1)};
  };
  for (const ActionId& id : selection.actions)
    if (const Action* a = FindAction(plan, id)) grow(CardRect(*a));
  for (const NoteId& id : selection.notes)
    if (const Note* n = FindNote(plan, id)) grow(NoteRect(*n));
  for (const VisionPartId& id : selection.vision_parts)  // a part of the vision no action serves yet
    if (!id.empty()) grow(VisionRect(plan.changes.size()));
  for (const ChangeId& id : selection.changes)
    for (std::size_t i = 0; i < plan.changes.size(); ++i)
      if (plan.changes[i].id == id) grow(LaneRect(i, 0)), state.focused_lane = static_cast<int>(i);
  if (!selection.actions.empty()) state.focused_action = selection.actions.front();
  if (target.x0 > target.x1) return;
  state.view.Fit(target, state.size, scale);
  state.view.zoom = std::clamp(state.view.zoom, 0.5f, 1.0f);
  float k = state.view.PixelsPerUnit(scale);
  Point centre{(target.x0 + target.x1) / 2, (target.y0 + target.y1) / 2};
  state.view.offset = {centre.x - state.size.x / k / 2, centre.y - state.size.y / k / 2};
}

bool Selected(const Selection& s, const ActionId& id) {
  return std::find(s.actions.begin(), s.actions.end(), id) != s.actions.end();
}
bool Selected(const Selection& s, const NoteId& id) {
  return std::find(s.notes.begin(), s.notes.end(), id) != s.notes.end();
}

void Paint(PanelContext& ctx, CanvasState& state, CanvasIndex& index, const Painter& p, const Rect& visible) {
  const FrameLayout& f = index.Layout();
  const Plan& plan = ctx.plan;
  PaintVision(plan, p, ctx.selection);
  int drop_lane = -1;
  Point offset{0, 0};
  if (state.gesture == Gesture::MoveItems) {
    offset = {state.gesture_now.x - state.gesture_start.x, state.gesture_now.y - state.gesture_start.y};
    if (!ctx.selection.actions.empty()) drop_lane = LaneAt(state.gesture_now.x, plan.changes.size());
  }
  for (std::size_t i = 0; i < plan.changes.size(); ++i) {
    if (plan.changes[i].meta.deleted || !LaneRect(i, f.lane_bottom[i]).Overlaps(visible)) continue;
    bool focused = state.focused_action.empty() && state.focused_note.empty() &&
                   state.focused_lane == static_cast<int>(i) && CanvasHasKeyboard();
    PaintLane(plan, f, i, focused, drop_lane == static_cast<int>(i), p);
  }
  if (LinksShown(p)) PaintLinks(plan, index.LinkEnds(plan), p, visible, ctx.selection, offset);
  bool simple = p.Px(17) < 7;
  // Far out, cards are blocks joined into columns, drawn beneath their outlines and the notes.
  RectRuns runs;
  bool blocks = p.Px(kCardWidth) < 12;
  if (blocks) p.list->ChannelsSplit(2), p.list->ChannelsSetCurrent(1);
  // Only the cards in view cost, except while some are dragged (they may come from anywhere).
  static std::vector<int> cards;
  bool dragging = offset.x != 0 || offset.y != 0;
  if (dragging) {
    cards.resize(plan.actions.size());
    for (std::size_t i = 0; i < cards.size(); ++i) cards[i] = static_cast<int>(i);
  } else {
    index.CardsIn(visible, cards);
  }
  for (int at : cards) {
    std::size_t i = static_cast<std::size_t>(at);
    const Action& a = plan.actions[i];
    if (a.meta.deleted) continue;
    CardLook look;
    look.lane = f.action_lane[i];
    look.selected = Selected(ctx.selection, a.id);
    if (look.selected) look.offset = offset;
    Rect r = CardRect(a);
    if (!Rect{r.x0 + look.offset.x, r.y0 + look.offset.y, r.x1 + look.offset.x, r.y1 + look.offset.y}.Overlaps(visible))
      continue;
    look.simple = simple;
    look.focused = a.id == state.focused_action && CanvasHasKeyboard();
    look.matched = state.filtering && i < state.matches.size() && state.matches[i];
    look.dimmed = state.filtering && !look.matched;
    look.runs = blocks ? &runs : nullptr;
    PaintCard(plan, f, a, look, p);
  }
  for (std::size_t i = 0; i < plan.notes.size(); ++i) {
    const Note& n = plan.notes[i];
    if (n.meta.deleted) continue;
    CardLook look;
    look.selected = Selected(ctx.selection, n.id);
    if (look.selected) look.offset = offset;
    if (!NoteRect(n).Overlaps(visible) && !look.selected) continue;
    look.simple = simple;
    look.focused = n.id == state.focused_note && CanvasHasKeyboard();
    look.matched = state.filtering && i < state.note_matches.size() && state.note_matches[i];
    look.dimmed = state.filtering && !look.matched;
    PaintNote(n, look, p);
  }
  if (blocks) {
    p.list->ChannelsSetCurrent(0);
    runs.Draw(p.list);
    p.list->ChannelsMerge();
  }
  if (state.gesture == Gesture::Band) {
    Rect band{std::min(state.gesture_start.x, state.gesture_now.x), std::min(state.gesture_start.y, state.gesture_now.y),
              std::max(state.gesture_start.x, state.gesture_now.x), std::max(state.gesture_start.y, state.gesture_now.y)};
    p.FillRect(band, Colours().selection);
    p.StrokeRect(band, Colours().focus, 0, 1.5f);
  }
}

// The title of a card being typed in place, in a text field over the card. Escape on a new card
// keeps what was typed, as Enter does; with nothing typed it calls the card off (the app takes back
// the step that added it). Escape on a card that had a title puts that title back.
void EditTitleInPlace(PanelContext& ctx, CanvasState& state, const Painter& p) {
  if (state.new_card != state.editing_title) state.new_card = {};
  if (state.editing_title.empty()) return;
  const Action* a = FindAction(ctx.plan, state.editing_title);
  if (!a || a->meta.deleted) {
    if (state.title_seed.empty()) state.editing_title = {};  // a new card arrives after this frame
    return;
  }
  Rect r = CardRect(*a);
  ImVec2 at = p.At(Point{r.x0 + 10, r.y0 + 8});
  ImGui::SetCursorScreenPos(at);
  bool finished = false, cancelled = false;
  TextFieldOptions options;
  options.width = p.Px(kCardWidth - 20);
  options.hint = "Type what will happen";
  options.focus_now = state.title_seed == "start";
  options.finished = &finished;
  options.cancelled = &cancelled;
  options.escape_keeps = a->id == state.new_card;
  state.title_seed.clear();
  std::optional<std::string> typing;
  options.typing = &typing;
  ImGui::PushID(a->id.text.c_str());
  auto title = TextField("##Action title", a->title, options);
  if (title || typing) {
    Action edited = *a;
    edited.title = title ? *title : *typing;
    if (title) ctx.commands.push_back(EditAction(ctx.plan, edited));
    else PushDraft(ctx, TypedEdit(*a, edited, &Command::actions));
  }
  ImGui::PopID();
  if (!finished) return;
  if (cancelled && a->id == state.new_card && a->title.empty() && !title) {
    state.called_off = a->id;
    ctx.selection = {};
    state.focused_action = {};
  }
  state.editing_title = {}, state.new_card = {}, state.refocus = true;
}

}  // namespace

std::string CanvasGeometryJson(const Plan& plan, const CanvasState& state, float scale) {
  FrameLayout f = FrameLayout::Of(plan);
  auto box = [&](const Rect& r) {
    Point a = state.view.ToScreen({r.x0, r.y0}, state.origin, scale);
    Point b = state.view.ToScreen({r.x1, r.y1}, state.origin, scale);
    return "[" + std::to_string(a.x) + "," + std::to_string(a.y) + "," + std::to_string(b.x - a.x) + "," +
           std::to_string(b.y - a.y) + "]";
  };
  std::string json = "{\"lanes\":[";
  for (std::size_t i = 0; i < plan.changes.size(); ++i) json += (i ? "," : "") + box(LaneRect(i, f.lane_bottom[i]));
  json += "],\"cards\":{";
  bool first = true;
  for (const Action& a : plan.actions) {
    if (a.meta.deleted) continue;
    json += (first ? "\"" : ",\"") + a.id.text + "\":" + box(CardRect(a));
    first = false;
  }
  return json + "},\"keyboard\":" + (CanvasHasKeyboard() ? "true" : "false") + ",\"focused\":\"" +
         state.focused_action.text + "\"}";
}

void DrawCanvas(PanelContext& ctx, CanvasState& state) {
  ImVec2 min = ImGui::GetCursorScreenPos();
  ImVec2 size = ImGui::GetContentRegionAvail();
  if (size.x < 50 || size.y < 50) return;
  float scale = ctx.fonts.Scale();
  state.size = {size.x, size.y};
  state.origin = {min.x, min.y};
  CanvasIndex& index = CanvasIndexFor(ctx.plan);
  state.world_bounds = index.Bounds();
  ApplyViewRequests(ctx.plan, state, ctx.selection, scale);
  const FrameLayout& f = index.Layout();

  // The toolbar, the minimap and the fields typed in place are drawn over the canvas, after it:
  // they take the mouse where they are (else the lane under "Add action" took its clicks).
  ImGui::SetNextItemAllowOverlap();
  ImGui::InvisibleButton("Planning canvas", size, ImGuiButtonFlags_MouseButtonLeft | ImGuiButtonFlags_MouseButtonMiddle |
                                                      ImGuiButtonFlags_MouseButtonRight);
  if (state.refocus || ImGui::IsItemActivated()) {  // a click, or the end of typing a title
    ImGui::SetFocusID(ImGui::GetItemID(), ImGui::GetCurrentWindow());
    state.refocus = false;
  }
  ImDrawList* list = ImGui::GetWindowDrawList();
  Painter p{list, &ctx.fonts, state.view, {min.x, min.y}, scale};
  HandleCanvasInput(ctx, state, f, p, {min.x, min.y}, {size.x, size.y});
  p.view = state.view;

  list->PushClipRect(min, ImVec2(min.x + size.x, min.y + size.y), true);
  QueueGrid(list, min, ImVec2(min.x + size.x, min.y + size.y), p);
  Rect visible = state.view.VisibleWorld(state.size, scale);
  Paint(ctx, state, index, p, visible);
  list->PopClipRect();
  DrawCanvasMenus(ctx, state, f, p);
  EditTitleInPlace(ctx, state, p);
  EditNoteInPlace(ctx, state, p);
  DrawCanvasToolbar(ctx, state, f, {min.x, min.y});
}

}  // namespace coplan::ui
