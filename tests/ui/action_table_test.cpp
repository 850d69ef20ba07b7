// The action table's rows: which actions show, and their order for each sortable column.
#include <gtest/gtest.h>

#include "ui/action_table.h"
#include "ui_test_plan.h"

namespace coplan::ui {
namespace {

using test::TestPlan;
using Strings = std::vector<std::string>;

Strings RowTitles(const Plan& plan, const std::vector<std::size_t>& rows) {
  Strings out;
  for (std::size_t i : rows) out.push_back(plan.actions[i].title);
  return out;
}

Strings Sorted(const Plan& plan, TableColumn column, bool descending = false) {
  return RowTitles(plan, SortedActionRows(plan, nullptr, static_cast<int>(column), descending));
}

TEST(SortedActionRows, PlanOrderWithoutDeletedActions) {
  TestPlan t;
  t.Add("b");
  t.Add("gone").meta.deleted = true;
  t.Add("a");
  EXPECT_EQ(RowTitles(t.plan, SortedActionRows(t.plan, nullptr, -1, false)), (Strings{"b", "a"}));
}

TEST(SortedActionRows, OnlyMatchesWhenGiven) {
  TestPlan t;
  t.Add("a");
  t.Add("b");
  t.Add("c");
  std::vector<char> matches{1, 0, 1};
  EXPECT_EQ(RowTitles(t.plan, SortedActionRows(t.plan, &matches, -1, false)), (Strings{"a", "c"}));
  std::vector<char> short_matches{0, 1};  // from before an action was added
  EXPECT_EQ(RowTitles(t.plan, SortedActionRows(t.plan, &short_matches, -1, false)), (Strings{"b"}));
}

TEST(SortedActionRows, ByTitleIgnoringCaseAndAccentsWithUntitledLast) {
  TestPlan t;
  t.Add("");
  t.Add("banana");
  t.Add("Éclair");
  t.Add("apple");
  t.Add("Dates");
  EXPECT_EQ(Sorted(t.plan, TableColumn::Title), (Strings{"apple", "banana", "Dates", "Éclair", ""}));
  EXPECT_EQ(Sorted(t.plan, TableColumn::Title, true), (Strings{"Éclair", "Dates", "banana", "apple", ""}));
}

TEST(SortedActionRows, ByLeadWithLivedExperienceFirstAndNoLeadLast) {
  TestPlan t;
  t.Add("none");
  t.Add("sam").lead = "Sam";
  Action& sam_lived = t.Add("sam lived");
  sam_lived.lead = "sam";
  sam_lived.lead_has_lived_experience = true;
  t.Add("ann").lead = "Ann";
  t.Add("samantha").lead = "Samantha";
  EXPECT_EQ(Sorted(t.plan, TableColumn::Lead), (Strings{"ann", "sam lived", "sam", "samantha", "none"}));
  EXPECT_EQ(Sorted(t.plan, TableColumn::Lead, true), (Strings{"samantha", "sam", "sam lived", "ann", "none"}));
}

TEST(SortedActionRows, ByWhenSoonestFirstAndUnsetLast) {
  TestPlan t;
  t.Add("unset");
  t.Add("later").when = When::Later;
  t.Add("now").when = When::Now;
  t.Add("next").when = When::Next;
  EXPECT_EQ(Sorted(t.plan, TableColumn::When), (Strings{"now", "next", "later", "unset"}));
  EXPECT_EQ(Sorted(t.plan, TableColumn::When, true), (Strings{"later", "next", "now", "unset"}));
}

TEST(SortedActionRows, ByStatusKeepingPlanOrderForTies) {
  TestPlan t;
  t.Add("done 1").status = Status::Done;
  t.Add("idea 1");
  t.Add("progress").status = Status::InProgress;
  t.Add("done 2").status = Status::Done;
  t.Add("idea 2");
  EXPECT_EQ(Sorted(t.plan, TableColumn::Status), (Strings{"idea 1", "idea 2", "progress", "done 1", "done 2"}));
  EXPECT_EQ(Sorted(t.plan, TableColumn::Status, true), (Strings{"done 1", "done 2", "progress", "idea 1", "idea 2"}));
}

TEST(SortedActionRows, ByInvolvementUpTheLadderWithUnsetLast) {
  TestPlan t;
  t.Add("unset");
  t.Add("co-produce").involvement = Involvement::CoProduce;
  t.Add("inform").involvement = Involvement::Inform;
  t.Add("co-design").involvement = Involvement::CoDesign;
  EXPECT_EQ(Sorted(t.plan, TableColumn::Involvement), (Strings{"inform", "co-design", "co-produce", "unset"}));
  EXPECT_EQ(Sorted(t.plan, TableColumn::Involvement, true), (Strings{"co-produce", "co-design", "inform", "unset"}));
}

TEST(SortedActionRows, ByDueDateWithNoDateLast) {
  TestPlan t;
  t.Add("none");
  t.Add("march").due_date = "2027-03-01";
  t.Add("january").due_date = "2027-01-31";
  t.Add("last year").due_date = "2026-12-25";
  EXPECT_EQ(Sorted(t.plan, TableColumn::DueDate), (Strings{"last year", "january", "march", "none"}));
  EXPECT_EQ(Sorted(t.plan, TableColumn::DueDate, true), (Strings{"march", "january", "last year", "none"}));
}

}  // namespace
}  // namespace coplan::ui
