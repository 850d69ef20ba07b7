// A lane's count is honest about cards drawn in another lane: an action that serves two changes
// is drawn once, in its first change's lane.
#include <gtest/gtest.h>

#include "ui/canvas_parts.h"
#include "ui_test_plan.h"

namespace coplan::ui {
namespace {

using test::TestPlan;

TEST(LaneCount, AnActionServingTwoChangesIsCountedInBothAndDrawnInOne) {
  TestPlan t;
  t.Add("Own card", 0);
  Action& both = t.Add("Shared card", 0);
  both.changes.push_back(t.Change(2));
  FrameLayout f = FrameLayout::Of(t.plan);
  EXPECT_EQ(f.lane_count[0], 2);
  EXPECT_TRUE(f.lane_elsewhere[0].empty());
  EXPECT_EQ(f.lane_count[2], 1);
  ASSERT_EQ(f.lane_elsewhere[2].size(), 1u);
  EXPECT_EQ(t.plan.actions[static_cast<std::size_t>(f.lane_elsewhere[2][0])].title, "Shared card");
  EXPECT_EQ(f.action_lane[1], 0) << "drawn in its first change's lane";
}

TEST(LaneCount, TheWordsSayWhereTheCardsAre) {
  EXPECT_EQ(LaneCountText(0, 0), "No actions yet");
  EXPECT_EQ(LaneCountText(1, 0), "1 action");
  EXPECT_EQ(LaneCountText(3, 0), "3 actions");
  EXPECT_EQ(LaneCountText(1, 1), "1 action, shown in another change");
  EXPECT_EQ(LaneCountText(2, 2), "2 actions, shown in other changes");
  EXPECT_EQ(LaneCountText(3, 1), "3 actions (1 shown in another change)");
  EXPECT_EQ(LaneCountText(5, 2), "5 actions (2 shown in other changes)");
}

}  // namespace
}  // namespace coplan::ui
