// Merging a copy from a file on the desktop, with a real App and keeper: the review comes first and
// nothing changes until it is confirmed; the merge is one undo step and the plan as it was is kept
// in Earlier versions; a bad or too-new file changes nothing; a different plan can be added as new
// items; a dropped file asks whether to open it or merge it.
#include <gtest/gtest.h>

#include "keeper_session.h"
#include "model/commands.h"
#include "model/queries.h"
#include "model/sample.h"

namespace coplan::test {
namespace {

const CopyId kPriya{"bbbbbbbbbbbbbbbb"};

class MergeFromFile : public ::testing::Test {
 protected:
  void SetUp() override {
    SampleSize size;
    size.actions = 6;
    Plan base = SamplePlan(size, 11);
    for (Action& a : base.actions) a.meta.deleted = false;
    base_file = files.Path("base.coplan.json");
    WriteFile(base_file, SavePlanText(base));
    s.Start();
    ASSERT_TRUE(s.keeper->OpenPath(base_file));
    s.Run(0.3);
    first = base.actions[0].id;
    // Their copy: another lead for the first action, and an action of their own.
    Plan theirs = base;
    History history(kPriya, [] { return std::string("2026-11-23T10:00:00Z"); });
    EditLead(theirs, history, "Priya (lives with support)");
    IdMaker ids(99);
    history.Apply(theirs, AddAction(theirs, ids, theirs.changes[0].id, {0, 0}, "Walk and talk group"));
    theirs_file = files.Path("priya.coplan.json");
    WriteFile(theirs_file, SavePlanText(theirs));
    // Our copy: the same lead changed differently.
    Action mine = *FindAction(s.app.plan(), first);
    mine.lead = "Sam (council)";
    s.app.Apply(EditAction(s.app.plan(), mine));
    s.Run(1.5);
    before = s.app.plan();
  }
  void EditLead(Plan& plan, History& history, const std::string& lead) {
    Action a = *FindAction(plan, first);
    a.lead = lead;
    history.Apply(plan, EditAction(plan, a));
  }
  std::string Lead() const { return FindAction(s.app.plan(), first)->lead; }
  // The app's Undo button, without drawing it.
  void Undo() { s.app.history().Undo(const_cast<Plan&>(s.app.plan())); }
  bool HasVersion(const std::string& why) {
    const PlanInfo* info = s.keeper->library().Find(s.keeper->Current().key);
    for (const VersionInfo& v : info ? info->versions : std::vector<VersionInfo>{})
      if (v.why == why) return true;
    return false;
  }

