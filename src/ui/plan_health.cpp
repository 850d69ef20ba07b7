// The plan health panel: where the plan is thin (each gap a button that shows the items on the
// canvas), how many actions each change and vision part has by status, and how much power is
// shared (the ladder of participation).
#include "ui/plan_health.h"

#include <algorithm>
#include <functional>

#include "imgui.h"
#include "ui/find.h"
#include "ui/labels.h"
#include "ui/theme.h"

namespace coplan::ui {
namespace {

float Px(float logical) { return logical * ImGui::GetFontSize() / 17.0f; }

ImU32 StatusColour(Status s) { return Colours().status[static_cast<int>(s)]; }

struct CountRow {
  std::string name;
  std::array<int, kStatusCount> counts;
  int total;
};

CountRow RowFor(std::string name, const std::vector<const Action*>& actions) {
  return {std::move(name), CountStatuses(actions), static_cast<int>(actions.size())};
}

// Everything the panel shows, worked out once per change to the plan: a plan of 10,000 actions
// takes milliseconds to count, too long to repeat every frame.
struct Summary {
  std::size_t live = 0;
  std::vector<HealthGap> gaps;
  std::vector<CountRow> by_change, by_part;
  std::array<int, kInvolvementCount> ladder{};
};

Summary Summarise(const Plan& plan) {
  Summary s;
  s.live = LiveActions(plan).size();
  s.gaps = FindGaps(plan);
  for (const Change* c : LiveChanges(plan)) s.by_change.push_back(RowFor(c->title, ActionsForChange(plan, c->id)));
  for (const VisionPart& part : plan.vision.parts)
    if (!part.meta.deleted) s.by_part.push_back(RowFor(part.text, ActionsForVisionPart(plan, part.id)));
  s.ladder = CountByInvolvement(plan);
  return s;
}

// Changes when anything the summary depends on changes: actions, changes, vision parts.
std::uint64_t SummaryKey(const Plan& plan) {
  std::uint64_t key = ActionsSignature(plan);
  auto mix = [&key](std::uint64_t v) { key ^= v + 0x9e3779b97f4a7c15ull + (key << 6) + (key >> 2); };
  std::hash<std::string> hash;
  for (const Change& c : plan.changes) mix(hash(c.id.text) ^ hash(c.title) ^ (c.meta.deleted ? 1 : 2));
  for (const VisionPart& p : plan.vision.parts) mix(hash(p.id.text) ^ hash(p.text) ^ (p.meta.deleted ? 1 : 2));
  return key;
}

const Summary& CachedSummary(const Plan& plan) {
  static Summary summary;
  static std::uint64_t key = 0;
  static bool made = false;
  std::uint64_t now = SummaryKey(plan);
  if (!made || now != key) {
    summary = Summarise(plan);
    key = now;
    made = true;
  }
  return summary;
}

void Heading(PanelContext& context, const char* text) {
  ImGui::Dummy(ImVec2(0, Px(8)));
  ImGui::PushFont(context.fonts.Bold());
  ImGui::TextUnformatted(text);
  ImGui::PopFont();
  ImGui::Separator();
}

void DrawGaps(PanelContext& context, const std::vector<HealthGap>& gaps) {
  Heading(context, ICON_WARNING "  Where the plan is thin");
  if (gaps.empty()) {
    ImGui::TextWrapped(ICON_CHECK "  No gaps found. Every change has actions, and every action has a lead, a "
                       "time, people with lived experience taking part and a way to know it worked.");
    return;
  }
  ImGui::TextWrapped("Choose one to see the actions on the canvas.");
  float row = ImGui::GetFrameHeight();
  for (std::size_t i = 0; i < gaps.size(); ++i) {
    const HealthGap& gap = gaps[i];
    ImGui::PushID(static_cast<int>(i));
    std::string label = ICON_WARNING "  " + gap.text + "   " ICON_ARROW;
    if (ImGui::Selectable(label.c_str(), false, 0, ImVec2(0, row))) context.show_request = gap.items;
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Show on the canvas");
    float half_gap = ImGui::GetStyle().ItemSpacing.y / 2;
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() - half_gap);  // the hint belongs to the line above
    ImGui::Indent(Px(30));
    ImGui::PushStyleColor(ImGuiCol_Text, Colours().ink_soft);
    ImGui::TextWrapped("What to do: %s", gap.hint.c_str());
    ImGui::PopStyleColor();
    ImGui::Unindent(Px(30));
    ImGui::Dummy(ImVec2(0, half_gap));
    ImGui::PopID();
  }
}

// A bar split by status, each part with its icon where it fits; as long as `total / most`.
void StatusBar(const std::array<int, kStatusCount>& counts, int most, float width) {
  int total = 0;
  for (int c : counts) total += c;
  float height = ImGui::GetFrameHeight();
  ImVec2 min = ImGui::GetCursorScreenPos();
  ImGui::Dummy(ImVec2(width, height));
  if (total == 0 || most == 0) return;
  ImDrawList* list = ImGui::GetWindowDrawList();
  float x = min.x, full = width * static_cast<float>(total) / static_cast<float>(most);
  for (std::size_t i = 0; i < kStatusCount; ++i) {
    if (counts[i] == 0) continue;
    float w = full * static_cast<float>(counts[i]) / static_cast<float>(total);
    ImVec2 a(x, min.y + 2), b(x + w - 2, min.y + height - 2);
    list->AddRectFilled(a, b, StatusColour(static_cast<Status>(i)), Px(3));
    const char* icon = StatusIcon(static_cast<Status>(i));
    ImVec2 size = ImGui::CalcTextSize(icon);
    if (size.x + Px(6) < w)
      list->AddText(ImVec2(x + (w - size.x) / 2 - 1, min.y + (height - size.y) / 2), Colours().status_ink, icon);
    x += w;
  }
}

void StatusWordsWithIcons(const std::array<int, kStatusCount>& counts) {
  bool any = false;
  for (std::size_t i = 0; i < kStatusCount; ++i) {
    if (counts[i] == 0) continue;
    if (any) ImGui::SameLine(0, Px(16));
    std::array<int, kStatusCount> one{};
    one[i] = counts[i];
    ImGui::Text("%s %s", StatusIcon(static_cast<Status>(i)), StatusWords(one).c_str());
    any = true;
  }
  if (!any) ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(Colours().warning), ICON_WARNING "  No actions yet");
}

