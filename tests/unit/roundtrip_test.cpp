// Save -> load -> equal, and a second save gives the same bytes, over many generated plans.
#include <gtest/gtest.h>

#include "io/plan_file.h"
#include "model/fields.h"
#include "model/sample.h"

namespace coplan {
namespace {

class RoundTrip : public ::testing::TestWithParam<std::uint64_t> {};

TEST_P(RoundTrip, SaveLoadGivesTheSamePlanAndTheSameBytes) {
  SampleSize size;
  size.actions = 5 + static_cast<int>(GetParam() % 40);
  Plan plan = SamplePlan(size, GetParam());
  std::string first = SavePlanText(plan);
  LoadResult loaded = LoadPlanText(first);
  ASSERT_TRUE(loaded.ok()) << (loaded.errors.empty() ? "" : loaded.errors[0].Text());
  EXPECT_TRUE(loaded.warnings.empty()) << loaded.warnings[0].Text();
  EXPECT_TRUE(*loaded.plan == plan);
  EXPECT_TRUE(SameContent(*loaded.plan, plan));
  EXPECT_EQ(SavePlanText(*loaded.plan), first);
}

INSTANTIATE_TEST_SUITE_P(GeneratedPlans, RoundTrip, ::testing::Range<std::uint64_t>(1, 61));

TEST(RoundTripDetail, EveryFieldSurvives) {
  Plan plan = SamplePlan({}, 7);
  LoadResult loaded = LoadPlanText(SavePlanText(plan));
  ASSERT_TRUE(loaded.ok());
  const Plan& back = *loaded.plan;
  ASSERT_EQ(back.actions.size(), plan.actions.size());
  for (std::size_t i = 0; i < plan.actions.size(); ++i) {
    EXPECT_TRUE(back.actions[i] == plan.actions[i]) << "action " << i;
  }
  EXPECT_EQ(back.seen, plan.seen);
  EXPECT_EQ(back.lineage, plan.lineage);
  EXPECT_EQ(back.unknown, plan.unknown);
}

TEST(RoundTripDetail, EmptyPlanRoundTrips) {
  Plan plan;
  plan.title = "Empty";
  plan.lineage = LineageId{"abc"};
  std::string text = SavePlanText(plan);
  LoadResult loaded = LoadPlanText(text);
  ASSERT_TRUE(loaded.ok());
  EXPECT_TRUE(*loaded.plan == plan);
  EXPECT_EQ(SavePlanText(*loaded.plan), text);
}

TEST(RoundTripDetail, FileStartsWithFormatAndVersion) {
  std::string text = SavePlanText(SamplePlan({}, 3));
  EXPECT_EQ(text.rfind("{\n  \"format\": \"coplan\",\n  \"version\": 2,\n", 0), 0u);
  EXPECT_EQ(text.back(), '\n');
  EXPECT_EQ(text.find('\r'), std::string::npos);
}

TEST(RoundTripDetail, BadUtf8InTheModelIsReplacedNotFatal) {
  Plan plan = SamplePlan({}, 4);
  plan.title = "caf\xC3";
  std::string text = SavePlanText(plan);
  LoadResult loaded = LoadPlanText(text);
  ASSERT_TRUE(loaded.ok());
  EXPECT_EQ(loaded.plan->title, "caf\xEF\xBF\xBD");
}

}  // namespace
}  // namespace coplan
