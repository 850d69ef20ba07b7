// The merge review, drawn headless in the whole app (real ImGui frames, simulated keys, no window):
// it works from the keyboard alone, Escape cancels without a change, Edit takes a typed value, a
// different plan is offered as new items, and large text still fits the screen.
#include <gtest/gtest.h>

#include "app/keeper.h"
#include "imgui.h"
#include "imgui_internal.h"
#include "io/plan_file.h"
#include "model/commands.h"
#include "model/queries.h"
#include "model/sample.h"
#include "ui/layout.h"
#include "ui/merge_review.h"
#include "native_support.h"
#include "support/headless_app.h"

namespace coplan {
namespace {

class Review : public test::HeadlessApp {
 protected:
  void SetUp() override {
    Frames(2);
    SampleSize size;
    size.actions = 5;
    Plan base = SamplePlan(size, 21);
    for (Action& a : base.actions) a.meta.deleted = false;
    first = base.actions[0].id;
    ASSERT_TRUE(app->documents().OpenText(*app, SavePlanText(base), "base.coplan.json"));
    Plan theirs = base;
    History history(CopyId{"bbbbbbbbbbbbbbbb"}, [] { return std::string("2026-11-23T10:00:00Z"); });
    SetLead(theirs, history, "Priya");
    theirs_text = SavePlanText(theirs);
    app->Apply(LeadCommand(app->plan(), "Sam"));
    Frames(2);
    before = app->plan();
  }
  void TearDown() override {
    keeper().CancelMerge();
    Frames(2);
  }
  static Command LeadCommand(const Plan& plan, const std::string& lead, const ActionId* id = nullptr) {
    Action a = *FindAction(plan, id ? *id : plan.actions[0].id);
    a.lead = lead;
    return EditAction(plan, a);
  }
  void SetLead(Plan& plan, History& history, const std::string& lead) { history.Apply(plan, LeadCommand(plan, lead, &first)); }
  Keeper& keeper() { return app->documents().keeper(*app); }
  std::string Lead() { return FindAction(app->plan(), first)->lead; }
  void StartReview(const std::string& text, const std::string& name) {
    ASSERT_TRUE(keeper().MergeText(text, name));
    Frames(3);
  }

