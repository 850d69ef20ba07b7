// Every control a keyboard or pointer can reach is at least 24 x 24 px (WCAG 2.5.8), at 100 % and
// at 300 % text: found by pressing Tab through the whole app (top bar, canvas toolbar, inspector,
// the View menu) and measuring each control the focus lands on; and the cards at 100 % zoom.
#include <gtest/gtest.h>

#include <set>
#include <string>

#include "app/app.h"
#include "imgui.h"
#include "imgui_internal.h"
#include "io/plan_file.h"
#include "ui/fonts.h"
#include "model/queries.h"
#include "support/headless_app.h"

namespace {

class TargetSize : public ::testing::TestWithParam<float> {
 protected:
  void SetUp() override {
    app = &coplan::test::SharedApp();
    ImGui::GetIO().DisplaySize = ImVec2(1600 * Scale(), 1000 * Scale());
    std::string text = R"({"format": "coplan", "version": 2, "title": "Targets", "changes": [
      {"id": "c1", "title": "Communities where everyone belongs"}],
      "actions": [{"id": "a1", "title": "Drop-in café", "changes": ["c1"], "lead": "Priya", "position": {"x": 20, "y": 350}}]})";
    ASSERT_TRUE(app->OpenText(text, "targets.coplan.json"));
    Frames(3);
  }
  float Scale() const { return GetParam(); }
  void Frames(int n) { coplan::test::RunFrames(*app, n, Scale()); }
  void Tab() {
    ImGuiIO& io = ImGui::GetIO();
    io.AddKeyEvent(ImGuiKey_Tab, true);
    Frames(1);
    io.AddKeyEvent(ImGuiKey_Tab, false);
    Frames(2);
  }
  // Tabs round the window that has the focus once, and returns the controls too small to hit.
  std::vector<std::string> SmallControls(int* visited) {
    ImGuiContext& g = *GImGui;
    std::vector<std::string> small;
    std::set<ImGuiID> seen;
    float least = 24 * Scale() - 0.5f;
    for (int i = 0; i < 400; ++i) {
      Tab();
      if (!g.NavWindow || g.NavId == 0) continue;
      if (!seen.insert(g.NavId).second) break;  // round once
      ImRect r = g.NavWindow->NavRectRel[g.NavLayer];
      if (r.GetWidth() < least || r.GetHeight() < least)
        small.push_back(std::string(g.NavWindow->Name) + " at " + std::to_string(static_cast<int>(r.Min.x)) + "," +
                        std::to_string(static_cast<int>(r.Min.y)) + ": " + std::to_string(r.GetWidth()) + " x " +
                        std::to_string(r.GetHeight()));
    }
    *visited = static_cast<int>(seen.size());
    return small;
  }
  coplan::App* app = nullptr;
};

TEST_P(TargetSize, EveryControlInTheWindowAndInspector) {
  coplan::Selection one;
  one.actions.push_back(coplan::ActionId{"a1"});
  app->canvas().show_pending = one;  // the inspector opens beside the canvas
  Frames(3);
  int visited = 0;
  EXPECT_EQ(SmallControls(&visited), std::vector<std::string>{});
  EXPECT_GT(visited, 20) << "Tab reached too few controls to be a fair test";
}

TEST_P(TargetSize, EveryControlInTheViewMenu) {
  coplan::ui::ViewSettings settings = app->settings();
  // Opens the View menu from its button, with the keyboard: the focus on it, then Space.
  ImGuiContext& g = *GImGui;
  ImGuiWindow* window = ImGui::FindWindowByName("Coplan");
  ASSERT_NE(window, nullptr);
  ImGuiID view = window->GetID(ICON_EYE "  View");
  ImGui::SetFocusID(view, window);
  g.NavDisableHighlight = false;
  ImGuiIO& io = ImGui::GetIO();
  io.AddKeyEvent(ImGuiKey_Space, true);
  Frames(1);
  io.AddKeyEvent(ImGuiKey_Space, false);
  Frames(2);
  bool opened = ImGui::IsPopupOpen(window->GetID("View menu"), ImGuiPopupFlags_None) && g.NavWindow &&
                (g.NavWindow->Flags & ImGuiWindowFlags_Popup);
  ASSERT_TRUE(opened) << (g.NavWindow ? g.NavWindow->Name : "no window");
  int visited = 0;
  EXPECT_EQ(SmallControls(&visited), std::vector<std::string>{});
  EXPECT_GE(visited, 16) << "text sizes, colours, typefaces, line spacing, less motion, shortcuts";
  app->SetSettings(settings);  // Tab may have chosen one: the next test starts as this one did
  Frames(2);
}

TEST_P(TargetSize, CardsAtFullSize) {
  app->canvas().view.zoom = 1.0f;
  Frames(2);
  std::string geometry = app->CanvasGeometry();
  std::size_t at = geometry.find("\"a1\":[");
  ASSERT_NE(at, std::string::npos) << geometry;
  float x, y, w, h;
  ASSERT_EQ(std::sscanf(geometry.c_str() + at + 6, "%f,%f,%f,%f", &x, &y, &w, &h), 4);
  EXPECT_GE(w, 24 * Scale());
  EXPECT_GE(h, 24 * Scale());
}

INSTANTIATE_TEST_SUITE_P(TextSizes, TargetSize, ::testing::Values(1.0f, 3.0f),
                         [](const auto& info) { return info.param == 1.0f ? std::string("At100") : std::string("At300"); });

}  // namespace
