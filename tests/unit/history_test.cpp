// Undo/redo: unlimited steps, one step per drag, a clean mark for unsaved work.
#include <gtest/gtest.h>

#include "model/commands.h"
#include "model/fields.h"
#include "model/sync.h"
#include "test_support.h"

namespace coplan {
namespace {

Command Rename(const Plan& plan, std::size_t i, std::string title) {
  Action a = plan.actions[i];
  a.title = std::move(title);
  return EditAction(plan, a);
}

TEST(History, UnlimitedUndoAndRedo) {
  Plan plan = test::SmallPlan();
  const Plan start = plan;
  History history = test::MakeHistory();
  for (int i = 0; i < 500; ++i) history.Apply(plan, Rename(plan, static_cast<std::size_t>(i) % 10, "step " + std::to_string(i)));
  const Plan end = plan;
  EXPECT_EQ(history.StepCount(), 500u);
  int undone = 0;
  while (history.Undo(plan)) ++undone;
  EXPECT_EQ(undone, 500);
  EXPECT_TRUE(SameContent(plan, start));
  while (history.Redo(plan)) {}
  EXPECT_TRUE(SameContent(plan, end));
}

TEST(History, ApplyAfterUndoDropsTheRedoSteps) {
  Plan plan = test::SmallPlan();
  History history = test::MakeHistory();
  history.Apply(plan, Rename(plan, 0, "a"));
  history.Apply(plan, Rename(plan, 0, "b"));
  history.Undo(plan);
  EXPECT_TRUE(history.CanRedo());
  history.Apply(plan, Rename(plan, 0, "c"));
  EXPECT_FALSE(history.CanRedo());
  EXPECT_EQ(history.StepCount(), 2u);
  history.Undo(plan);
  EXPECT_EQ(plan.actions[0].title, "a");
}

TEST(History, ADragIsOneStep) {
  Plan plan = test::SmallPlan();
  const Plan start = plan;
  History history = test::MakeHistory();
  Selection cards{{plan.actions[0].id, plan.actions[1].id}};
  for (int frame = 0; frame < 30; ++frame) history.Apply(plan, MoveItems(plan, cards, {2, 1}));
  EXPECT_EQ(history.StepCount(), 1u);
  EXPECT_EQ(history.UndoName(), "Move 2 actions");
  EXPECT_EQ(plan.actions[0].position.x, start.actions[0].position.x + 60);
  history.Undo(plan);
  EXPECT_TRUE(SameContent(plan, start));
  history.Redo(plan);
  EXPECT_EQ(plan.actions[1].position.y, start.actions[1].position.y + 30);
}

TEST(History, DifferentSelectionsAreDifferentSteps) {
  Plan plan = test::SmallPlan();
  History history = test::MakeHistory();
  history.Apply(plan, MoveItems(plan, {{plan.actions[0].id}}, {1, 1}));
  history.Apply(plan, MoveItems(plan, {{plan.actions[1].id}}, {1, 1}));
  EXPECT_EQ(history.StepCount(), 2u);
}

TEST(History, SavingEndsADrag) {
  Plan plan = test::SmallPlan();
  History history = test::MakeHistory();
  Selection card{{plan.actions[0].id}};
  history.Apply(plan, MoveItems(plan, card, {1, 1}));
  history.MarkClean();
  history.Apply(plan, MoveItems(plan, card, {1, 1}));
  EXPECT_EQ(history.StepCount(), 2u);
  history.Undo(plan);
  EXPECT_TRUE(history.IsClean());
}

TEST(History, CleanMark) {
  Plan plan = test::SmallPlan();
  History history = test::MakeHistory();
  EXPECT_TRUE(history.IsClean());
  history.Apply(plan, Rename(plan, 0, "a"));
  EXPECT_FALSE(history.IsClean());
  history.MarkClean();
  EXPECT_TRUE(history.IsClean());
  history.Apply(plan, Rename(plan, 0, "b"));
  EXPECT_FALSE(history.IsClean());
  history.Undo(plan);
  EXPECT_TRUE(history.IsClean());
  history.Undo(plan);
  EXPECT_FALSE(history.IsClean());
  history.Redo(plan);
  EXPECT_TRUE(history.IsClean());
}

TEST(History, CleanPointLostWhenItsRedoIsDropped) {
  Plan plan = test::SmallPlan();
  History history = test::MakeHistory();
  history.Apply(plan, Rename(plan, 0, "a"));
  history.MarkClean();
  history.Undo(plan);
  history.Apply(plan, Rename(plan, 0, "b"));
  EXPECT_FALSE(history.IsClean());
  history.Undo(plan);
  EXPECT_FALSE(history.IsClean());
}

TEST(History, WithdrawTakesBackTheLastStepForGood) {
  Plan plan = test::SmallPlan();
  History history = test::MakeHistory();
  history.Apply(plan, Rename(plan, 0, "a"));
  history.MarkClean();
  const Plan saved = plan;
  history.Apply(plan, Rename(plan, 0, "b"));
  EXPECT_TRUE(history.Withdraw(plan));
  EXPECT_TRUE(SameContent(plan, saved));
  EXPECT_FALSE(history.CanRedo()) << "redo cannot bring it back";
  EXPECT_EQ(history.UndoName(), "Rename action");
  EXPECT_TRUE(history.IsClean());
  history.Undo(plan);
  EXPECT_FALSE(history.Withdraw(plan)) << "not while there is something to redo";
  EXPECT_TRUE(history.CanRedo());
}

TEST(History, ClearForgetsStepsAndIsClean) {
  Plan plan = test::SmallPlan();
  History history = test::MakeHistory();
  history.Apply(plan, Rename(plan, 0, "a"));
  history.Clear();
  EXPECT_FALSE(history.CanUndo());
  EXPECT_TRUE(history.IsClean());
  EXPECT_EQ(history.UndoName(), "");
}

}  // namespace
}  // namespace coplan

namespace coplan {
namespace {

TEST(History, StepsTellWhichItemsTheyTouch) {
  Plan plan = test::SmallPlan();
  History history = test::MakeHistory();
  EXPECT_EQ(history.UndoStep(), nullptr);
  Selection moved{{plan.actions[0].id, plan.actions[2].id}, {plan.notes[1].id}};
  history.Apply(plan, MoveItems(plan, moved, {3, 3}));
  ASSERT_NE(history.UndoStep(), nullptr);
  Selection touched = TouchedItems(*history.UndoStep());
  EXPECT_EQ(touched.actions, moved.actions);
  EXPECT_EQ(touched.notes, moved.notes);
  history.Undo(plan);
  EXPECT_EQ(history.UndoStep(), nullptr);
  EXPECT_EQ(TouchedItems(*history.RedoStep()).actions.size(), 2u);
}

TEST(History, AFreshCopyIdIsNeededForAnOlderFile) {
  Plan plan = test::SmallPlan();
  History history = test::MakeHistory();
  Action a = plan.actions[0];
  a.title = "changed";
  history.Apply(plan, EditAction(plan, a));
  EXPECT_FALSE(NeedsFreshCopyId(plan, test::kMyCopy, 1));
  EXPECT_TRUE(NeedsFreshCopyId(plan, test::kMyCopy, 2));
  EXPECT_TRUE(NeedsFreshCopyId(test::SmallPlan(), test::kMyCopy, 1));
}

}  // namespace
}  // namespace coplan
