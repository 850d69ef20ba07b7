// WCAG 2.2 AA in every theme, computed from the theme's own colours: text 4.5:1 on everything it
// is drawn on; edges, focus rings, lane colours and status bars 3:1 against what they sit on.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <string>

#include "imgui.h"
#include "ui/theme.h"

namespace coplan::ui {
namespace {

std::string ThemeTestName(const ::testing::TestParamInfo<ThemeKind>& info) {
  return info.param == ThemeKind::Light ? "Light" : info.param == ThemeKind::Dark ? "Dark" : "HighContrast";
}

double Luminance(ImVec4 c) {
  auto f = [](float v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
  return 0.2126 * f(c.x) + 0.7152 * f(c.y) + 0.0722 * f(c.z);
}
// A colour with some transparency is judged as it shows, laid over `below`.
ImVec4 Over(ImVec4 top, ImVec4 below) {
  auto mix = [&](float t, float b) { return b * (1 - top.w) + t * top.w; };
  return ImVec4(mix(top.x, below.x), mix(top.y, below.y), mix(top.z, below.z), 1);
}
double Contrast(ImVec4 a, ImVec4 b) {
  double la = Luminance(a), lb = Luminance(b);
  return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}
ImVec4 F(ImU32 c) { return ImGui::ColorConvertU32ToFloat4(c); }

const char* Name(ThemeKind k) {
  return k == ThemeKind::Light ? "light" : k == ThemeKind::Dark ? "dark" : "high contrast";
}

class Contrasts : public ::testing::TestWithParam<ThemeKind> {
 protected:
  void SetUp() override {
    ImGui::CreateContext();
    ApplyTheme(GetParam(), 1.0f);
    p = Colours();
    paper = F(p.paper);
    lane = Over(F(p.lane), paper);
  }
  void TearDown() override { ImGui::DestroyContext(); }
  void Expect(ImVec4 fore, ImVec4 back, double least, const std::string& what) {
    EXPECT_GE(Contrast(Over(fore, back), back), least) << what << " in the " << Name(GetParam()) << " theme";
  }
  Palette p;
  ImVec4 paper, lane;
};

TEST_P(Contrasts, PanelTextIsReadableOnEveryBackground) {
  const ImVec4* c = ImGui::GetStyle().Colors;
  for (ImGuiCol back : {ImGuiCol_WindowBg, ImGuiCol_ChildBg, ImGuiCol_PopupBg, ImGuiCol_FrameBg, ImGuiCol_FrameBgHovered,
                        ImGuiCol_FrameBgActive, ImGuiCol_Button, ImGuiCol_ButtonHovered, ImGuiCol_ButtonActive,
                        ImGuiCol_Header, ImGuiCol_HeaderHovered, ImGuiCol_HeaderActive, ImGuiCol_Tab, ImGuiCol_TabActive,
                        ImGuiCol_TableHeaderBg, ImGuiCol_TableRowBgAlt, ImGuiCol_TextSelectedBg, ImGuiCol_MenuBarBg})
    Expect(c[ImGuiCol_Text], c[back], 4.5, "text on colour " + std::to_string(back));
  for (ImGuiCol back : {ImGuiCol_WindowBg, ImGuiCol_PopupBg, ImGuiCol_FrameBg, ImGuiCol_Button})
    Expect(c[ImGuiCol_TextDisabled], c[back], 4.5, "quiet text on colour " + std::to_string(back));
  for (ImU32 notice : p.notice) {
    Expect(c[ImGuiCol_Text], F(notice), 4.5, "text on a notice");
    Expect(c[ImGuiCol_Border], F(notice), 3.0, "a notice's edge and its Dismiss button's edge");
  }
}

TEST_P(Contrasts, EdgesAndFocusStandOut) {
  const ImVec4* c = ImGui::GetStyle().Colors;
  for (ImGuiCol back : {ImGuiCol_WindowBg, ImGuiCol_PopupBg, ImGuiCol_FrameBg, ImGuiCol_Button}) {
    Expect(c[ImGuiCol_Border], c[back], 3.0, "control edge on colour " + std::to_string(back));
    Expect(c[ImGuiCol_NavHighlight], c[back], 3.0, "keyboard focus on colour " + std::to_string(back));
  }
  Expect(c[ImGuiCol_CheckMark], c[ImGuiCol_FrameBg], 3.0, "tick in a box");
  for (auto [back, name] : {std::pair{paper, "paper"}, std::pair{F(p.card), "a card"}, std::pair{lane, "a lane"}}) {
    Expect(F(p.focus), back, 3.0, std::string("focus ring on ") + name);
    Expect(F(p.match), back, 3.0, std::string("find's outline on ") + name);
  }
  Expect(F(p.card_border), paper, 3.0, "card edge on paper");
  Expect(F(p.card_border), F(p.card), 3.0, "card edge on the card");
  Expect(F(p.lane_border), paper, 3.0, "lane edge on paper");
  Expect(F(p.note_border), paper, 3.0, "note edge on paper");
  Expect(F(p.link), paper, 3.0, "link between cards on paper");
  Expect(F(p.link), lane, 3.0, "link between cards on a lane");
}

TEST_P(Contrasts, CanvasTextIsReadable) {
  for (auto [back, name] : {std::pair{paper, "paper"}, std::pair{F(p.card), "a card"}, std::pair{lane, "a lane"}}) {
    Expect(F(p.ink), back, 4.5, std::string("text on ") + name);
    Expect(F(p.ink_soft), back, 4.5, std::string("quiet text on ") + name);
    Expect(F(p.warning), back, 4.5, std::string("warning on ") + name);
  }
  Expect(F(p.ink), F(p.note), 4.5, "text on a note");
  Expect(F(p.ink_soft), F(p.note), 4.5, "quiet text on a note");
  Expect(F(p.vision_ink), F(p.vision), 4.5, "the vision's words");
  Expect(F(p.accent_ink), F(p.accent), 4.5, "words on the accent colour");
}

TEST_P(Contrasts, LaneColoursAndStatusBarsStandOut) {
  for (ImU32 tint : p.change_tint) {
    Expect(F(tint), F(p.card), 3.0, "a lane's colour on a card");
    Expect(F(tint), lane, 3.0, "a lane's colour on the lane");
  }
  const ImVec4 window = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
  for (ImU32 status : p.status) {
    Expect(F(status), window, 3.0, "a status bar on the window");
    Expect(F(p.status_ink), F(status), 3.0, "the icon on a status bar");
  }
}

INSTANTIATE_TEST_SUITE_P(EveryTheme, Contrasts, ::testing::ValuesIn(kThemes), ThemeTestName);

}  // namespace
}  // namespace coplan::ui
