// The canvas's menus (right-click or the Menu key) and the toolbar and minimap over it.
#include <algorithm>

#include "imgui.h"
#include "ui/drawn_places.h"
#include "model/queries.h"
#include "ui/canvas_edit.h"
#include "ui/canvas_index.h"
#include "ui/canvas_input.h"
#include "ui/theme.h"

namespace coplan::ui {
namespace {

using namespace layout;

struct MenuTarget {
  int card = -1, note = -1, lane = -1;
  Point world{0, 0};
};
MenuTarget g_menu;

void CardMenu(PanelContext& ctx, CanvasState& s, const FrameLayout& f, const Action& a) {
  const Plan& plan = ctx.plan;
  if (ImGui::MenuItem("Type a new title", "Enter")) s.editing_title = a.id, s.title_seed = "start";
  if (ImGui::BeginMenu("Move to another change")) {
    for (std::size_t i = 0; i < plan.changes.size(); ++i) {
      if (plan.changes[i].meta.deleted) continue;
      bool here = f.LaneOf(a) == static_cast<int>(i);
      if (ImGui::MenuItem(plan.changes[i].title.c_str(), nullptr, here, !here)) {
        Point slot = NextCardSlot(plan, i);
        Selection one;
        one.actions.push_back(a.id);
        ctx.commands.push_back(MoveSelection(plan, f, one, {slot.x - a.position.x, slot.y - a.position.y}));
      }
    }
    ImGui::EndMenu();
  }
  if (ImGui::BeginMenu("Serves these changes")) {
    for (const Change& c : plan.changes) {
      if (c.meta.deleted) continue;
      bool serves = std::find(a.changes.begin(), a.changes.end(), c.id) != a.changes.end();
      if (ImGui::MenuItem(c.title.c_str(), nullptr, serves))
        ctx.commands.push_back(serves ? UnlinkActionFromChange(plan, a.id, c.id) : LinkActionToChange(plan, a.id, c.id));
    }
    ImGui::EndMenu();
  }
  if (ImGui::BeginMenu("Serves these parts of the vision")) {
    for (const VisionPart& v : plan.vision.parts) {
      if (v.meta.deleted) continue;
      bool serves = std::find(a.vision_parts.begin(), a.vision_parts.end(), v.id) != a.vision_parts.end();
      if (ImGui::MenuItem(v.text.c_str(), nullptr, serves))
        ctx.commands.push_back(serves ? UnlinkActionFromVisionPart(plan, a.id, v.id) : LinkActionToVisionPart(plan, a.id, v.id));
    }
    ImGui::EndMenu();
  }
  if (ImGui::MenuItem("Link to another action...", "L")) s.link_from = a.id, s.link_pick = true;
  ImGui::Separator();
  if (ImGui::MenuItem("Duplicate", "Ctrl+D"))
    ctx.commands.push_back(DuplicateActions(plan, ctx.ids, {a.id}, {30, 30}));
  if (ImGui::MenuItem("Delete", "Delete")) {
    Selection one;
    one.actions.push_back(a.id);
    ctx.commands.push_back(DeleteItems(plan, one));
    ctx.selection = {};
  }
}

void LaneMenu(PanelContext& ctx, CanvasState& s, const FrameLayout& f, int lane) {
  if (ImGui::MenuItem("Add an action here", "N"))
    AddActionAt(ctx, s, lane, NextCardSlot(ctx.plan, static_cast<std::size_t>(lane)));
  if (ImGui::MenuItem("Tidy this change's cards")) {
    Command c = TidyLane(ctx.plan, f, lane);
    if (!c.Empty()) ctx.commands.push_back(std::move(c));
  }
}

}  // namespace

void OpenMenuFor(PanelContext& ctx, CanvasState& s, int card, int note, int lane, Point world) {
  g_menu = {card, note, lane, world};
  if (card >= 0) {
    const ActionId& id = ctx.plan.actions[card].id;
    if (std::find(ctx.selection.actions.begin(), ctx.selection.actions.end(), id) == ctx.selection.actions.end())
      ctx.selection = {}, ctx.selection.actions.push_back(id);
    s.focused_action = id;
  }
  ImGui::OpenPopup("Canvas menu");
}

void DrawCanvasMenus(PanelContext& ctx, CanvasState& s, const FrameLayout& f, const Painter&) {
  if (!ImGui::BeginPopup("Canvas menu")) return;
  const Plan& plan = ctx.plan;
  if (g_menu.card >= 0 && g_menu.card < static_cast<int>(plan.actions.size())) {
    CardMenu(ctx, s, f, plan.actions[g_menu.card]);
  } else if (g_menu.note >= 0 && g_menu.note < static_cast<int>(plan.notes.size())) {
    if (ImGui::MenuItem("Delete note", "Delete")) {
      Selection one;
      one.notes.push_back(plan.notes[g_menu.note].id);
      ctx.commands.push_back(DeleteItems(plan, one));
    }
  } else {
    if (g_menu.lane >= 0 && g_menu.lane < static_cast<int>(plan.changes.size())) LaneMenu(ctx, s, f, g_menu.lane);
    if (ImGui::MenuItem("Add a note here", "T")) AddNoteAt(ctx, s, g_menu.world, false);
    if (ImGui::MenuItem("Fit the whole plan", "0")) s.fit_pending = true;
    if (ImGui::MenuItem("Go to the vision", "H")) s.vision_pending = true;
  }
  ImGui::EndPopup();
}

namespace {

void Minimap(const Plan& plan, CanvasState& s, Point min, float scale) {
  if (plan.actions.size() < 40) return;
  const Palette& c = Colours();
  Rect w = s.world_bounds;
  float map_w = 220 * scale, map_h = std::clamp(map_w * w.Height() / std::max(1.0f, w.Width()), 60 * scale, 200 * scale);
  ImVec2 a(min.x + s.size.x - map_w - 16 * scale, min.y + s.size.y - map_h - 16 * scale), b(a.x + map_w, a.y + map_h);
  ImDrawList* list = ImGui::GetWindowDrawList();
  list->AddRectFilled(a, b, c.card, 6);
  list->AddRect(a, b, c.card_border, 6);
  float k = std::min(map_w / w.Width(), map_h / w.Height());
  auto at = [&](float x, float y) { return ImVec2(a.x + (x - w.x0) * k, a.y + (y - w.y0) * k); };
  // Cards less than a map pixel apart are one block: a few rectangles instead of thousands.
  for (const Rect& r : CanvasIndexFor(plan).Columns(1.0f / k)) list->AddRectFilled(at(r.x0, r.y0), at(r.x1, r.y1), c.ink_soft);
  Rect v = s.view.VisibleWorld(s.size, scale);
  list->AddRect(at(v.x0, v.y0), at(v.x1, v.y1), c.focus, 0, 0, 2);
  ImGui::SetCursorScreenPos(a);
  ImGui::InvisibleButton("Minimap: click to go there", ImVec2(map_w, map_h));
  if (ImGui::IsItemActive()) {
    ImVec2 m = ImGui::GetIO().MousePos;
    float kk = s.view.PixelsPerUnit(scale);
    s.view.offset = {w.x0 + (m.x - a.x) / k - s.size.x / kk / 2, w.y0 + (m.y - a.y) / k - s.size.y / kk / 2};
  }
}

}  // namespace

void DrawCanvasToolbar(PanelContext& ctx, CanvasState& s, const FrameLayout&, Point min) {
  float scale = ctx.fonts.Scale();
  const ImGuiStyle& style = ImGui::GetStyle();
  ImGui::SetCursorScreenPos(ImVec2(min.x + style.ItemSpacing.x * 2, min.y + style.ItemSpacing.y * 1.5f));
  ImGui::BeginGroup();
  bool add_action = ImGui::Button(ICON_PLUS "  Add action");
  NoteDrawn("Add action");
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("Add an action to the change that has the focus (N), or double-click a change");
  if (add_action && !ctx.plan.changes.empty()) {
    int lane = std::clamp(s.focused_lane, 0, static_cast<int>(ctx.plan.changes.size()) - 1);
    AddActionAt(ctx, s, lane, NextCardSlot(ctx.plan, static_cast<std::size_t>(lane)));
  }
  ImGui::SameLine();
  bool add_note = ImGui::Button(ICON_NOTE "  Add note");
  NoteDrawn("Add note");
  if (add_note)
    AddNoteAt(ctx, s, s.view.ToWorld({min.x + s.size.x / 2, min.y + s.size.y / 2}, min, scale), true);
  ImGui::SameLine(0, style.ItemSpacing.x * 3);
  if (ImGui::Button(ICON_FIT "  Fit")) s.fit_pending = true;
  NoteDrawn("Fit");
  ImGui::SameLine();
  if (ImGui::Button(ICON_HOME "  Vision")) s.vision_pending = true;
  NoteDrawn("Vision");
  ImGui::SameLine();
  Point centre{min.x + s.size.x / 2, min.y + s.size.y / 2};
  if (ImGui::Button(ICON_ZOOM_OUT "##Zoom out")) s.view.ZoomAround(s.view.zoom / 1.25f, centre, min, scale);
  NoteDrawn("Zoom out");
  ImGui::SameLine();
  ImGui::AlignTextToFramePadding();
  ImGui::Text("%d%%", static_cast<int>(s.view.zoom * 100 + 0.5f));
  ImGui::SameLine();
  if (ImGui::Button(ICON_ZOOM_IN "##Zoom in")) s.view.ZoomAround(s.view.zoom * 1.25f, centre, min, scale);
  NoteDrawn("Zoom in");
  if (s.link_pick) {
    ImGui::SameLine(0, style.ItemSpacing.x * 3);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(ICON_LINK "  Choose the action to link to (click it, or arrows and Enter). Escape stops.");
  }
  ImGui::EndGroup();
  Minimap(ctx.plan, s, min, scale);
}

}  // namespace coplan::ui
