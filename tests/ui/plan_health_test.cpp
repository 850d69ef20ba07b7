// Plan health's words: the gaps in plain English, each with the items it is about.
#include <gtest/gtest.h>

#include <algorithm>

#include "ui/plan_health.h"
#include "ui_test_plan.h"

namespace coplan::ui {
namespace {

using test::TestPlan;

const HealthGap* GapSaying(const std::vector<HealthGap>& gaps, const std::string& text) {
  auto it = std::find_if(gaps.begin(), gaps.end(), [&](const HealthGap& g) { return g.text == text; });
  return it == gaps.end() ? nullptr : &*it;
}

// An action with nothing missing: it causes no gap.
Action& Complete(Action& a) {
  a.lead = "Priya";
  a.lead_has_lived_experience = true;
  a.when = When::Now;
  a.how_we_will_know = {"I know my neighbours"};
  return a;
}

TEST(FindGaps, ANewPlanHasEveryChangeAndVisionPartEmpty) {
  TestPlan t;
  auto gaps = FindGaps(t.plan);
  ASSERT_EQ(gaps.size(), t.plan.changes.size() + t.plan.vision.parts.size());
  const HealthGap* sharing = GapSaying(gaps, "Sharing power as equals has no actions yet");
  ASSERT_NE(sharing, nullptr);
  EXPECT_EQ(sharing->items.changes, (std::vector<ChangeId>{t.Change(4)}));
  EXPECT_FALSE(sharing->hint.empty());
  const HealthGap* home = GapSaying(gaps, "No action works towards \u201cthe place we call home\u201d yet");
  ASSERT_NE(home, nullptr);
  EXPECT_EQ(home->items.vision_parts, (std::vector<VisionPartId>{t.plan.vision.parts[0].id}));
}

TEST(FindGaps, AChangeWithAnActionIsNoLongerAGap) {
  TestPlan t;
  Complete(t.Add("Café", 4)).vision_parts = {t.plan.vision.parts[2].id};
  auto gaps = FindGaps(t.plan);
  EXPECT_EQ(GapSaying(gaps, "Sharing power as equals has no actions yet"), nullptr);
  EXPECT_NE(GapSaying(gaps, "Communities where everyone belongs has no actions yet"), nullptr);
  EXPECT_EQ(gaps.size(), 4u + 3u);
}

TEST(FindGaps, CountsActionsWithNoLeadAndPointsAtThem) {
  TestPlan t;
  for (std::size_t c = 0; c < t.plan.changes.size(); ++c) Complete(t.Add("full " + std::to_string(c), c));
  Action& a = Complete(t.Add("no lead a"));
  a.lead = "";
  a.lead_has_lived_experience = false;
  a.involvement = Involvement::CoDesign;
  Action& b = Complete(t.Add("no lead b"));
  b.lead = " ";
  b.involvement = Involvement::CoProduce;
  Action& gone = t.Add("deleted, no lead");
  gone.meta.deleted = true;
  auto gaps = FindGaps(t.plan);
  const HealthGap* gap = GapSaying(gaps, "2 actions have no lead");
  ASSERT_NE(gap, nullptr);
  EXPECT_EQ(gap->items.actions, (std::vector<ActionId>{a.id, b.id}));
  b.lead = "Sam";
  EXPECT_NE(GapSaying(FindGaps(t.plan), "1 action has no lead"), nullptr);
}

TEST(FindGaps, NamesEachKindOfThinAction) {
  TestPlan t;
  for (std::size_t c = 0; c < t.plan.changes.size(); ++c) Complete(t.Add("full " + std::to_string(c), c));
  Action& told = Complete(t.Add("told only"));
  told.lead_has_lived_experience = false;
  told.involvement = Involvement::Inform;
  Action& consulted = Complete(t.Add("consulted"));
  consulted.lead_has_lived_experience = false;
  consulted.involvement = Involvement::Consult;
  t.Add("no time").how_we_will_know = {"we see it"};
  Action& blank = Complete(t.Add("blank way to know"));
  blank.how_we_will_know = {"  "};
  auto gaps = FindGaps(t.plan);

  const HealthGap* lived = GapSaying(gaps, "2 actions have no lead with lived experience");
  ASSERT_NE(lived, nullptr) << "told only, and the action with nothing set";
  EXPECT_EQ(lived->items.actions, (std::vector<ActionId>{told.id, t.plan.actions[7].id}));
  const HealthGap* time = GapSaying(gaps, "1 action has no time set");
  ASSERT_NE(time, nullptr);
  EXPECT_EQ(time->items.actions, (std::vector<ActionId>{t.plan.actions[7].id}));
  const HealthGap* know = GapSaying(gaps, "1 action does not say how we will know it worked");
  ASSERT_NE(know, nullptr);
  EXPECT_EQ(know->items.actions, (std::vector<ActionId>{blank.id}));
  for (const HealthGap& g : gaps) EXPECT_FALSE(g.hint.empty()) << g.text;
}

TEST(FindGaps, NoGapsInAFullPlan) {
  TestPlan t;
  for (std::size_t c = 0; c < t.plan.changes.size(); ++c) {
    Action& a = Complete(t.Add("full", c));
    a.vision_parts = {t.plan.vision.parts[c % t.plan.vision.parts.size()].id};
  }
  EXPECT_TRUE(FindGaps(t.plan).empty());
}

TEST(StatusWords, ListsOnlyTheStatusesThatAreThere) {
  TestPlan t;
  t.Add("a").status = Status::InProgress;
  t.Add("b").status = Status::InProgress;
  t.Add("c").status = Status::Done;
  t.Add("d");
  std::vector<const Action*> actions;
  for (const Action& a : t.plan.actions) actions.push_back(&a);
  auto counts = CountStatuses(actions);
  EXPECT_EQ(counts, (std::array<int, kStatusCount>{1, 0, 2, 1, 0}));
  EXPECT_EQ(StatusWords(counts), "1 idea, 2 in progress, 1 done");
  EXPECT_EQ(StatusWords({2, 1, 0, 0, 3}), "2 ideas, 1 agreed, 3 paused");
  EXPECT_EQ(StatusWords({}), "No actions yet");
}

}  // namespace
}  // namespace coplan::ui