  ActionId first;
  std::string theirs_text;
  Plan before;
};

TEST_F(Review, KeepTheirsAndMergeWithTheKeyboardThenUndo) {
  StartReview(theirs_text, "priya.coplan.json");
  ASSERT_NE(keeper().Reviewing(), nullptr);
  ASSERT_EQ(keeper().Reviewing()->result.conflicts.size(), 1u);
  EXPECT_TRUE(app->plan() == before) << "nothing changes while the review is open";
  // The keyboard starts on "Keep mine"; Tab goes on to "Keep theirs", Enter chooses it.
  Key(ImGuiKey_Tab);
  Key(ImGuiKey_Enter);
  ASSERT_NE(keeper().Reviewing(), nullptr);
  EXPECT_EQ(keeper().Reviewing()->result.conflicts[0].chosen, Side::Theirs);
  // Then: Edit, Keep all of mine, Keep all of theirs, Merge.
  Keys(ImGuiKey_Tab, 4);
  Key(ImGuiKey_Enter);
  EXPECT_EQ(keeper().Reviewing(), nullptr);
  EXPECT_EQ(Lead(), "Priya");
  EXPECT_EQ(app->history().UndoName(), "Merge a copy");
  Key(ImGuiKey_Z, true);
  EXPECT_TRUE(app->plan() == before) << "Ctrl+Z takes the whole merge back";
}

TEST_F(Review, EscapeCancelsAndChangesNothing) {
  std::size_t steps = app->history().StepCount();
  StartReview(theirs_text, "priya.coplan.json");
  Key(ImGuiKey_Tab);
  Key(ImGuiKey_Enter);
  Key(ImGuiKey_Escape);
  EXPECT_EQ(keeper().Reviewing(), nullptr);
  EXPECT_TRUE(app->plan() == before);
  EXPECT_EQ(app->history().StepCount(), steps);
}

TEST_F(Review, EditTakesAValueOfTheirOwn) {
  StartReview(theirs_text, "priya.coplan.json");
  Keys(ImGuiKey_Tab, 2);
  Key(ImGuiKey_Enter);  // Edit: a text field, filled with the value kept so far, takes the keys
  ASSERT_EQ(keeper().Reviewing()->editing, 0);
  Key(ImGuiKey_A, true);
  Type("Sam a Priya ŵ");
  Key(ImGuiKey_Enter);
  ASSERT_NE(keeper().Reviewing(), nullptr);
  ASSERT_TRUE(keeper().Reviewing()->typed[0].has_value());
  EXPECT_EQ(*keeper().Reviewing()->typed[0], "Sam a Priya ŵ");
  EXPECT_EQ(keeper().Reviewing()->editing, -1);
  keeper().FinishMerge();
  EXPECT_EQ(Lead(), "Sam a Priya ŵ");
}

TEST_F(Review, KeepAllOfTheirsLeavesWhatWasDecidedOneByOne) {
  Plan theirs = LoadPlanText(theirs_text).plan.value();
  History history(CopyId{"bbbbbbbbbbbbbbbb"}, [] { return std::string("2026-11-23T10:05:00Z"); });
  Action retitled = *FindAction(theirs, first);
  retitled.title = "Their title";
  history.Apply(theirs, EditAction(theirs, retitled));
  Action mine = *FindAction(app->plan(), first);
  mine.title = "My title";
  app->Apply(EditAction(app->plan(), mine));
  StartReview(SavePlanText(theirs), "priya.coplan.json");
  ASSERT_EQ(keeper().Reviewing()->result.conflicts.size(), 2u);
  Key(ImGuiKey_Enter);  // "Keep mine" for the first
  // Past Keep theirs and Edit of the first, the three of the second, and Keep all of mine.
  Keys(ImGuiKey_Tab, 7);
  Key(ImGuiKey_Enter);  // Keep all of theirs
  const auto& conflicts = keeper().Reviewing()->result.conflicts;
  EXPECT_EQ(conflicts[0].chosen, Side::Ours);
  EXPECT_EQ(conflicts[1].chosen, Side::Theirs);
}

TEST_F(Review, OnTheDesktopTheFileDialogPicksTheCopyToMerge) {
  test::TempFolder folder;
  test::WriteFile(folder.Path("base.coplan.json"), SavePlanText(app->plan()));
  test::WriteFile(folder.Path("priya.coplan.json"), theirs_text);
  ASSERT_TRUE(keeper().OpenPath(folder.Path("base.coplan.json")));
  app->documents().StartMerge(*app);
  Frames(3);
  Key(ImGuiKey_DownArrow);  // from this plan's file to the next: their copy
  Key(ImGuiKey_Enter);
  ASSERT_NE(keeper().Reviewing(), nullptr);
  EXPECT_EQ(keeper().Reviewing()->their_name, "priya.coplan.json");
  EXPECT_EQ(keeper().Reviewing()->result.conflicts.size(), 1u);
  EXPECT_EQ(Lead(), "Sam");
}

TEST(ReviewWords, ALongTitleIsShortenedBetweenLetters) {
  Conflict c;
  c.item_kind = "action";
  c.label = std::string(59, 'a') + "ŵŵŵ";  // the 60th byte is inside a Welsh letter
  EXPECT_EQ(ui::ItemWords(c), "Action “" + std::string(59, 'a') + "…”");
  c.label = "Bus map";
  EXPECT_EQ(ui::ItemWords(c), "Action “Bus map”");
  c.label.clear();
  EXPECT_EQ(ui::ItemWords(c), "Action with no title");
  c.field = "needs.money";
  EXPECT_EQ(ui::FieldWords(c), "money needed");
}

TEST_F(Review, ADifferentPlanIsOfferedAsNewItems) {
  SampleSize size;
  size.actions = 3;
  StartReview(SavePlanText(SamplePlan(size, 77)), "other.coplan.json");
  ASSERT_NE(keeper().Reviewing(), nullptr);
  EXPECT_FALSE(keeper().Reviewing()->result.related);
  Key(ImGuiKey_Enter);  // the first choice: add its actions and notes as new ones
  EXPECT_EQ(keeper().Reviewing(), nullptr);
  EXPECT_GT(LiveActions(app->plan()).size(), LiveActions(before).size());
  Key(ImGuiKey_Z, true);
  EXPECT_TRUE(SameContent(app->plan(), before));
}

// Their cards and notes had places in their plan that may be taken in ours: none lands on ours.
TEST_F(Review, ItemsOfADifferentPlanLandWhereNothingIs) {
  SampleSize size;
  size.actions = 4;
  size.notes = 2;
  Plan other = SamplePlan(size, 78);
  std::vector<const Action*> ours = LiveActions(app->plan());
  for (std::size_t i = 0; i < other.actions.size(); ++i) other.actions[i].position = ours[i % ours.size()]->position;
  for (std::size_t i = 0; i < other.notes.size(); ++i) other.notes[i].position = ours[i % ours.size()]->position;
  StartReview(SavePlanText(other), "other.coplan.json");
  Key(ImGuiKey_Enter);
  ASSERT_EQ(keeper().Reviewing(), nullptr);
  std::vector<ui::Rect> mine, added;
  for (const Action& a : app->plan().actions)
    if (!a.meta.deleted) (FindAction(before, a.id) ? mine : added).push_back(ui::CardRect(a));
  for (const Note& n : app->plan().notes)
    if (!n.meta.deleted) (FindNote(before, n.id) ? mine : added).push_back(ui::NoteRect(n));
  EXPECT_FALSE(added.empty());
  for (const ui::Rect& a : added)
    for (const ui::Rect& m : mine)
      EXPECT_FALSE(a.Overlaps(m)) << "an added item at " << a.x0 << "," << a.y0 << " lies on one of ours at " << m.x0 << "," << m.y0;
}

TEST_F(Review, LargeTextStillFitsTheScreen) {
  StartReview(theirs_text, "priya.coplan.json");
  Frames(4, 2.0f);
  ImGuiWindow* dialog = nullptr;
  for (ImGuiWindow* w : GImGui->Windows)
    if (w->Active && std::string(w->Name).find("##merge-review") != std::string::npos) dialog = w;
  ASSERT_NE(dialog, nullptr);
  ImVec2 display = ImGui::GetIO().DisplaySize;
  EXPECT_LE(dialog->Pos.x + dialog->Size.x, display.x);
  EXPECT_LE(dialog->Pos.y + dialog->Size.y, display.y);
  EXPECT_GE(ImGui::GetFrameHeight(), 24.0f) << "buttons are at least 24 px tall";
  Frames(2);
}

}  // namespace
}  // namespace coplan