void DrawCountTable(const char* id, const char* first_column, const std::vector<CountRow>& rows) {
  int most = 0;
  for (const CountRow& r : rows) most = std::max(most, r.total);
  ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp;
  if (!ImGui::BeginTable(id, 4, flags)) return;
  ImGui::TableSetupColumn(first_column, ImGuiTableColumnFlags_WidthStretch, 1.2f);
  ImGui::TableSetupColumn("Actions", ImGuiTableColumnFlags_WidthFixed, Px(70));
  ImGui::TableSetupColumn("By status", ImGuiTableColumnFlags_WidthFixed, Px(220));
  ImGui::TableSetupColumn("In words", ImGuiTableColumnFlags_WidthStretch, 1.6f);
  ImGui::TableHeadersRow();
  for (const CountRow& r : rows) {
    ImGui::TableNextRow(0, ImGui::GetFrameHeight());
    ImGui::TableNextColumn();
    ImGui::AlignTextToFramePadding();
    ImGui::TextWrapped("%s", r.name.c_str());
    ImGui::TableNextColumn();
    ImGui::AlignTextToFramePadding();
    ImGui::Text("%d", r.total);
    ImGui::TableNextColumn();
    StatusBar(r.counts, most, ImGui::GetContentRegionAvail().x);
    ImGui::TableNextColumn();
    ImGui::AlignTextToFramePadding();
    StatusWordsWithIcons(r.counts);
  }
  ImGui::EndTable();
}

