// The whole app, headless: real ImGui frames with simulated mouse and keys, no window or GPU.
// Drives the canvas the way a person would and checks the plan that results.
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>

#include "app/app.h"
#include "imgui.h"
#include "model/queries.h"
#include "model/template.h"

namespace {

// One ImGui context and one app for the whole run, as in the real program (the app keeps plans
// in a folder store that answers later, so it is never torn down mid-run). Its folders are a
// fresh temporary directory, never the person's own.
coplan::App* SharedApp() {
  static coplan::App* app = [] {
    std::string dir = "/tmp/coplan-canvas-tests-" + std::to_string(::getpid());
    std::filesystem::create_directories(dir);
    ::setenv("XDG_CONFIG_HOME", (dir + "/config").c_str(), 1);
    ::setenv("XDG_STATE_HOME", (dir + "/state").c_str(), 1);
    ::setenv("XDG_DATA_HOME", (dir + "/data").c_str(), 1);
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(1280, 800);
    io.IniFilename = nullptr;
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    return new coplan::App();
  }();
  return app;
}

class Headless : public ::testing::Test {
 protected:
  void SetUp() override {
    app = SharedApp();
    coplan::IdMaker ids;
    app->ReplacePlan(coplan::NewPlan("Test plan", ids, app->copy(), coplan::NowUtc()));
    Frames(3);
  }
  void Frames(int n) {
    for (int i = 0; i < n; ++i) {
      ImGuiIO& io = ImGui::GetIO();
      io.DeltaTime = 1.0f / 60;
      app->PrepareFrame(1.0f);
      unsigned char* pixels;
      int w, h;
      io.Fonts->GetTexDataAsAlpha8(&pixels, &w, &h);
      ImGui::NewFrame();
      app->Frame();
      ImGui::Render();
    }
  }
  void Click(float x, float y, int times = 1) {
    ImGuiIO& io = ImGui::GetIO();
    io.AddMousePosEvent(x, y);
    Frames(1);
    for (int i = 0; i < times; ++i) {
      io.AddMouseButtonEvent(0, true);
      Frames(1);
      io.AddMouseButtonEvent(0, false);
      Frames(1);
    }
  }
  void Key(ImGuiKey key, bool ctrl = false) {
    ImGuiIO& io = ImGui::GetIO();
    if (ctrl) io.AddKeyEvent(ImGuiMod_Ctrl, true);
    io.AddKeyEvent(key, true);
    Frames(1);
    io.AddKeyEvent(key, false);
    if (ctrl) io.AddKeyEvent(ImGuiMod_Ctrl, false);
    Frames(1);
  }
  // Clicks lane `lane` and presses N: a new card there, its title being typed.
  void AddCardWithN(int lane);
  // Types `text` into what has the keyboard.
  void Type(const char* text) {
    ImGui::GetIO().AddInputCharactersUTF8(text);
    Frames(1);
  }
  std::vector<const coplan::Action*> Live() { return coplan::LiveActions(app->plan()); }

  coplan::App* app = nullptr;
};

// Lane `i`'s centre on screen, from the canvas's own geometry.
ImVec2 LaneCentre(coplan::App& app, int i) {
  std::string g = app.CanvasGeometry();
  std::size_t at = g.find('[', g.find("\"lanes\"") + 9);
  for (int k = 0; k < i; ++k) at = g.find('[', at + 1);
  float x, y, w, h;
  std::sscanf(g.c_str() + at, "[%f,%f,%f,%f]", &x, &y, &w, &h);
  return {x + w / 2, y + h / 3};
}

void Headless::AddCardWithN(int lane) {
  ImVec2 c = LaneCentre(*app, lane);
  Click(c.x, c.y);
  Key(ImGuiKey_N);
  Frames(2);
}

TEST_F(Headless, DoubleClickInALaneAddsAnActionThere) {
  ImVec2 c = LaneCentre(*app, 1);
  Click(c.x, c.y, 2);
  Frames(2);
  ASSERT_EQ(Live().size(), 1u);
  EXPECT_EQ(Live()[0]->changes.front(), app->plan().changes[1].id);
}

TEST_F(Headless, KeysAddMoveDeleteAndUndo) {
  ImVec2 c = LaneCentre(*app, 0);
  Click(c.x, c.y);
  Key(ImGuiKey_N);
  ImGui::GetIO().AddInputCharactersUTF8("Tea");
  Frames(1);
  Key(ImGuiKey_Enter);
  Frames(2);
  ASSERT_EQ(Live().size(), 1u);
  Key(ImGuiKey_RightBracket);
  Frames(1);
  ASSERT_EQ(Live().size(), 1u);
  EXPECT_EQ(Live()[0]->changes.front(), app->plan().changes[1].id);
  Key(ImGuiKey_Delete);
  EXPECT_EQ(Live().size(), 0u);
  Key(ImGuiKey_Z, true);
  EXPECT_EQ(Live().size(), 1u);
}

}  // namespace

