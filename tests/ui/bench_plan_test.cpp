// The made-up plan that ?bench=N loads and the benchmarks draw: N one-line actions spread evenly
// over the five key changes and already in their lanes, N/2 links between real actions.
#include <gtest/gtest.h>

#include <set>
#include <string>

#include "ui/bench_plan.h"
#include "ui/layout.h"

namespace coplan::ui {
namespace {

TEST(BenchPlan, SpreadsOneLineActionsOverTheFiveChanges) {
  Plan plan = BenchPlan(1000, 500);
  ASSERT_EQ(plan.changes.size(), 5u);
  ASSERT_EQ(plan.actions.size(), 1000u);
  std::set<std::string> ids, titles;
  std::vector<int> per_change(5, 0);
  for (const Action& a : plan.actions) {
    ASSERT_EQ(a.changes.size(), 1u);
    for (std::size_t c = 0; c < 5; ++c) per_change[c] += a.changes[0] == plan.changes[c].id;
    EXPECT_FALSE(a.title.empty());
    EXPECT_EQ(a.title.find('\n'), std::string::npos);
    ids.insert(a.id.text);
    titles.insert(a.title);
  }
  EXPECT_EQ(ids.size(), 1000u) << "every action has its own id";
  EXPECT_EQ(titles.size(), 1000u) << "every title can be told apart";
  for (int n : per_change) EXPECT_EQ(n, 200);
  for (const Action& a : plan.actions) {
    int lane = LaneAt(a.position.x + layout::kCardWidth / 2, plan.changes.size());
    ASSERT_TRUE(lane >= 0 && plan.changes[static_cast<std::size_t>(lane)].id == a.changes[0])
        << a.title << " sits in its change's lane";
    EXPECT_GE(a.position.y, layout::kLaneTop + layout::kLaneHeader) << a.title;
  }
}

TEST(BenchPlan, LinksJoinTwoDifferentActionsOfThePlan) {
  Plan plan = BenchPlan(1000, 500);
  std::set<std::string> actions;
  for (const Action& a : plan.actions) actions.insert(a.id.text);
  EXPECT_GE(plan.links.size(), 495u);
  EXPECT_LE(plan.links.size(), 500u);
  std::set<std::string> ids;
  for (const Link& l : plan.links) {
    EXPECT_NE(l.from, l.to);
    EXPECT_TRUE(actions.count(l.from.text));
    EXPECT_TRUE(actions.count(l.to.text));
    ids.insert(l.id.text);
  }
  EXPECT_EQ(ids.size(), plan.links.size());
}

TEST(BenchPlan, SameInputSamePlan) {
  EXPECT_EQ(BenchPlan(300, 150), BenchPlan(300, 150));
  EXPECT_NE(BenchPlan(300, 150), BenchPlan(301, 150));
}

}  // namespace
}  // namespace coplan::ui
