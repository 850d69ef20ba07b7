// Mouse gestures and keys on the canvas. Every drag has a key or menu that does the same.
#include "ui/canvas_input.h"

#include <algorithm>
#include <cmath>

#include "imgui.h"
#include "imgui_internal.h"
#include "model/queries.h"
#include "ui/canvas_edit.h"
#include "ui/text_field.h"

namespace coplan::ui {
namespace {

using namespace layout;

bool g_has_keyboard = false;

struct Hit {
  enum Kind { None, Card, StickyNote, Lane, Background } kind = None;
  int index = -1;  // into plan.actions, plan.notes or plan.changes
};

Hit HitTest(const Plan& plan, const FrameLayout& f, Point w) {
  for (int i = static_cast<int>(plan.notes.size()) - 1; i >= 0; --i)
    if (!plan.notes[i].meta.deleted && NoteRect(plan.notes[i]).Contains(w)) return {Hit::StickyNote, i};
  for (int i = static_cast<int>(plan.actions.size()) - 1; i >= 0; --i)
    if (!plan.actions[i].meta.deleted && CardRect(plan.actions[i]).Contains(w)) return {Hit::Card, i};
  for (std::size_t i = 0; i < plan.changes.size(); ++i)
    if (LaneRect(i, f.lane_bottom[i]).Contains(w)) return {Hit::Lane, static_cast<int>(i)};
  return {Hit::Background, -1};
}

template <class IdType>
void Toggle(std::vector<IdType>& ids, const IdType& id) {
  auto it = std::find(ids.begin(), ids.end(), id);
  if (it == ids.end()) ids.push_back(id);
  else ids.erase(it);
}

template <class IdType>
bool Has(const std::vector<IdType>& ids, const IdType& id) {
  return std::find(ids.begin(), ids.end(), id) != ids.end();
}

void Camera(CanvasState& s, const ImGuiIO& io, Point min, Point size, float scale, bool hovered) {
  Point mouse{io.MousePos.x, io.MousePos.y};
  if (hovered && (ImGui::IsMouseDragging(ImGuiMouseButton_Middle, 0) ||
                  (ImGui::IsKeyDown(ImGuiKey_Space) && ImGui::IsMouseDragging(ImGuiMouseButton_Left, 0)))) {
    float k = s.view.PixelsPerUnit(scale);
    s.view.offset.x -= io.MouseDelta.x / k;
    s.view.offset.y -= io.MouseDelta.y / k;
  }
  // The wheel and a touchpad's two-finger scroll move around, both ways (Shift turns a wheel
  // sideways); Ctrl or Cmd + wheel zooms. A touchpad pinch is Ctrl + wheel in browsers (the page
  // zooms for it, see web/coplan-page.js). One wheel step is 100 pixels, as browsers count it, so
  // the plan follows the fingers on a touchpad.
  if (hovered && (io.MouseWheel != 0 || io.MouseWheelH != 0)) {
    if (io.KeyCtrl || io.KeySuper) {
      s.view.ZoomAround(s.view.zoom * std::pow(1.15f, io.MouseWheel), mouse, min, scale);
    } else {
      float k = s.view.PixelsPerUnit(scale);
      bool sideways = io.KeyShift && io.MouseWheelH == 0;
      float dx = sideways ? io.MouseWheel : io.MouseWheelH;
      float dy = sideways ? 0 : io.MouseWheel;
      s.view.offset.x -= dx * 100 * scale / k;
      s.view.offset.y -= dy * 100 * scale / k;
    }
  }
  (void)size;
}

void SelectOnly(Selection& selection, const ActionId& id) { selection = {}, selection.actions.push_back(id); }

// `in_window`: the button was let go inside the window. Cards let go past its edge go back where
// they were.
void FinishGesture(PanelContext& ctx, CanvasState& s, const FrameLayout& f, bool in_window) {
  Point d{s.gesture_now.x - s.gesture_start.x, s.gesture_now.y - s.gesture_start.y};
  if (s.gesture == Gesture::MoveItems && in_window && std::abs(d.x) + std::abs(d.y) > 0.5f) {
    Command c = MoveSelection(ctx.plan, f, ctx.selection, d);
    if (!c.Empty()) ctx.commands.push_back(std::move(c));
    // The change the card was dropped on has the focus now: N adds the next action there.
    if (!s.focused_action.empty() || !s.focused_note.empty())
      s.focused_lane = std::max(0, LaneAt(s.gesture_now.x, ctx.plan.changes.size()));
  }
  if (s.gesture == Gesture::Band) {
    Rect band{std::min(s.gesture_start.x, s.gesture_now.x), std::min(s.gesture_start.y, s.gesture_now.y),
              std::max(s.gesture_start.x, s.gesture_now.x), std::max(s.gesture_start.y, s.gesture_now.y)};
    for (const Action& a : ctx.plan.actions)
      if (!a.meta.deleted && band.Overlaps(CardRect(a)) && !Has(ctx.selection.actions, a.id)) ctx.selection.actions.push_back(a.id);
    for (const Note& n : ctx.plan.notes)
      if (!n.meta.deleted && band.Overlaps(NoteRect(n)) && !Has(ctx.selection.notes, n.id)) ctx.selection.notes.push_back(n.id);
  }
  s.gesture = Gesture::None;
}

void PressLeft(PanelContext& ctx, CanvasState& s, const Hit& hit, Point world) {
  const ImGuiIO& io = ImGui::GetIO();
  bool add = io.KeyShift || io.KeyCtrl || io.KeySuper;
  s.gesture_start = s.gesture_now = world;
  if (s.link_pick) {
    if (hit.kind == Hit::Card && ctx.plan.actions[hit.index].id != s.link_from)
      ctx.commands.push_back(AddLink(ctx.plan, ctx.ids, s.link_from, ctx.plan.actions[hit.index].id, LinkKind::Supports));
    s.link_pick = false;
    return;
  }
  if (hit.kind == Hit::Card) {
    const ActionId& id = ctx.plan.actions[hit.index].id;
    if (add) Toggle(ctx.selection.actions, id);
    else if (!Has(ctx.selection.actions, id)) SelectOnly(ctx.selection, id);
    s.focused_action = id;
    s.focused_note = {};
    s.focused_lane = std::max(0, FrameLayout::Of(ctx.plan).LaneOf(ctx.plan.actions[hit.index]));
    s.gesture = Gesture::MoveItems;
  } else if (hit.kind == Hit::StickyNote) {
    const NoteId& id = ctx.plan.notes[hit.index].id;
    if (add) Toggle(ctx.selection.notes, id);
    else if (!Has(ctx.selection.notes, id)) ctx.selection = {}, ctx.selection.notes.push_back(id);
    s.focused_note = id;
    s.focused_action = {};
    Rect r = NoteRect(ctx.plan.notes[hit.index]);
    s.focused_lane = std::max(0, LaneAt((r.x0 + r.x1) / 2, ctx.plan.changes.size()));
    s.gesture = Gesture::MoveItems;
  } else {
    if (hit.kind == Hit::Lane) s.focused_lane = hit.index;
    s.focused_action = {};
    s.focused_note = {};
    if (add) {
      s.gesture = Gesture::Band;
    } else {
      ctx.selection = {};
      s.gesture = Gesture::Pan;
    }
  }
}

}  // namespace

bool CanvasHasKeyboard() { return g_has_keyboard; }

void AddActionAt(PanelContext& ctx, CanvasState& state, int lane, Point at) {
  if (lane < 0 || lane >= static_cast<int>(ctx.plan.changes.size())) return;
  Command c = AddAction(ctx.plan, ctx.ids, ctx.plan.changes[lane].id, at, "");
  if (c.actions.empty()) return;
  ActionId id = c.actions.front().after.id;
  ctx.commands.push_back(std::move(c));
  SelectOnly(ctx.selection, id);
  state.focused_action = id;
  state.focused_lane = lane;
  state.editing_title = id;
  state.new_card = id;
  state.title_seed = "start";
  state.reveal_focus = true;
}

void AddNoteAt(PanelContext& ctx, CanvasState& state, Point at, bool find_room) {
  Point place = find_room ? FreeSpotForNote(ctx.plan, at) : at;
  Command c = AddNote(ctx.plan, ctx.ids, NoteKind::Idea, "", place);
  if (c.notes.empty()) return;
  NoteId id = c.notes.front().after.id;
  ctx.commands.push_back(std::move(c));
  ctx.selection = {};
  ctx.selection.notes.push_back(id);
  state.focused_action = {};
  state.focused_note = id;
  state.editing_note = id;
  state.new_note = id;
  state.note_edit_start = true;
  state.reveal_focus = true;
}

void EditNoteInPlace(PanelContext& ctx, CanvasState& state, const Painter& p) {
  if (state.new_note != state.editing_note) state.new_note = {};
  if (state.editing_note.empty()) return;
  const Note* n = FindNote(ctx.plan, state.editing_note);
  if (!n || n->meta.deleted) {
    if (!state.note_edit_start) state.editing_note = {};  // a new note arrives after this frame
    return;
  }
  Rect r = NoteRect(*n);
  ImGui::SetCursorScreenPos(p.At(Point{r.x0 + 8, r.y0 + 30}));
  bool finished = false, cancelled = false;
  TextFieldOptions options;
  options.kind = TextKind::Paragraph;
  options.width = p.Px(kNoteWidth - 16);
  options.height = std::max(ImGui::GetFrameHeight() * 2, p.Px(kNoteHeight - 38));
  options.hint = "Type the note (Ctrl+Enter to finish)";
  options.focus_now = state.note_edit_start;
  options.finished = &finished;
  options.cancelled = &cancelled;
  options.escape_keeps = n->id == state.new_note;  // as for a new card's title
  state.note_edit_start = false;
  std::optional<std::string> typing;
  options.typing = &typing;
  ImGui::PushID(n->id.text.c_str());
  auto text = TextField("##Note text", n->text, options);
  if (text || typing) {
    Note edited = *n;
    edited.text = text ? *text : *typing;
    if (text) ctx.commands.push_back(EditNote(ctx.plan, edited));
    else PushDraft(ctx, TypedEdit(*n, edited, &Command::notes));
  }
  ImGui::PopID();
  if (!finished) return;
  if (cancelled && n->id == state.new_note && n->text.empty() && !text) {  // Escape before any text: no note
    state.called_off_note = n->id;
    ctx.selection = {};
    state.focused_note = {};
  }
  state.editing_note = {}, state.new_note = {}, state.refocus = true;
}

void HandleCanvasInput(PanelContext& ctx, CanvasState& s, const FrameLayout& f, const Painter& p, Point min, Point size) {
  const ImGuiIO& io = ImGui::GetIO();
  bool hovered = ImGui::IsItemHovered();
  g_has_keyboard = ImGui::IsItemFocused() || ImGui::IsItemActive();
  float scale = p.scale;
  Point world = s.view.ToWorld({io.MousePos.x, io.MousePos.y}, min, scale);
  Hit hit = hovered ? HitTest(ctx.plan, f, world) : Hit{};
  Camera(s, io, min, size, scale, hovered);
  if (ImGui::IsItemClicked(ImGuiMouseButton_Left) && !ImGui::IsKeyDown(ImGuiKey_Space)) PressLeft(ctx, s, hit, world);
  if (s.gesture != Gesture::None && ImGui::IsMouseDown(ImGuiMouseButton_Left)) {
    bool dragging = ImGui::IsMouseDragging(ImGuiMouseButton_Left) && !ImGui::IsMouseClicked(ImGuiMouseButton_Left);
    if (s.gesture == Gesture::Pan && dragging) {
      float k = s.view.PixelsPerUnit(scale);
      s.view.offset.x -= io.MouseDelta.x / k;
      s.view.offset.y -= io.MouseDelta.y / k;
    } else if (s.gesture != Gesture::Pan && ImGui::IsMousePosValid()) {
      s.gesture_now = world;
    }
  } else if (s.gesture != Gesture::None) {
    // Where the button was let go (the last moves may come in the frame of the release).
    if (s.gesture != Gesture::Pan && ImGui::IsMousePosValid()) s.gesture_now = world;
    ImVec2 display = ImGui::GetIO().DisplaySize;
    bool in_window = ImGui::IsMousePosValid() && ImGui::IsMouseHoveringRect(ImVec2(0, 0), display, false);
    FinishGesture(ctx, s, f, in_window);
  }
  if (hovered && ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left)) {
    if (hit.kind == Hit::Card) {
      s.editing_title = ctx.plan.actions[hit.index].id;
      s.title_seed = "start";
    } else if (hit.kind == Hit::StickyNote) {
      s.editing_note = ctx.plan.notes[hit.index].id;
      s.note_edit_start = true;
    } else if (hit.kind == Hit::Lane) {
      AddActionAt(ctx, s, hit.index, {LaneRect(hit.index, 0).x0 + (kLaneWidth - kCardWidth) / 2,
                                      std::max(world.y - kCardHeight / 2, kLaneTop + kLaneHeader)});
    }
  }
  if (ImGui::IsItemClicked(ImGuiMouseButton_Right)) OpenMenuFor(ctx, s, hit.kind == Hit::Card ? hit.index : -1,
                                                                 hit.kind == Hit::StickyNote ? hit.index : -1,
                                                                 hit.kind == Hit::Lane ? hit.index : -1, world);
  if (g_has_keyboard && !TextEditing()) HandleCanvasKeys(ctx, s, f, p, min, size);
}

}  // namespace coplan::ui
