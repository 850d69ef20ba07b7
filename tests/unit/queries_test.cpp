// Queries that show where a plan is thin, and the default template.
#include <gtest/gtest.h>

#include "model/queries.h"
#include "model/sync.h"
#include "model/template.h"

namespace coplan {
namespace {

Plan PlanWithActions() {
  IdMaker ids(5);
  Plan plan = NewPlan("Test", ids, CopyId{"c"}, "2026-11-23T10:00:00Z");
  auto add = [&](std::string title, std::vector<ChangeId> changes) -> Action& {
    Action a;
    a.id = ids.New<ActionId>();
    a.title = std::move(title);
    a.changes = std::move(changes);
    plan.actions.push_back(a);
    return plan.actions.back();
  };
  const auto& c = plan.changes;
  Action& full = add("Full", {c[0].id, c[1].id});
  full.lead = "Priya";
  full.lead_has_lived_experience = true;
  full.when = When::Now;
  full.how_we_will_know = {"I feel at home"};
  full.status = Status::Done;
  full.involvement = Involvement::CoProduce;
  full.vision_parts = {plan.vision.parts[0].id};
  Action& thin = add("Thin", {c[0].id});
  thin.lead = "  ";
  thin.how_we_will_know = {" "};
  thin.involvement = Involvement::Inform;
  Action& council = add("Council-led, co-designed", {c[1].id});
  council.lead = "Sam";
  council.due_date = "2027-01-31";
  council.involvement = Involvement::CoDesign;
  council.status = Status::InProgress;
  Action& gone = add("Deleted", {c[2].id});
  gone.meta.deleted = true;
  return plan;
}

std::vector<std::string> Titles(const std::vector<const Action*>& actions) {
  std::vector<std::string> out;
  for (const Action* a : actions) out.push_back(a->title);
  return out;
}

using Names = std::vector<std::string>;

TEST(Queries, ActionsPerChangeAndVisionPart) {
  Plan plan = PlanWithActions();
  EXPECT_EQ(Titles(ActionsForChange(plan, plan.changes[0].id)), (Names{"Full", "Thin"}));
  EXPECT_EQ(Titles(ActionsForChange(plan, plan.changes[1].id)), (Names{"Full", "Council-led, co-designed"}));
  EXPECT_TRUE(ActionsForChange(plan, plan.changes[2].id).empty()) << "tombstones are skipped";
  EXPECT_EQ(Titles(ActionsForVisionPart(plan, plan.vision.parts[0].id)), (Names{"Full"}));
}

TEST(Queries, ChangesWithNoActions) {
  Plan plan = PlanWithActions();
  auto empty = ChangesWithNoActions(plan);
  ASSERT_EQ(empty.size(), 3u);
  EXPECT_EQ(empty[0]->id, plan.changes[2].id);
  plan.changes[3].meta.deleted = true;
  EXPECT_EQ(ChangesWithNoActions(plan).size(), 2u);
}

TEST(Queries, WhereThePlanIsThin) {
  Plan plan = PlanWithActions();
  EXPECT_EQ(Titles(ActionsWithNoLead(plan)), (Names{"Thin"}));
  EXPECT_EQ(Titles(ActionsWithNoDate(plan)), (Names{"Thin"}));
  EXPECT_EQ(Titles(ActionsWithNoLivedExperience(plan)), (Names{"Thin"}));
  EXPECT_EQ(Titles(ActionsWithNoHowWeWillKnow(plan)), (Names{"Thin", "Council-led, co-designed"}));
}

TEST(Queries, CountsByStatusAndInvolvement) {
  Plan plan = PlanWithActions();
  auto status = CountByStatus(plan);
  EXPECT_EQ(status[static_cast<std::size_t>(Status::Done)], 1);
  EXPECT_EQ(status[static_cast<std::size_t>(Status::Idea)], 1);
  EXPECT_EQ(status[static_cast<std::size_t>(Status::InProgress)], 1);
  EXPECT_EQ(status[static_cast<std::size_t>(Status::Paused)], 0);
  auto involvement = CountByInvolvement(plan);
  EXPECT_EQ(involvement[static_cast<std::size_t>(Involvement::CoProduce)], 1);
  EXPECT_EQ(involvement[static_cast<std::size_t>(Involvement::CoDesign)], 1);
  EXPECT_EQ(involvement[static_cast<std::size_t>(Involvement::Inform)], 1);
  EXPECT_EQ(involvement[static_cast<std::size_t>(Involvement::NotSet)], 0);
}

TEST(Queries, FindInALargePlanAfterItGrows) {
  Plan plan = PlanWithActions();
  IdMaker ids(77);
  for (int i = 0; i < 300; ++i) plan.actions.push_back(Action{ids.New<ActionId>(), "x" + std::to_string(i)});
  for (int i = 0; i < 300; i += 37) EXPECT_EQ(FindAction(plan, plan.actions[static_cast<std::size_t>(i)].id)->title, plan.actions[static_cast<std::size_t>(i)].title);
  ActionId late = ids.New<ActionId>();
  plan.actions.push_back(Action{late, "late"});
  EXPECT_EQ(FindAction(plan, late)->title, "late");
  std::swap(plan.actions[10], plan.actions[200]);
  EXPECT_EQ(FindAction(plan, plan.actions[10].id), &plan.actions[10]);
  EXPECT_EQ(FindAction(plan, ActionId{"nope"}), nullptr);
}

TEST(Template, HasTheExactVisionAndFiveKeyChanges) {
  IdMaker ids(1);
  Plan plan = NewPlan("Our plan", ids, CopyId{"copy"}, "2026-11-23T10:00:00Z");
  EXPECT_EQ(plan.vision.statement,
            "We all want to live in the place we call home with the people and things that we love, in "
            "communities where we look out for one another, doing the things that matter to us.");
  ASSERT_EQ(plan.vision.parts.size(), 4u);
  EXPECT_EQ(plan.vision.parts[0].text, "the place we call home");
  EXPECT_EQ(plan.vision.parts[1].text, "the people and things that we love");
  EXPECT_EQ(plan.vision.parts[2].text, "communities where we look out for one another");
  EXPECT_EQ(plan.vision.parts[3].text, "doing the things that matter to us");
  for (const auto& part : plan.vision.parts) EXPECT_NE(plan.vision.statement.find(part.text), std::string::npos);
  ASSERT_EQ(plan.changes.size(), 5u);
  const char* titles[] = {"Communities where everyone belongs", "Living in the place we call home",
                          "Leading the lives we want to live", "More resources, better used", "Sharing power as equals"};
  for (std::size_t i = 0; i < 5; ++i) {
    EXPECT_EQ(plan.changes[i].title, titles[i]);
    EXPECT_TRUE(plan.changes[i].is_key_change);
    EXPECT_FALSE(plan.changes[i].description.empty());
    EXPECT_EQ(plan.changes[i].meta.created, (Dot{CopyId{"copy"}, 1}));
  }
  EXPECT_EQ(plan.title, "Our plan");
  EXPECT_FALSE(plan.lineage.empty());
  EXPECT_EQ(SeenCounter(plan.seen, CopyId{"copy"}), 1u);
  EXPECT_TRUE(plan.actions.empty());
}

TEST(Template, TwoNewPlansHaveDifferentLineages) {
  IdMaker ids(1);
  EXPECT_NE(NewPlan("a", ids, CopyId{"c"}, "t").lineage, NewPlan("a", ids, CopyId{"c"}, "t").lineage);
}

TEST(Sync, NowIsIsoUtc) {
  std::string now = NowUtc();
  ASSERT_EQ(now.size(), 20u);
  EXPECT_EQ(now[4], '-');
  EXPECT_EQ(now[10], 'T');
  EXPECT_EQ(now.back(), 'Z');
}

TEST(Sync, VersionVectorsMergePointwise) {
  VersionVector a, b;
  Observe(a, CopyId{"x"}, 3, "t1");
  Observe(a, CopyId{"y"}, 1, "t1");
  Observe(b, CopyId{"y"}, 5, "t2");
  Observe(b, CopyId{"w"}, 2, "t2");
  VersionVector m = MergeSeen(a, b);
  ASSERT_EQ(m.copies.size(), 3u);
  EXPECT_EQ(m.copies[0].copy.text, "w");
  EXPECT_EQ(SeenCounter(m, CopyId{"x"}), 3u);
  EXPECT_EQ(SeenCounter(m, CopyId{"y"}), 5u);
  EXPECT_TRUE(Covers(m, Dot{CopyId{"y"}, 5}));
  EXPECT_FALSE(Covers(m, Dot{CopyId{"y"}, 6}));
  EXPECT_TRUE(Covers(m, Dot{}));
}

}  // namespace
}  // namespace coplan
