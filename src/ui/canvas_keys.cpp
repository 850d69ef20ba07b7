// The canvas by keyboard: arrows move a visible focus between cards, notes and lanes, Enter
// types a title or a note's text, and keys do what dragging does (move to another change, nudge, link).
#include <algorithm>
#include <cmath>
#include <vector>

#include "imgui.h"
#include "imgui_internal.h"
#include "model/queries.h"
#include "ui/canvas_edit.h"
#include "ui/canvas_input.h"

namespace coplan::ui {
namespace {

using namespace layout;

// A place the keyboard's focus can be: a card or a note (by index), the lane it is in, its top.
struct Spot {
  int action = -1, note = -1;
  int lane = -1;
  float y = 0;
  const std::string* id = nullptr;
  bool Valid() const { return action >= 0 || note >= 0; }
};

// Down a lane: by height, cards before notes at the same height, then by id.
bool Before(const Spot& a, const Spot& b) {
  if (a.y != b.y) return a.y < b.y;
  if ((a.note >= 0) != (b.note >= 0)) return a.note < 0;
  return *a.id < *b.id;
}

// Every card and note. A note is in the lane its middle is over (the nearest one beside them).
std::vector<Spot> Spots(const Plan& plan, const FrameLayout& f) {
  std::vector<Spot> spots;
  for (std::size_t i = 0; i < plan.actions.size(); ++i) {
    const Action& a = plan.actions[i];
    if (!a.meta.deleted) spots.push_back({static_cast<int>(i), -1, f.LaneOf(a), a.position.y, &a.id.text});
  }
  for (std::size_t i = 0; i < plan.notes.size(); ++i) {
    const Note& n = plan.notes[i];
    if (n.meta.deleted) continue;
    Rect r = NoteRect(n);
    spots.push_back({-1, static_cast<int>(i), LaneAt((r.x0 + r.x1) / 2, plan.changes.size()), n.position.y, &n.id.text});
  }
  return spots;
}

Spot Current(const std::vector<Spot>& spots, const Plan& plan, const CanvasState& s) {
  for (const Spot& x : spots) {
    if (x.action >= 0 && !s.focused_action.empty() && plan.actions[x.action].id == s.focused_action) return x;
    if (x.note >= 0 && !s.focused_note.empty() && plan.notes[x.note].id == s.focused_note) return x;
  }
  return {};
}

// The card or note in `lane` nearest to height `y`.
Spot NearestInLane(const std::vector<Spot>& spots, int lane, float y) {
  Spot best;
  float best_d = 1e30f;
  for (const Spot& x : spots) {
    float d = std::abs(x.y - y);
    if (x.lane == lane && d < best_d) best = x, best_d = d;
  }
  return best;
}

// The next card or note above (dir -1) or below (+1) `current` in its lane.
Spot NextInLane(const std::vector<Spot>& spots, const Spot& current, int dir) {
  Spot best;
  for (const Spot& x : spots) {
    if (x.lane != current.lane || *x.id == *current.id) continue;
    bool beyond = dir > 0 ? Before(current, x) : Before(x, current);
    bool nearer = !best.Valid() || (dir > 0 ? Before(x, best) : Before(best, x));
    if (beyond && nearer) best = x;
  }
  return best;
}

void Focus(PanelContext& ctx, CanvasState& s, const Spot& spot, Point min, Point size) {
  bool keep = ImGui::GetIO().KeyCtrl;
  if (!keep) ctx.selection = {};
  if (spot.lane >= 0) s.focused_lane = spot.lane;  // where N adds an action
  Rect r;
  if (spot.action >= 0) {
    const Action& a = ctx.plan.actions[spot.action];
    s.focused_action = a.id, s.focused_note = {};
    if (!keep) ctx.selection.actions.push_back(a.id);
    r = CardRect(a);
  } else {
    const Note& n = ctx.plan.notes[spot.note];
    s.focused_note = n.id, s.focused_action = {};
    if (!keep) ctx.selection.notes.push_back(n.id);
    r = NoteRect(n);
  }
  // Keep the focus in view (WCAG: focus not hidden): now, and again next frame in the canvas
  // that is left once the inspector has opened beside it for the new selection.
  s.view.Reveal(r, size, ctx.fonts.Scale());
  s.reveal_focus = true;
  (void)min;
}

bool Pressed(ImGuiKey key) { return ImGui::IsKeyPressed(key, true); }

void MoveFocus(PanelContext& ctx, CanvasState& s, const FrameLayout& f, Point min, Point size) {
  const Plan& plan = ctx.plan;
  bool vertical = Pressed(ImGuiKey_UpArrow) || Pressed(ImGuiKey_DownArrow);
  bool sideways = Pressed(ImGuiKey_LeftArrow) || Pressed(ImGuiKey_RightArrow);
  if (!vertical && !sideways) return;
  std::vector<Spot> spots = Spots(plan, f);
  Spot current = Current(spots, plan, s);
  int lanes = static_cast<int>(plan.changes.size());
  if (vertical) {
    int dir = ImGui::IsKeyPressed(ImGuiKey_UpArrow) ? -1 : 1;
    Spot next = current.Valid() ? NextInLane(spots, current, dir) : NearestInLane(spots, s.focused_lane, dir < 0 ? 1e9f : 0);
    if (next.Valid()) Focus(ctx, s, next, min, size);
  }
  if (sideways && lanes > 0) {
    int dir = ImGui::IsKeyPressed(ImGuiKey_LeftArrow) ? -1 : 1;
    int lane = std::clamp((current.Valid() ? std::max(0, current.lane) : s.focused_lane) + dir, 0, lanes - 1);
    s.focused_lane = lane;
    Spot next = NearestInLane(spots, lane, current.Valid() ? current.y : 0);
    if (next.Valid()) Focus(ctx, s, next, min, size);
    else s.focused_action = {}, s.focused_note = {}, ctx.selection = {};
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
    else ctx.selection = {}, s.focused_action = {}, s.focused_note = {};
  }
  bool enter = ImGui::IsKeyPressed(ImGuiKey_Enter, false) || ImGui::IsKeyPressed(ImGuiKey_F2, false);
  if (enter && !s.focused_note.empty() && s.focused_action.empty() && !s.link_pick) {
    s.editing_note = s.focused_note;
    s.note_edit_start = true;
  }
  if (enter && !s.focused_action.empty()) {
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
  if (ImGui::IsKeyPressed(ImGuiKey_T, false) || (ImGui::IsKeyPressed(ImGuiKey_N, false) && io.KeyShift))
    AddNoteAt(ctx, s, s.view.ToWorld(centre, min, scale), true);
  if ((ImGui::IsKeyPressed(ImGuiKey_Delete, false) || ImGui::IsKeyPressed(ImGuiKey_Backspace, false)) &&
      (!ctx.selection.actions.empty() || !ctx.selection.notes.empty())) {
    ctx.commands.push_back(DeleteItems(ctx.plan, ctx.selection));
    ctx.selection = {};
    s.focused_action = {};
    s.focused_note = {};
  }
  if (ImGui::IsKeyPressed(ImGuiKey_LeftBracket, false)) MoveFocusedToLane(ctx, s, f, -1);
  if (ImGui::IsKeyPressed(ImGuiKey_RightBracket, false)) MoveFocusedToLane(ctx, s, f, 1);
  if (ImGui::IsKeyPressed(ImGuiKey_L, false) && !s.focused_action.empty()) s.link_from = s.focused_action, s.link_pick = true;
  if ((ImGui::IsKeyPressed(ImGuiKey_Menu, false) || (io.KeyShift && ImGui::IsKeyPressed(ImGuiKey_F10, false)))) {
    int card = -1, note = -1;
    for (std::size_t i = 0; i < ctx.plan.actions.size(); ++i)
      if (ctx.plan.actions[i].id == s.focused_action) card = static_cast<int>(i);
    for (std::size_t i = 0; i < ctx.plan.notes.size() && card < 0; ++i)
      if (ctx.plan.notes[i].id == s.focused_note) note = static_cast<int>(i);
    OpenMenuFor(ctx, s, card, note, card < 0 && note < 0 ? s.focused_lane : -1, s.view.ToWorld(centre, min, scale));
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
