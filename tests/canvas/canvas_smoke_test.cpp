// The whole app, headless: real ImGui frames with simulated mouse and keys, no window or GPU.
// Drives the canvas the way a person would and checks the plan that results.
#include <gtest/gtest.h>
#include <unistd.h>

#include <fstream>
#include <sstream>

#include "app/keeper.h"
#include "imgui.h"
#include "model/queries.h"
#include "model/sync.h"
#include "model/template.h"
#include "support/headless_app.h"

namespace {

class Headless : public coplan::test::HeadlessApp {
 protected:
  void SetUp() override {
    coplan::IdMaker ids;
    app->ReplacePlan(coplan::NewPlan("Test plan", ids, app->copy(), coplan::NowUtc()));
    Frames(3);
  }
  // Clicks lane `lane` and presses N: a new card there, its title being typed.
  void AddCardWithN(int lane);
  std::vector<const coplan::Action*> Live() { return coplan::LiveActions(app->plan()); }
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
  AddCardWithN(0);
  ASSERT_TRUE(ImGui::GetIO().WantTextInput) << "typing the new card's title";
  Type("Tea");
  Key(ImGuiKey_Enter);
  Frames(2);
  ASSERT_EQ(Live().size(), 1u);
  EXPECT_EQ(Live()[0]->title, "Tea");
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
  Frames(2);
  ASSERT_TRUE(ImGui::GetIO().WantTextInput) << "typing the new card's title";
  Type("Tea");
  Key(ImGuiKey_Enter);
  Frames(2);
  ASSERT_EQ(Live().size(), 1u);
  EXPECT_EQ(Live()[0]->title, "Tea");
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
// A card whose file puts it outside its change stays there; a card with no position gets one in
// its lane. Neither makes unsaved work or a step to undo, but the new position is this copy's edit.
TEST_F(Headless, OpeningPlacesOnlyCardsWithNoPosition) {
  coplan::IdMaker ids(3);
  coplan::Plan plan = coplan::NewPlan("Stray cards", ids, app->copy(), coplan::NowUtc());
  app->ReplacePlan(plan);
  app->Apply(coplan::AddAction(app->plan(), ids, app->plan().changes[2].id, {-5000, -5000}, "Far away"));
  app->Apply(coplan::AddAction(app->plan(), ids, app->plan().changes[2].id, {0, 0}, "No position"));
  coplan::Plan stray = app->plan();
  stray.actions[1].position = coplan::kNoPosition;
  std::uint64_t revision = stray.actions[1].meta.revision;
  app->ReplacePlan(stray);
  Frames(2);
  ASSERT_EQ(Live().size(), 2u);
  EXPECT_EQ(Live()[0]->position, (coplan::Point{-5000, -5000})) << "a card outside its lane stays where it is";
  EXPECT_TRUE(coplan::HasPosition(*Live()[1]));
  EXPECT_GT(Live()[1]->position.y, 0) << "placed in its lane";
  EXPECT_GT(Live()[1]->meta.revision, revision) << "placing it is an edit";
  EXPECT_EQ(coplan::DotOf(Live()[1]->meta, "position").copy, app->copy());
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
// Escape on a new card with nothing typed calls the card off: it is gone, and neither undo nor
// redo has a step for it.
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

  AddCardWithN(1);  // typed in, then rubbed out again: nothing typed after all
  Type("Tea");
  Keys(ImGuiKey_Backspace, 3);
  Key(ImGuiKey_Escape);
  Frames(2);
  EXPECT_EQ(Live().size(), 0u);
  EXPECT_FALSE(app->history().CanUndo());
}

// Escape on a new card keeps what was typed as its title, as Enter does: a slip loses nothing.
// The card stays, with the step that added it to undo.
TEST_F(Headless, EscapeOnANewCardKeepsWhatWasTyped) {
  AddCardWithN(0);
  ASSERT_TRUE(ImGui::GetIO().WantTextInput) << "typing the new card's title";
  Type("Tea");
  Key(ImGuiKey_Escape);
  Frames(2);
  ASSERT_EQ(Live().size(), 1u);
  EXPECT_EQ(Live()[0]->title, "Tea");
  EXPECT_EQ(Live()[0]->changes.front(), app->plan().changes[0].id);
  EXPECT_FALSE(ImGui::GetIO().WantTextInput);
  EXPECT_TRUE(app->canvas().editing_title.text.empty());
  EXPECT_EQ(app->canvas().focused_action, Live()[0]->id) << "the card keeps the focus, as after Enter";
  EXPECT_NE(app->CanvasGeometry().find("\"keyboard\":true"), std::string::npos) << "the canvas has the keys again";
  // As with Enter: the title is one step, and under it the one step that added the card.
  EXPECT_EQ(app->history().StepCount(), 2u);
  EXPECT_EQ(app->history().UndoName(), "Rename action");
  Key(ImGuiKey_Z, true);
  ASSERT_EQ(Live().size(), 1u);
  EXPECT_EQ(Live()[0]->title, "");
  EXPECT_EQ(app->history().UndoName(), "Add action");
  Key(ImGuiKey_Z, true);
  EXPECT_EQ(Live().size(), 0u);
  EXPECT_FALSE(app->history().CanUndo());

  ImVec2 c = LaneCentre(*app, 1);
  Click(c.x, c.y, 2);  // a double-click adds a card too: typed in, then Escape
  Frames(2);
  Type("Tea");
  Key(ImGuiKey_Escape);
  Frames(2);
  ASSERT_EQ(Live().size(), 1u);
  EXPECT_EQ(Live()[0]->title, "Tea");
  EXPECT_EQ(Live()[0]->changes.front(), app->plan().changes[1].id);
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

namespace {
// What is typed in a field still open is kept by autosave as the edit finishing it would make,
// stamped as this copy's, without a step per letter; Enter then makes the one step it always did.
TEST_F(Headless, TextBeingTypedIsKeptWithoutAStepPerLetter) {
  AddCardWithN(2);
  Type("Tea and");
  Frames(2);
  ASSERT_TRUE(ImGui::GetIO().WantTextInput);
  ASSERT_EQ(Live().size(), 1u);
  EXPECT_EQ(Live()[0]->title, "") << "not an edit yet";
  EXPECT_EQ(app->history().StepCount(), 1u) << "only the step that added the card";
  ASSERT_TRUE(app->Typing());
  EXPECT_EQ(app->TypedSoFar(), "Tea and");
  coplan::Plan kept = app->PlanWithTyping();
  auto live = coplan::LiveActions(kept);
  ASSERT_EQ(live.size(), 1u);
  EXPECT_EQ(live[0]->title, "Tea and");
  EXPECT_EQ(coplan::DotOf(live[0]->meta, "title").copy, app->copy()) << "an edit of this copy, for merges";
  EXPECT_EQ(live[0]->changes, Live()[0]->changes);
  Type(" cake");
  Key(ImGuiKey_Enter);
  Frames(2);
  EXPECT_FALSE(app->Typing());
  EXPECT_EQ(Live()[0]->title, "Tea and cake");
  EXPECT_EQ(app->history().StepCount(), 2u);
}

// Enter and Ctrl+Z read in one frame (a busy machine reads keys late): the undo takes back the
// title just finished, not the step before it, which would leave the card with its title all the same.
TEST_F(Headless, UndoInTheFrameATitleIsFinishedTakesBackTheTitle) {
  AddCardWithN(1);
  Type("Tea");
  ImGuiIO& io = ImGui::GetIO();
  io.AddKeyEvent(ImGuiKey_Enter, true);
  io.AddKeyEvent(ImGuiMod_Ctrl, true);
  io.AddKeyEvent(ImGuiKey_Z, true);
  Frames(1);
  io.AddKeyEvent(ImGuiKey_Enter, false);
  io.AddKeyEvent(ImGuiKey_Z, false);
  io.AddKeyEvent(ImGuiMod_Ctrl, false);
  Frames(2);
  ASSERT_EQ(Live().size(), 1u);
  EXPECT_EQ(Live()[0]->title, "");
  Key(ImGuiKey_Z, true);
  EXPECT_EQ(Live().size(), 0u);
}

// The same for the details of a card: the text typed in "Who leads it" before it is finished.
TEST_F(Headless, TextBeingTypedInTheDetailsIsKept) {
  AddCardWithN(0);
  Type("Tea");
  Key(ImGuiKey_Enter);
  Frames(2);
  ASSERT_EQ(Live().size(), 1u);
  std::string g = app->Geometry();
  std::size_t at = g.find("\"Who leads it\":[");
  ASSERT_NE(at, std::string::npos) << g;
  float x, y, w, h;
  std::sscanf(g.c_str() + at + 16, "%f,%f,%f,%f", &x, &y, &w, &h);
  Click(x + w / 2, y + h / 2);
  Frames(2);
  ASSERT_TRUE(ImGui::GetIO().WantTextInput);
  Type("Priya");
  Frames(2);
  ASSERT_TRUE(app->Typing());
  auto live = coplan::LiveActions(app->PlanWithTyping());
  ASSERT_EQ(live.size(), 1u);
  EXPECT_EQ(live[0]->lead, "Priya");
  EXPECT_EQ(live[0]->title, "Tea");
  EXPECT_EQ(Live()[0]->lead, "");
  Key(ImGuiKey_Escape);
  Frames(2);
  EXPECT_FALSE(app->Typing()) << "Escape abandons it";
}

// The plan the keeper has written for the open plan, once it holds `words` (up to fifteen seconds:
// the keeper writes on its own thread, which a busy machine may leave waiting).
bool KeptHas(coplan::Keeper& keeper, const std::string& words) {
  keeper.Flush();
  for (int i = 0; i < 750; ++i) {
    // The plan's key is given once the keeper has read the library, on a busy machine later.
    std::string path = std::string(std::getenv("XDG_STATE_HOME")) + "/coplan/" + keeper.Current().key + ".json";
    std::stringstream text;
    text << std::ifstream(path).rdbuf();
    if (text.str().find(words) != std::string::npos) return true;
    ::usleep(20000);
    coplan::test::RunFrames(coplan::test::SharedApp(), 1, 1.0f);
  }
  return false;
}

// Escape on a card that had a title abandons what was typed: the next keep has the title it had,
// and nothing typed is kept as a change.
TEST_F(Headless, EscapeAbandonsTheTextKeptWhileTyping) {
  AddCardWithN(0);
  Type("Tea");
  Key(ImGuiKey_Enter);
  Frames(2);
  Key(ImGuiKey_Enter);
  Frames(2);
  Type(" and cake");
  Frames(2);
  ASSERT_TRUE(app->Typing());
  coplan::Keeper& keeper = app->documents().keeper(*app);
  EXPECT_TRUE(KeptHas(keeper, "\"title\": \"Tea and cake\""));
  Key(ImGuiKey_Escape);
  Frames(2);
  EXPECT_FALSE(app->Typing());
  EXPECT_EQ(app->TypedSoFar(), "");
  EXPECT_EQ(coplan::LiveActions(app->PlanWithTyping())[0]->title, "Tea");
  EXPECT_TRUE(KeptHas(keeper, "\"title\": \"Tea\""));
  EXPECT_EQ(app->history().StepCount(), 2u) << "adding the card and its first title, nothing for what was typed";
}

// Words typed in the find bar are not a change to the plan: nothing is kept for them.
TEST_F(Headless, WordsTypedInTheFindBarAreNotKept) {
  Key(ImGuiKey_F, true);
  Frames(2);
  ASSERT_TRUE(ImGui::GetIO().WantTextInput) << "typing in the find bar";
  Type("tea");
  Frames(2);
  EXPECT_FALSE(app->Typing());
  EXPECT_EQ(app->TypedSoFar(), "");
  Key(ImGuiKey_Escape);
  Frames(2);
}
}  // namespace