void DrawCounts(PanelContext& context, const Summary& summary) {
  Heading(context, ICON_CANVAS "  Actions for each change");
  DrawCountTable("by change", "Change", summary.by_change);
  Heading(context, ICON_HOME "  Actions for each part of the vision");
  if (summary.by_part.empty()) ImGui::TextWrapped("The vision has no parts to link actions to.");
  else DrawCountTable("by vision part", "Part of the vision", summary.by_part);
}

void DrawLadder(PanelContext& context, const std::array<int, kInvolvementCount>& counts) {
  Heading(context, ICON_PEOPLE "  How much power is shared");
  int total = 0, most = 0;
  for (int c : counts) total += c, most = std::max(most, c);
  const Involvement ladder[] = {Involvement::Inform, Involvement::Consult, Involvement::Involve,
                                Involvement::CoDesign, Involvement::CoProduce, Involvement::NotSet};
  ImGui::TextWrapped("How people who draw on care take part, from least to most shared power: "
                     "inform " ICON_ARROW " consult " ICON_ARROW " involve " ICON_ARROW " co-design " ICON_ARROW
                     " co-produce.");
  if (ImGui::BeginTable("ladder", 3, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH)) {
    ImGui::TableSetupColumn("Level", ImGuiTableColumnFlags_WidthFixed, Px(160));
    ImGui::TableSetupColumn("Actions", ImGuiTableColumnFlags_WidthFixed, Px(70));
    ImGui::TableSetupColumn("Share", ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableHeadersRow();
    for (Involvement level : ladder) {
      int n = counts[static_cast<std::size_t>(level)];
      ImGui::TableNextRow(0, ImGui::GetFrameHeight());
      ImGui::TableNextColumn();
      ImGui::AlignTextToFramePadding();
      ImGui::TextUnformatted(InvolvementLabel(level));
      ImGui::TableNextColumn();
      ImGui::AlignTextToFramePadding();
      ImGui::Text("%d", n);
      ImGui::TableNextColumn();
      float width = std::min(ImGui::GetContentRegionAvail().x, Px(420));
      ImGui::PushStyleColor(ImGuiCol_PlotHistogram, Colours().accent);
      ImGui::ProgressBar(most > 0 ? static_cast<float>(n) / static_cast<float>(most) : 0.0f,
                         ImVec2(width, ImGui::GetFrameHeight()), "");
      ImGui::PopStyleColor();
    }
    ImGui::EndTable();
  }
  int shared = counts[static_cast<std::size_t>(Involvement::CoDesign)] +
               counts[static_cast<std::size_t>(Involvement::CoProduce)];
  if (total > 0)
    ImGui::TextWrapped("%d of %s are co-designed or co-produced with people who draw on care.", shared,
                       CountNoun(static_cast<std::size_t>(total), "action", "actions").c_str());
}

}  // namespace

void DrawPlanHealth(PanelContext& context) {
  ImGui::BeginChild("Plan health", ImVec2(0, 0), ImGuiChildFlags_AlwaysUseWindowPadding);
  ImGui::PushTextWrapPos(std::min(ImGui::GetContentRegionAvail().x, Px(1100)));
  ImGui::PushFont(context.fonts.Large(ICON_HEALTH "  Plan health"));
  ImGui::TextUnformatted(ICON_HEALTH "  Plan health");
  ImGui::PopFont();
  const Summary& summary = CachedSummary(context.plan);
  ImGui::TextWrapped("%s in this plan. Here is where it is strong, and where it needs more work.",
                     CountNoun(summary.live, "action", "actions").c_str());
  DrawGaps(context, summary.gaps);
  DrawCounts(context, summary);
  DrawLadder(context, summary.ladder);
  ImGui::PopTextWrapPos();
  ImGui::EndChild();
}

}  // namespace coplan::ui
