// Painting the canvas's items: the vision, lanes, cards, notes and connectors.
#include <algorithm>
#include <cmath>

#include "ui/canvas_parts.h"
#include "ui/labels.h"
#include "ui/theme.h"

namespace coplan::ui {

using namespace layout;

namespace {
// `top` laid over the opaque `bottom`, as one opaque colour.
ImU32 Over(ImU32 top, ImU32 bottom) {
  ImVec4 t = ImGui::ColorConvertU32ToFloat4(top), b = ImGui::ColorConvertU32ToFloat4(bottom);
  auto mix = [&](float x, float y) { return y * (1 - t.w) + x * t.w; };
  return ImGui::ColorConvertFloat4ToU32(ImVec4(mix(t.x, b.x), mix(t.y, b.y), mix(t.z, b.z), 1.0f));
}

// A plan has a handful of changes: comparing ids beats hashing them.
int IndexOf(const std::vector<const std::string*>& ids, const std::string& id) {
  for (std::size_t i = 0; i < ids.size(); ++i)
    if (*ids[i] == id) return static_cast<int>(i);
  return -1;
}
}  // namespace

int FrameLayout::LaneOf(const Action& a) const {
  return a.changes.empty() ? -1 : IndexOf(change_ids, a.changes.front().text);
}

FrameLayout FrameLayout::Of(const Plan& plan) {
  FrameLayout f;
  for (const Change& c : plan.changes) f.change_ids.push_back(&c.id.text);
  f.lane_bottom.assign(plan.changes.size(), 0.0f);
  f.lane_count.assign(plan.changes.size(), 0);
  f.lane_elsewhere.assign(plan.changes.size(), {});
  f.action_lane.assign(plan.actions.size(), -1);
  for (std::size_t i = 0; i < plan.actions.size(); ++i) {
    const Action& a = plan.actions[i];
    if (a.meta.deleted) continue;
    int lane = f.action_lane[i] = f.LaneOf(a);
    if (lane >= 0) f.lane_bottom[lane] = std::max(f.lane_bottom[lane], a.position.y + kCardHeight);
    for (std::size_t k = 0; k < a.changes.size(); ++k) {
      int other = k == 0 ? lane : IndexOf(f.change_ids, a.changes[k].text);
      if (other < 0) continue;
      ++f.lane_count[other];
      if (other != lane) f.lane_elsewhere[other].push_back(static_cast<int>(i));
    }
  }
  return f;
}

void PaintVision(const Plan& plan, const Painter& p, const Selection& selection) {
  const Palette& c = Colours();
  Rect r = VisionRect(plan.changes.size());
  p.FillRect(r, c.vision, 14);
  float pad = 28;
  p.Text(Weight::Bold, 18, {r.x0 + pad, r.y0 + 16}, c.vision_ink, ICON_HOME "  Our vision");
  Rect text_clip{r.x0, r.y0, r.x1 - pad, r.y0 + 128};
  p.Text(Weight::Regular, 26, {r.x0 + pad, r.y0 + 48}, c.vision_ink, plan.vision.statement, r.Width() - 2 * pad,
         &text_clip);
  float x = r.x0 + pad, y = r.y1 - 52;
  for (const VisionPart& part : plan.vision.parts) {
    if (part.meta.deleted) continue;
    float w = p.TextWidth(Weight::Regular, 16, part.text) + 28;
    p.FillRect({x, y, x + w, y + 34}, IM_COL32(255, 255, 255, 40), 17);
    if (std::find(selection.vision_parts.begin(), selection.vision_parts.end(), part.id) != selection.vision_parts.end())
      p.StrokeRect({x - 4, y - 4, x + w + 4, y + 38}, c.vision_ink, 21, std::max(2.0f, p.Px(3)));
    p.Text(Weight::Regular, 16, {x + 14, y + 6}, c.vision_ink, part.text);
    x += w + 12;
  }
}

void PaintLane(const Plan& plan, const FrameLayout& f, std::size_t index, bool focused, bool drop_target,
               const Painter& p) {
  const Palette& c = Colours();
  const Change& change = plan.changes[index];
  Rect lane = LaneRect(index, f.lane_bottom[index]);
  // Opaque, so the grid's dots stay out from behind the lane's words.
  p.FillRect(lane, drop_target ? c.selection : Over(c.lane, c.paper), 12);
  p.StrokeRect(lane, focused ? c.focus : c.lane_border, 12, focused ? 3.0f : 1.5f);
  ImU32 tint = c.change_tint[change.is_key_change ? std::min<std::size_t>(index, 4) : 5];
  p.FillRect({lane.x0, lane.y0, lane.x1, lane.y0 + 8}, tint, 4);
  Rect title_clip{lane.x0, lane.y0, lane.x1 - 16, lane.y0 + kLaneHeader - 24};
  std::string number = change.is_key_change ? std::to_string(index + 1) + ". " : "";
  p.Text(Weight::Bold, 20, {lane.x0 + 16, lane.y0 + 18}, c.ink, number + change.title, kLaneWidth - 32, &title_clip);
  int count = f.lane_count[index];
  const std::vector<int>& elsewhere = f.lane_elsewhere[index];
  std::string counted = LaneCountText(count, static_cast<int>(elsewhere.size()));
  if (count == 0) counted = ICON_WARNING " " + counted;
  p.Text(Weight::Regular, 15, {lane.x0 + 16, lane.y0 + kLaneHeader - 26}, count == 0 ? c.warning : c.ink_soft, counted);
  // An empty lane says how to fill it with the mouse (the toolbar's "Add action" and N do it too).
  if (count == 0 && elsewhere.empty()) {
    Rect body{lane.x0, lane.y0 + kLaneHeader, lane.x1 - 16, lane.y1};
    p.Text(Weight::Regular, 15, {lane.x0 + 16, lane.y0 + kLaneHeader + 8}, c.ink_soft,
           "Double-click here to add an action", kLaneWidth - 32, &body);
  }
  // A card is drawn once, in its first change's lane. Where a lane has no cards of its own but
  // other changes' actions serve it, it names them, so it does not look empty.
  if (elsewhere.empty() || count > static_cast<int>(elsewhere.size())) return;
  float x = lane.x0 + 16, y = lane.y0 + kLaneHeader + 8, w = kLaneWidth - 32;
  Rect clip{lane.x0, lane.y0, lane.x1 - 16, lane.y1};
  p.Text(Weight::Bold, 15, {x, y}, c.ink_soft, "No cards here. Also served by:", w, &clip);
  constexpr std::size_t kShown = 6;
  for (std::size_t k = 0; k < elsewhere.size() && k < kShown; ++k) {
    const Action& a = plan.actions[static_cast<std::size_t>(elsewhere[k])];
    y += 26;
    Rect line{lane.x0, y, lane.x1 - 16, y + 24};
    p.Text(Weight::Regular, 15, {x, y}, c.ink_soft, ICON_LINK "  " + (a.title.empty() ? "Untitled action" : a.title), 0,
           &line);
  }
  if (elsewhere.size() > kShown)
    p.Text(Weight::Regular, 15, {x, y + 26}, c.ink_soft, "and " + std::to_string(elsewhere.size() - kShown) + " more", w, &clip);
}

std::string LaneCountText(int count, int elsewhere) {
  if (count == 0) return "No actions yet";
  std::string text = count == 1 ? "1 action" : std::to_string(count) + " actions";
  if (elsewhere == 0) return text;
  if (elsewhere == count) return text + (count == 1 ? ", shown in another change" : ", shown in other changes");
  return text + " (" + std::to_string(elsewhere) + (elsewhere == 1 ? " shown in another change)" : " shown in other changes)");
}

namespace {

// Far out, a card is a flat shape: its lane's colour and a bar where the title would be. Further
// out still it is a block of its lane's colour, joined with its neighbours into columns.
void PaintSimpleCard(const Rect& r, ImU32 tint, const Action& a, const CardLook& look, const Painter& p) {
  const Palette& c = Colours();
  if (p.Px(layout::kCardWidth) < 12) {
    ImU32 colour = look.dimmed ? Over(c.dim, tint) : tint;
    if (look.runs)
      look.runs->Add(p.At(r.x0, r.y0), p.At(r.x1, r.y1), colour);
    else
      p.FillRect(r, colour);
    return;
  }
  ImDrawListFlags flags = p.list->Flags;
  p.list->Flags &= ~ImDrawListFlags_AntiAliasedFill;
  p.FillRect(r, c.card);
  p.FillRect({r.x0, r.y0, r.x0 + 12, r.y1}, tint);
  float bar = std::min(250.0f, 11.0f * static_cast<float>(a.title.size()));
  p.FillRect({r.x0 + 28, r.y0 + 24, r.x0 + 28 + bar, r.y0 + 48}, c.card_border);
  p.list->Flags = flags;
}

}  // namespace

void PaintCard(const Plan& plan, const FrameLayout&, const Action& a, const CardLook& look, const Painter& p) {
  const Palette& c = Colours();
  Rect r = CardRect(a);
  r = {r.x0 + look.offset.x, r.y0 + look.offset.y, r.x1 + look.offset.x, r.y1 + look.offset.y};
  int lane = look.lane;
  ImU32 tint = lane >= 0 ? c.change_tint[plan.changes[lane].is_key_change ? std::min(lane, 4) : 5] : c.ink_soft;
  bool veiled = look.dimmed;
  if (look.simple) {
    PaintSimpleCard(r, tint, a, look, p);
    veiled = veiled && p.Px(kCardWidth) >= 12;  // a block's own colour shows the dimming
  } else {
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
    p.Text(Weight::Regular, 14, {x, r.y0 + 94}, c.ink, status, 0, &row_clip);
    p.Text(Weight::Regular, 14, {x + 120, r.y0 + 94}, c.ink_soft, std::string(ICON_CLOCK " ") + WhenLabel(a.when), 0,
           &row_clip);
    if (a.changes.size() > 1)
      p.Text(Weight::Regular, 14, {x + 215, r.y0 + 94}, c.ink_soft, "+" + std::to_string(a.changes.size() - 1) + " more", 0,
             &row_clip);
  }
  if (veiled) p.FillRect({r.x0 - 1, r.y0 - 1, r.x1 + 1, r.y1 + 1}, c.dim, 10);
  if (look.matched) p.StrokeRect({r.x0 - 3, r.y0 - 3, r.x1 + 3, r.y1 + 3}, c.match, 12, std::max(2.0f, p.Px(3)));
  if (look.selected) p.StrokeRect(r, c.focus, 10, std::max(2.0f, p.Px(3)));
  if (look.focused) p.StrokeRect({r.x0 - 6, r.y0 - 6, r.x1 + 6, r.y1 + 6}, c.focus, 14, 2.0f);
}

void PaintNote(const Note& n, const CardLook& look, const Painter& p) {
  const Palette& c = Colours();
  Rect r = NoteRect(n);
  r = {r.x0 + look.offset.x, r.y0 + look.offset.y, r.x1 + look.offset.x, r.y1 + look.offset.y};
  p.FillRect({r.x0 + 2, r.y0 + 4, r.x1 + 2, r.y1 + 5}, c.card_shadow, 4);
  p.FillRect(r, c.note, 4);
  p.StrokeRect(r, c.note_border, 4, 1);
  if (!look.simple) {
    std::string kind = std::string(NoteKindIcon(n.kind)) + "  " + NoteKindLabel(n.kind);
    p.Text(Weight::Regular, 13, {r.x0 + 14, r.y0 + 10}, c.ink_soft, kind);
    Rect clip{r.x0, r.y0, r.x1 - 8, r.y1 - 8};
    p.Text(Weight::Regular, 16, {r.x0 + 14, r.y0 + 34}, c.ink, n.text.empty() ? "Empty note" : n.text, kNoteWidth - 28, &clip);
  }
  if (look.dimmed) p.FillRect(r, c.dim, 4);
  if (look.matched) p.StrokeRect({r.x0 - 3, r.y0 - 3, r.x1 + 3, r.y1 + 3}, c.match, 6, std::max(2.0f, p.Px(3)));
  if (look.focused) p.StrokeRect({r.x0 - 6, r.y0 - 6, r.x1 + 6, r.y1 + 6}, c.focus, 8, 2.0f);
  if (look.selected) p.StrokeRect(r, c.focus, 4, std::max(2.0f, p.Px(3)));
}

namespace {
bool Contains(const std::vector<ActionId>& ids, const ActionId& id) {
  return std::find(ids.begin(), ids.end(), id) != ids.end();
}
}  // namespace

bool LinksShown(const Painter& p) { return p.Px(kCardWidth) >= 12; }

void PaintLinks(const Plan& plan, const std::vector<std::pair<int, int>>& ends, const Painter& p, const Rect& visible,
                const Selection& selection, Point drag_offset) {
  if (!LinksShown(p)) return;
  const Palette& c = Colours();
  float thickness = std::max(1.0f, p.Px(2));
  bool dragging = drag_offset.x != 0 || drag_offset.y != 0;
  for (std::size_t i = 0; i < plan.links.size(); ++i) {
    const Link& link = plan.links[i];
    if (link.meta.deleted || i >= ends.size() || ends[i].first < 0 || ends[i].second < 0) continue;
    const Action& fa = plan.actions[ends[i].first];
    const Action& ta = plan.actions[ends[i].second];
    if (fa.meta.deleted || ta.meta.deleted) continue;
    Rect a = CardRect(fa), b = CardRect(ta);
    auto shift = [&](Rect& r, const Action& x) {
      if (!dragging || !Contains(selection.actions, x.id)) return;
      r = {r.x0 + drag_offset.x, r.y0 + drag_offset.y, r.x1 + drag_offset.x, r.y1 + drag_offset.y};
    };
    shift(a, fa);
    shift(b, ta);
    Rect span{std::min(a.x0, b.x0), std::min(a.y0, b.y0), std::max(a.x1, b.x1), std::max(a.y1, b.y1)};
    if (!span.Overlaps(visible)) continue;
    Point start{a.x1, (a.y0 + a.y1) / 2}, end{b.x0, (b.y0 + b.y1) / 2};
    if (b.x0 < a.x1) start = {a.x0, start.y}, end = {b.x1, end.y};
    float bend = std::max(40.0f, std::abs(end.x - start.x) * 0.4f) * (end.x >= start.x ? 1.0f : -1.0f);
    ImVec2 s = p.At(start), e = p.At(end);
    if (p.Px(kCardWidth) < 60) {  // far out: straight, thin, cheap
      p.list->AddLine(p.At(start), p.At(end), c.link, 1.0f);
      continue;
    }
    int segments = p.Px(100) < 30 ? 4 : 16;
    p.list->AddBezierCubic(s, p.At(Point{start.x + bend, start.y}), p.At(Point{end.x - bend, end.y}), e, c.link,
                           thickness, segments);
    if (link.kind == LinkKind::DependsOn)
      p.list->AddCircle(e, thickness * 3.0f, c.link, 10, thickness);
    else
      p.list->AddCircleFilled(e, thickness * 2.5f, c.link, 8);
  }
}

}  // namespace coplan::ui
