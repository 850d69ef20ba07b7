// The canvas by keyboard: arrows move a visible focus between cards and lanes, Enter types a
// title, and keys do what dragging does (move to another change, nudge, link).
#include <algorithm>
#include <cmath>

#include "imgui.h"
#include "imgui_internal.h"
#include "model/queries.h"
#include "ui/canvas_edit.h"
#include "ui/canvas_input.h"

namespace coplan::ui {
namespace {

using namespace layout;

// The card nearest to `from` in lane `lane` (by height), or -1.
int NearestInLane(const Plan& plan, const FrameLayout& f, int lane, float y) {
  int best = -1;
  float best_d = 1e30f;
  for (std::size_t i = 0; i < plan.actions.size(); ++i) {
    const Action& a = plan.actions[i];
    if (a.meta.deleted || f.LaneOf(a) != lane) continue;
    float d = std::abs(a.position.y - y);
    if (d < best_d) best = static_cast<int>(i), best_d = d;
  }
  return best;
}

// The next card above (dir -1) or below (+1) `current` in its lane, or -1.
int NextInLane(const Plan& plan, const FrameLayout& f, const Action& current, int dir) {
  int lane = f.LaneOf(current), best = -1;
  float best_d = 1e30f;
  for (std::size_t i = 0; i < plan.actions.size(); ++i) {
    const Action& a = plan.actions[i];
    if (a.meta.deleted || f.LaneOf(a) != lane || a.id == current.id) continue;
    float d = (a.position.y - current.position.y) * static_cast<float>(dir);
    if ((d > 0 || (d == 0 && a.id.text > current.id.text)) && d < best_d) best = static_cast<int>(i), best_d = d;
  }
  return best;
}

void Focus(PanelContext& ctx, CanvasState& s, int index, Point min, Point size) {
  const Action& a = ctx.plan.actions[index];
  s.focused_action = a.id;
  if (!ImGui::GetIO().KeyCtrl) ctx.selection = {}, ctx.selection.actions.push_back(a.id);
  // Keep the focused card in view (WCAG: focus not hidden): now, and again next frame in the
  // canvas that is left once the inspector has opened beside it for the new selection.
  s.view.Reveal(CardRect(a), size, ctx.fonts.Scale());
  s.reveal_focus = true;
  (void)min;
}

bool Pressed(ImGuiKey key) { return ImGui::IsKeyPressed(key, true); }

void MoveFocus(PanelContext& ctx, CanvasState& s, const FrameLayout& f, Point min, Point size) {
  const Plan& plan = ctx.plan;
  const Action* current = s.focused_action.empty() ? nullptr : FindAction(plan, s.focused_action);
  if (current && current->meta.deleted) current = nullptr;
  int lanes = static_cast<int>(plan.changes.size());
  if (Pressed(ImGuiKey_UpArrow) || Pressed(ImGuiKey_DownArrow)) {
    int dir = ImGui::IsKeyPressed(ImGuiKey_UpArrow) ? -1 : 1;
    int next = current ? NextInLane(plan, f, *current, dir) : NearestInLane(plan, f, s.focused_lane, dir < 0 ? 1e9f : 0);
    if (next >= 0) Focus(ctx, s, next, min, size);
  }
  if ((Pressed(ImGuiKey_LeftArrow) || Pressed(ImGuiKey_RightArrow)) && lanes > 0) {
    int dir = ImGui::IsKeyPressed(ImGuiKey_LeftArrow) ? -1 : 1;
    int lane = std::clamp((current ? std::max(0, f.LaneOf(*current)) : s.focused_lane) + dir, 0, lanes - 1);
    s.focused_lane = lane;
    int next = NearestInLane(plan, f, lane, current ? current->position.y : 0);
    if (next >= 0) Focus(ctx, s, next, min, size);
    else s.focused_action = {}, ctx.selection = {};
  }
}

void MoveFocusedToLane(PanelContext& ctx, CanvasState& s, const FrameLayout& f, int dir) {
  const Action* a = FindAction(ctx.plan, s.focused_action);
  if (!a || a->meta.deleted) return;
  int lane = std::clamp(std::max(0, f.LaneOf(*a)) + dir, 0, static_cast<int>(ctx.plan.changes.size()) - 1);
  if (lane == f.LaneOf(*a)) return;
  Point slot = NextCardSlot(ctx.plan, static_cast<std::size_t>(lane));
  Selection one;
  one.actions.push_back(a->id);
  ctx.commands.push_back(MoveSelection(ctx.plan, f, one, {slot.x - a->position.x, slot.y - a->position.y}));
  s.focused_lane = lane;
}

void Nudge(PanelContext& ctx, const FrameLayout& f, Point delta) {
  if (ctx.selection.actions.empty() && ctx.selection.notes.empty()) return;
  Command c = MoveSelection(ctx.plan, f, ctx.selection, delta);
  if (!c.Empty()) ctx.commands.push_back(std::move(c));
}

void ClipboardKeys(PanelContext& ctx, CanvasState& s, const FrameLayout& f) {
  bool command = ImGui::GetIO().KeyCtrl || ImGui::GetIO().KeySuper;
  if (!command) return;
  if (ImGui::IsKeyPressed(ImGuiKey_C, false) || ImGui::IsKeyPressed(ImGuiKey_X, false)) {
    std::string text = SelectionAsText(ctx.plan, ctx.selection);
    if (!text.empty()) ImGui::SetClipboardText(text.c_str());
    if (ImGui::IsKeyPressed(ImGuiKey_X, false)) ctx.commands.push_back(DeleteItems(ctx.plan, ctx.selection)), ctx.selection = {};
  }
  if (ImGui::IsKeyPressed(ImGuiKey_V, false) && !ctx.plan.changes.empty()) {
    const char* text = ImGui::GetClipboardText();
    int lane = std::clamp(s.focused_lane, 0, static_cast<int>(ctx.plan.changes.size()) - 1);
    if (text && *text)
      ctx.commands.push_back(PasteActions(ctx.plan, ctx.ids, text, ctx.plan.changes[lane].id,
                                          NextCardSlot(ctx.plan, static_cast<std::size_t>(lane))));
  }
  if (ImGui::IsKeyPressed(ImGuiKey_D, false) && !ctx.selection.actions.empty())
    ctx.commands.push_back(DuplicateActions(ctx.plan, ctx.ids, ctx.selection.actions, {30, 30}));
  if (ImGui::IsKeyPressed(ImGuiKey_A, false)) {
    ctx.selection = {};
    for (const Action& a : ctx.plan.actions)
      if (!a.meta.deleted) ctx.selection.actions.push_back(a.id);
  }
  (void)f;
}

}  // namespace

void HandleCanvasKeys(PanelContext& ctx, CanvasState& s, const FrameLayout& f, const Painter& p, Point min, Point size) {
  const ImGuiIO& io = ImGui::GetIO();
  ImGuiID canvas = ImGui::GetItemID();
  // The canvas keeps the arrow keys to itself; Tab still moves to the rest of the window.
  // Alt too: else letting go of Alt after Alt+2 would move the keyboard to the window's menu layer.
  for (ImGuiKey key : {ImGuiKey_LeftArrow, ImGuiKey_RightArrow, ImGuiKey_UpArrow, ImGuiKey_DownArrow, ImGuiKey_Enter,
                       ImGuiKey_Space, ImGuiKey_Escape, ImGuiMod_Alt})
    ImGui::SetKeyOwner(key, canvas);
  bool command = io.KeyCtrl || io.KeySuper;
  float scale = p.scale;
  Point centre{min.x + size.x / 2, min.y + size.y / 2};
  if (io.KeyAlt) {
    // Alt+1 ... Alt+9: the focused action also serves change 1 ... 9 (again to stop).
    const Action* focused = s.focused_action.empty() ? nullptr : FindAction(ctx.plan, s.focused_action);
    for (int n = 0; n < 9 && focused && n < static_cast<int>(ctx.plan.changes.size()); ++n) {
      if (!ImGui::IsKeyPressed(static_cast<ImGuiKey>(ImGuiKey_1 + n), false)) continue;
      const ChangeId& change = ctx.plan.changes[n].id;
      bool serves = std::find(focused->changes.begin(), focused->changes.end(), change) != focused->changes.end();
      ctx.commands.push_back(serves ? UnlinkActionFromChange(ctx.plan, focused->id, change)
                                    : LinkActionToChange(ctx.plan, focused->id, change));
    }
    float step = io.KeyShift ? 100 : 20;
    if (Pressed(ImGuiKey_LeftArrow)) Nudge(ctx, f, {-step, 0});
    if (Pressed(ImGuiKey_RightArrow)) Nudge(ctx, f, {step, 0});
    if (Pressed(ImGuiKey_UpArrow)) Nudge(ctx, f, {0, -step});
    if (Pressed(ImGuiKey_DownArrow)) Nudge(ctx, f, {0, step});
  } else if (!command && !io.KeyShift) {
    MoveFocus(ctx, s, f, min, size);
  }
  if (ImGui::IsKeyPressed(ImGuiKey_Escape, false)) {
    if (s.link_pick) s.link_pick = false;
    else ctx.selection = {}, s.focused_action = {};
  }
  if ((ImGui::IsKeyPressed(ImGuiKey_Enter, false) || ImGui::IsKeyPressed(ImGuiKey_F2, false)) && !s.focused_action.empty()) {
    if (s.link_pick) {
      if (s.focused_action != s.link_from)
        ctx.commands.push_back(AddLink(ctx.plan, ctx.ids, s.link_from, s.focused_action, LinkKind::Supports));
      s.link_pick = false;
    } else {
      s.editing_title = s.focused_action;
      s.title_seed = "start";
    }
  }
  if (command) {
    ClipboardKeys(ctx, s, f);
    return;
  }
  if (io.KeyAlt) return;  // Alt + a key is one of the above, never also the key alone (Alt+1 is not "100%")
  if (ImGui::IsKeyPressed(ImGuiKey_N, false) && !io.KeyShift && !ctx.plan.changes.empty()) {
    int lane = std::clamp(s.focused_lane, 0, static_cast<int>(ctx.plan.changes.size()) - 1);
    AddActionAt(ctx, s, lane, NextCardSlot(ctx.plan, static_cast<std::size_t>(lane)));
  }
  if (ImGui::IsKeyPressed(ImGuiKey_T, false) || (ImGui::IsKeyPressed(ImGuiKey_N, false) && io.KeyShift)) {
    Point at = s.view.ToWorld(centre, min, scale);
    ctx.commands.push_back(AddNote(ctx.plan, ctx.ids, NoteKind::Idea, "", {at.x - kNoteWidth / 2, at.y - kNoteHeight / 2}));
  }
  if ((ImGui::IsKeyPressed(ImGuiKey_Delete, false) || ImGui::IsKeyPressed(ImGuiKey_Backspace, false)) &&
      (!ctx.selection.actions.empty() || !ctx.selection.notes.empty())) {
    ctx.commands.push_back(DeleteItems(ctx.plan, ctx.selection));
    ctx.selection = {};
    s.focused_action = {};
  }
  if (ImGui::IsKeyPressed(ImGuiKey_LeftBracket, false)) MoveFocusedToLane(ctx, s, f, -1);
  if (ImGui::IsKeyPressed(ImGuiKey_RightBracket, false)) MoveFocusedToLane(ctx, s, f, 1);
  if (ImGui::IsKeyPressed(ImGuiKey_L, false) && !s.focused_action.empty()) s.link_from = s.focused_action, s.link_pick = true;
  if ((ImGui::IsKeyPressed(ImGuiKey_Menu, false) || (io.KeyShift && ImGui::IsKeyPressed(ImGuiKey_F10, false)))) {
    int card = -1;
    for (std::size_t i = 0; i < ctx.plan.actions.size(); ++i)
      if (ctx.plan.actions[i].id == s.focused_action) card = static_cast<int>(i);
    OpenMenuFor(ctx, s, card, -1, card < 0 ? s.focused_lane : -1, s.view.ToWorld(centre, min, scale));
  }
  if (ImGui::IsKeyPressed(ImGuiKey_Equal) || ImGui::IsKeyPressed(ImGuiKey_KeypadAdd))
    s.view.ZoomAround(s.view.zoom * 1.25f, centre, min, scale);
  if (ImGui::IsKeyPressed(ImGuiKey_Minus) || ImGui::IsKeyPressed(ImGuiKey_KeypadSubtract))
    s.view.ZoomAround(s.view.zoom / 1.25f, centre, min, scale);
  if (ImGui::IsKeyPressed(ImGuiKey_0, false)) s.fit_pending = true;
  if (ImGui::IsKeyPressed(ImGuiKey_1, false)) s.view.ZoomAround(1.0f, centre, min, scale);
  if (ImGui::IsKeyPressed(ImGuiKey_H, false) || ImGui::IsKeyPressed(ImGuiKey_Home, false)) s.vision_pending = true;
  if (io.KeyShift && !io.KeyAlt && !command) {  // Shift+arrows move around the canvas
    float step = 600 * io.DeltaTime / s.view.zoom;
    if (ImGui::IsKeyDown(ImGuiKey_LeftArrow)) s.view.offset.x -= step;
    if (ImGui::IsKeyDown(ImGuiKey_RightArrow)) s.view.offset.x += step;
    if (ImGui::IsKeyDown(ImGuiKey_UpArrow)) s.view.offset.y -= step;
    if (ImGui::IsKeyDown(ImGuiKey_DownArrow)) s.view.offset.y += step;
  }
}

}  // namespace coplan::ui