namespace {
TEST_F(Headless, ClickACardThenAltAndANumberLinksItToThatChange) {
  ImVec2 c = LaneCentre(*app, 0);
  Click(c.x, c.y, 2);
  ImGui::GetIO().AddInputCharactersUTF8("Tea");
  Frames(1);
  Key(ImGuiKey_Enter);
  Frames(2);
  ASSERT_EQ(Live().size(), 1u);
  std::string g = app->CanvasGeometry();
  std::size_t at = g.find("\"cards\":{\"") + 10;
  at = g.find('[', at);
  float x, y, w, h;
  std::sscanf(g.c_str() + at, "[%f,%f,%f,%f]", &x, &y, &w, &h);
  Click(x + w / 2, y + h / 2);
  Frames(2);
  EXPECT_NE(app->CanvasGeometry().find("\"keyboard\":true"), std::string::npos);
  ImGuiIO& io = ImGui::GetIO();
  io.AddKeyEvent(ImGuiMod_Alt, true);
  Key(ImGuiKey_3);
  io.AddKeyEvent(ImGuiMod_Alt, false);
  Frames(1);
  ASSERT_EQ(Live()[0]->changes.size(), 2u);
  EXPECT_EQ(Live()[0]->changes[1], app->plan().changes[2].id);
}
}  // namespace

namespace {
// A file whose cards lie outside their changes (hand-made, or from an older version) opens with
// the cards in their lanes, and opening it is not unsaved work or a step to undo.
TEST_F(Headless, OpeningPlacesStrayCardsWithoutMakingUnsavedWork) {
  coplan::IdMaker ids(3);
  coplan::Plan plan = coplan::NewPlan("Stray cards", ids, app->copy(), coplan::NowUtc());
  app->ReplacePlan(plan);
  app->Apply(coplan::AddAction(app->plan(), ids, app->plan().changes[2].id, {-5000, -5000}, "Far away"));
  coplan::Plan stray = app->plan();
  app->ReplacePlan(stray);
  Frames(2);
  ASSERT_EQ(Live().size(), 1u);
  EXPECT_NE(Live()[0]->position.x, -5000) << "the card was placed in its lane";
  EXPECT_TRUE(app->history().IsClean());
  EXPECT_FALSE(app->history().CanUndo());
}
}  // namespace

namespace {
// Escape while typing the title of a new card ends the typing, even with nothing typed yet.
TEST_F(Headless, EscapeEndsTypingANewTitle) {
  ImVec2 c = LaneCentre(*app, 0);
  Click(c.x, c.y);
  Key(ImGuiKey_N);
  Frames(2);
  ASSERT_TRUE(ImGui::GetIO().WantTextInput) << "typing the new card's title";
  Key(ImGuiKey_Escape);
  Frames(2);
  EXPECT_FALSE(ImGui::GetIO().WantTextInput);
  EXPECT_TRUE(app->canvas().editing_title.text.empty());
}
}  // namespace

namespace {
// Escape on a new card whose title is still empty calls the card off: it is gone, and neither
// undo nor redo has a step for it. Whatever was typed is abandoned with it, as Escape does anywhere.
TEST_F(Headless, EscapeOnANewUntitledCardCallsItOff) {
  AddCardWithN(0);
  ASSERT_EQ(Live().size(), 1u);
  Key(ImGuiKey_Escape);
  Frames(2);
  EXPECT_EQ(Live().size(), 0u);
  EXPECT_FALSE(app->history().CanUndo());
  EXPECT_FALSE(app->history().CanRedo());
  EXPECT_TRUE(app->canvas().editing_title.text.empty());
  EXPECT_NE(app->CanvasGeometry().find("\"keyboard\":true"), std::string::npos) << "the canvas has the keys again";

  ImVec2 c = LaneCentre(*app, 1);
  Click(c.x, c.y, 2);  // a double-click adds a card too: typed in, then Escape
  Frames(2);
  Type("Tea");
  Key(ImGuiKey_Escape);
  Frames(2);
  EXPECT_EQ(Live().size(), 0u);
  EXPECT_FALSE(app->history().CanUndo());
}

// A card with a title keeps it: Escape while typing a new title leaves the one it had.
TEST_F(Headless, EscapeOnACardWithATitleKeepsIt) {
  AddCardWithN(0);
  Type("Tea");
  Key(ImGuiKey_Enter);
  Frames(2);
  ASSERT_EQ(Live().size(), 1u);
  Key(ImGuiKey_Enter);  // type a new title for the focused card
  Frames(2);
  ASSERT_TRUE(ImGui::GetIO().WantTextInput);
  Type(" and cake");
  Key(ImGuiKey_Escape);
  Frames(2);
  ASSERT_EQ(Live().size(), 1u);
  EXPECT_EQ(Live()[0]->title, "Tea");
  EXPECT_EQ(app->history().UndoName(), "Rename action");
}
}  // namespace
