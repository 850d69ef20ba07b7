// The style: every control 24 px or more, and controls' edges visible (WCAG 2.5.8, 1.4.11).
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
double Contrast(ImVec4 a, ImVec4 b) {
  double la = Luminance(a), lb = Luminance(b);
  return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

class Theme : public ::testing::TestWithParam<ThemeKind> {
 protected:
  void SetUp() override { ImGui::CreateContext(); }
  void TearDown() override { ImGui::DestroyContext(); }
};

TEST_P(Theme, ControlsHaveAnEdgeThatStandsOut) {
  ApplyTheme(GetParam(), 1.0f);
  const ImGuiStyle& s = ImGui::GetStyle();
  EXPECT_GE(s.FrameBorderSize, 1.0f) << "unticked boxes, radios and text fields are drawn with an edge";
  for (ImGuiCol behind : {ImGuiCol_WindowBg, ImGuiCol_ChildBg, ImGuiCol_PopupBg, ImGuiCol_FrameBg, ImGuiCol_Button})
    EXPECT_GE(Contrast(s.Colors[ImGuiCol_Border], s.Colors[behind]), 3.0) << "edge on colour " << behind;
}

TEST_P(Theme, ScrollbarsAreBigEnoughToHit) {
  for (float scale : {1.0f, 2.0f}) {
    ApplyTheme(GetParam(), scale);
    EXPECT_GE(ImGui::GetStyle().ScrollbarSize, 24 * scale);
    EXPECT_GE(ImGui::GetStyle().GrabMinSize, 24 * scale);
  }
}

INSTANTIATE_TEST_SUITE_P(EveryTheme, Theme, ::testing::ValuesIn(kThemes), ThemeTestName);

}  // namespace
}  // namespace coplan::ui