  TempFolder files;
  MemoryStore store;
  Session s{store};
  ActionId first;
  std::string base_file, theirs_file;
  Plan before;
};

TEST_F(MergeFromFile, NothingChangesUntilTheReviewIsConfirmed) {
  ASSERT_TRUE(s.keeper->MergePath(theirs_file));
  ui::MergeReviewState* review = s.keeper->Reviewing();
  ASSERT_NE(review, nullptr);
  EXPECT_TRUE(review->result.related);
  EXPECT_EQ(review->their_name, "priya.coplan.json");
  EXPECT_EQ(review->result.stats.actions_from_theirs, 1);
  ASSERT_EQ(review->result.conflicts.size(), 1u);
  EXPECT_EQ(review->result.conflicts[0].field, "lead");
  EXPECT_TRUE(s.app.plan() == before);
  s.keeper->CancelMerge();
  s.Run(1.5);
  EXPECT_EQ(s.keeper->Reviewing(), nullptr);
  EXPECT_TRUE(s.app.plan() == before) << "Cancel leaves the plan untouched";
}

TEST_F(MergeFromFile, ConfirmedMergeIsOneUndoStepAndThePlanAsItWasIsKept) {
  std::size_t steps = s.app.history().StepCount();
  ASSERT_TRUE(s.keeper->MergePath(theirs_file));
  s.keeper->Reviewing()->result.conflicts[0].chosen = Side::Theirs;
  s.keeper->FinishMerge();
  s.Run(1.5);
  EXPECT_EQ(Lead(), "Priya (lives with support)");
  EXPECT_EQ(LiveActions(s.app.plan()).size(), LiveActions(before).size() + 1);
  EXPECT_EQ(s.app.history().StepCount(), steps + 1);
  EXPECT_EQ(s.app.history().UndoName(), "Merge a copy");
  EXPECT_TRUE(HasVersion("Before merging priya.coplan.json"));
  EXPECT_TRUE(s.Said("Merged “priya.coplan.json” into this plan"));
  Undo();
  EXPECT_TRUE(s.app.plan() == before) << "undo gives back the plan as it was";
}

TEST_F(MergeFromFile, KeepingMineLeavesOurLeadAndBringsTheRestIn) {
  ASSERT_TRUE(s.keeper->MergePath(theirs_file));
  s.keeper->FinishMerge();
  EXPECT_EQ(Lead(), "Sam (council)");
  EXPECT_EQ(LiveActions(s.app.plan()).size(), LiveActions(before).size() + 1);
  ASSERT_TRUE(s.keeper->MergePath(theirs_file));
  EXPECT_TRUE(s.keeper->Reviewing()->result.conflicts.empty()) << "the decision sticks";
  s.keeper->FinishMerge();
  EXPECT_TRUE(s.Said("already has everything")) << "merging the same copy twice changes nothing";
  EXPECT_EQ(s.app.history().UndoName(), "Merge a copy");
}

TEST_F(MergeFromFile, AValueTypedInTheReviewIsKeptInTheSameStep) {
  std::size_t steps = s.app.history().StepCount();
  ASSERT_TRUE(s.keeper->MergePath(theirs_file));
  s.keeper->Reviewing()->typed[0] = "Sam and Priya, together";
  s.keeper->FinishMerge();
  EXPECT_EQ(Lead(), "Sam and Priya, together");
  EXPECT_EQ(s.app.history().StepCount(), steps + 1);
  Undo();
  EXPECT_TRUE(SameContent(s.app.plan(), before));
}

TEST_F(MergeFromFile, BadAndTooNewFilesChangeNothing) {
  for (const char* bad : {"bad/truncated.coplan.json", "bad/newer-version.coplan.json", "bad/not-json.coplan.json"}) {
    std::string path = std::string(COPLAN_TEST_DATA) + "/" + bad;
    EXPECT_FALSE(s.keeper->MergePath(path)) << bad;
    EXPECT_EQ(s.keeper->Reviewing(), nullptr);
    EXPECT_TRUE(s.Said("The file “" + path + "” could not be opened, so your plan was left as it was.")) << bad;
    EXPECT_TRUE(s.app.plan() == before);
  }
  EXPECT_FALSE(s.keeper->MergePath(files.Path("missing.coplan.json")));
  EXPECT_TRUE(s.Said("Your plan was left as it was."));
  EXPECT_TRUE(s.app.plan() == before);
}

TEST_F(MergeFromFile, ADifferentPlanIsNotMergedButItsItemsCanBeAdded) {
  std::string other = std::string(COPLAN_TEST_DATA) + "/good/workshop.coplan.json";
  ASSERT_TRUE(s.keeper->MergePath(other));
  ASSERT_NE(s.keeper->Reviewing(), nullptr);
  EXPECT_FALSE(s.keeper->Reviewing()->result.related);
  EXPECT_TRUE(s.app.plan() == before);
  s.keeper->AddAsNew();
  EXPECT_GT(LiveActions(s.app.plan()).size(), LiveActions(before).size());
  EXPECT_NE(s.app.history().UndoName().find("from another plan"), std::string::npos);
  Undo();
  EXPECT_TRUE(SameContent(s.app.plan(), before));
}

TEST_F(MergeFromFile, ADroppedCopyAsksWithMergeFirst) {
  ASSERT_TRUE(s.keeper->DroppedPath(theirs_file));
  ASSERT_NE(s.keeper->Asking(), nullptr);
  EXPECT_EQ(s.keeper->Asking()->choices,
            (std::vector<std::string>{"Merge it into this plan", "Open it", "Cancel"}));
  EXPECT_TRUE(s.app.plan() == before);
  s.keeper->Answer(0);
  ASSERT_NE(s.keeper->Reviewing(), nullptr);
  EXPECT_EQ(s.keeper->Reviewing()->result.conflicts.size(), 1u);
}

TEST_F(MergeFromFile, AFileDroppedDuringAReviewEndsItAndIsAskedAbout) {
  ASSERT_TRUE(s.keeper->MergePath(theirs_file));
  ASSERT_TRUE(s.keeper->DroppedPath(theirs_file));
  EXPECT_EQ(s.keeper->Reviewing(), nullptr);
  ASSERT_NE(s.keeper->Asking(), nullptr);
  EXPECT_TRUE(s.app.plan() == before);
}

TEST_F(MergeFromFile, ADroppedDifferentPlanAsksWithOpenFirst) {
  std::string other = std::string(COPLAN_TEST_DATA) + "/good/workshop.coplan.json";
  ASSERT_TRUE(s.keeper->DroppedPath(other));
  ASSERT_NE(s.keeper->Asking(), nullptr);
  EXPECT_EQ(s.keeper->Asking()->choices[0], "Open it");
  s.keeper->Answer(2);
  EXPECT_TRUE(s.app.plan() == before) << "Cancel";
  ASSERT_TRUE(s.keeper->DroppedPath(other));
  s.keeper->Answer(0);
  EXPECT_EQ(s.keeper->Path(), other);
  EXPECT_NE(s.app.plan().title, before.title);
}

TEST(MergeDrop, OnAnUntouchedNewPlanAFileJustOpens) {
  MemoryStore store;
  Session s(store);
  s.Start();
  std::string other = std::string(COPLAN_TEST_DATA) + "/good/workshop.coplan.json";
  ASSERT_TRUE(s.keeper->DroppedPath(other));
  EXPECT_EQ(s.keeper->Asking(), nullptr);
  EXPECT_EQ(s.keeper->Path(), other);
}

}  // namespace
}  // namespace coplan::test
