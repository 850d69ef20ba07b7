// Cards whose file gave them no position get one under the cards of their change; every card
// that has a position stays where it is, inside its lane or not. The file says which is which.
#include <gtest/gtest.h>

#include "io/plan_file.h"
#include "model/history.h"
#include "model/sync.h"
#include "ui/canvas_edit.h"
#include "ui/layout.h"
#include "ui_test_plan.h"

namespace coplan::ui {
namespace {

using namespace layout;
using test::TestPlan;

float LaneX(std::size_t lane) { return LaneRect(lane, 0).x0 + (kLaneWidth - kCardWidth) / 2; }

TEST(UnplacedCards, AFileWithoutAPositionSaysSoAndIsWrittenBackWithoutOne) {
  TestPlan t;
  t.Add("placed", 0).position = {LaneX(0), kLaneTop + kLaneHeader};
  t.Add("no position", 0).position = kNoPosition;
  std::string text = SavePlanText(t.plan);
  LoadResult loaded = LoadPlanText(text);
  ASSERT_TRUE(loaded.ok());
  EXPECT_TRUE(HasPosition(loaded.plan->actions[0]));
  EXPECT_FALSE(HasPosition(loaded.plan->actions[1])) << "the key is absent in the file";
  EXPECT_EQ(SavePlanText(*loaded.plan), text);
  std::size_t second = text.find("no position");
  EXPECT_EQ(text.find("\"position\"", second), std::string::npos) << text.substr(second);
}

TEST(UnplacedCards, CardsWithAPositionStayWhereTheyAreEvenOutsideTheirLane) {
  TestPlan t;
  t.Add("in its lane", 0).position = {LaneX(0), kLaneTop + kLaneHeader};
  t.Add("beside its lane", 1).position = {LaneX(1) + 57, kLaneTop + 400};
  t.Add("far away", 2).position = {-5000, -5000};
  t.Add("at the origin", 3).position = {0, 0};
  EXPECT_TRUE(PlaceUnplacedCards(t.plan).Empty());
}

TEST(UnplacedCards, GoUnderEverythingInTheirLaneInPlanOrderAndBesideTheLanesWithoutAChange) {
  TestPlan t;
  t.Add("low card", 0).position = {LaneX(0), kLaneTop + kLaneHeader + 300};
  t.Add("first without", 0).position = kNoPosition;
  t.Add("second without", 0).position = kNoPosition;
  t.Add("without, lane 3", 2).position = kNoPosition;
  Action& loose = t.Add("without, no change", 0);
  loose.changes.clear();
  loose.position = kNoPosition;
  Plan plan = t.plan;
  History history(CopyId{"bbbbbbbbbbbbbbbb"}, [] { return std::string("2026-11-24T09:00:00Z"); });
  Command placed = PlaceUnplacedCards(plan);
  EXPECT_EQ(placed.name, "Place 4 cards that had no position");
  history.Apply(plan, std::move(placed));
  float under_low = kLaneTop + kLaneHeader + 300 + kCardHeight + kCardGap;
  EXPECT_EQ(plan.actions[0].position, t.plan.actions[0].position) << "a placed card is not moved";
  EXPECT_EQ(plan.actions[1].position, (Point{LaneX(0), under_low}));
  EXPECT_EQ(plan.actions[2].position, (Point{LaneX(0), under_low + kCardHeight + kCardGap}));
  EXPECT_EQ(plan.actions[3].position, (Point{LaneX(2), kLaneTop + kLaneHeader}));
  EXPECT_GT(plan.actions[4].position.x, VisionRect(plan.changes.size()).x1);
  EXPECT_EQ(plan.actions[4].position.y, kLaneTop);
  // The new positions are edits of this copy, which a merge can see.
  for (std::size_t i = 1; i < 5; ++i) {
    EXPECT_EQ(DotOf(plan.actions[i].meta, "position").copy.text, "bbbbbbbbbbbbbbbb") << plan.actions[i].title;
    EXPECT_EQ(plan.actions[i].meta.changed_at, "2026-11-24T09:00:00Z");
  }
  EXPECT_EQ(plan.actions[0].meta, t.plan.actions[0].meta);
  EXPECT_TRUE(PlaceUnplacedCards(plan).Empty());
}

}  // namespace
}  // namespace coplan::ui
