// coplan-cli run as a program on good and bad files.
#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>

#include "cli_support.h"
#include "io/plan_file.h"
#include "model/commands.h"
#include "model/history.h"
#include "model/queries.h"

namespace coplan {
namespace {

using namespace test;

TEST(Cli, ValidateGoodFilesPrintsOk) {
  CliRun r = Cli("validate " + Data("good/workshop.coplan.json") + " " + Data("good/unknown-fields.coplan.json"));
  EXPECT_EQ(r.status, 0) << r.output;
  EXPECT_NE(r.output.find("workshop.coplan.json: OK"), std::string::npos) << r.output;
  EXPECT_NE(r.output.find("unknown-fields.coplan.json: OK"), std::string::npos) << r.output;
}

TEST(Cli, ValidateRepairableFilePrintsWarningsAndSucceeds) {
  CliRun r = Cli("validate " + Data("warn/dangling-links.coplan.json"));
  EXPECT_EQ(r.status, 0) << r.output;
  EXPECT_NE(r.output.find("warning: links[1]: this link points to an action"), std::string::npos) << r.output;
  EXPECT_NE(r.output.find(": OK"), std::string::npos);
}

TEST(Cli, ValidateBadFilesPrintsEachProblemAndFails) {
  CliRun r = Cli("validate " + Data("good/workshop.coplan.json") + " " + Data("bad/wrong-types.coplan.json") + " " +
              Data("bad/truncated.coplan.json"));
  EXPECT_EQ(r.status, 1) << r.output;
  EXPECT_NE(r.output.find("wrong-types.coplan.json: error: actions[1].title: should be text"), std::string::npos) << r.output;
  EXPECT_NE(r.output.find("error: actions[2].lead_has_lived_experience"), std::string::npos) << r.output;
  EXPECT_NE(r.output.find("truncated.coplan.json: error: line 164"), std::string::npos) << r.output;
  EXPECT_NE(r.output.find("workshop.coplan.json: OK"), std::string::npos);
}

TEST(Cli, ValidateEveryBadFileFails) {
  for (const auto& entry : std::filesystem::directory_iterator(Data("bad"))) {
    CliRun r = Cli("validate " + entry.path().string());
    EXPECT_EQ(r.status, 1) << entry.path();
    EXPECT_NE(r.output.find("error:"), std::string::npos) << entry.path();
  }
}

TEST(Cli, ValidateMissingFileFails) {
  CliRun r = Cli("validate " + Temp("does-not-exist.coplan.json"));
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.err.find("there is no such file"), std::string::npos) << r.output;
}

TEST(Cli, NewWritesAValidPlanFromTheTemplate) {
  std::string out = Temp("new.coplan.json");
  CliRun r = Cli("new --title \"Anytown plan\" -o " + out);
  ASSERT_EQ(r.status, 0) << r.output;
  LoadResult loaded = LoadPlanText(ReadAll(out));
  ASSERT_TRUE(loaded.ok());
  EXPECT_EQ(loaded.plan->title, "Anytown plan");
  EXPECT_EQ(loaded.plan->changes.size(), 5u);
  EXPECT_EQ(loaded.plan->vision.parts.size(), 4u);
  EXPECT_EQ(Cli("validate " + out).status, 0);
  std::filesystem::remove(out);
}

TEST(Cli, UpgradeMigratesAndKeepsUnknownFields) {
  std::string out = Temp("upgraded.coplan.json");
  CliRun r = Cli("upgrade " + Data("old/v1-workshop.coplan.json") + " -o " + out);
  ASSERT_EQ(r.status, 0) << r.output;
  EXPECT_NE(r.output.find("older Coplan (file version 1)"), std::string::npos) << r.output;
  std::string text = ReadAll(out);
  EXPECT_NE(text.find("\"version\": 2,"), std::string::npos);
  EXPECT_EQ(Cli("validate " + out).status, 0);
  r = Cli("upgrade " + Data("good/unknown-fields.coplan.json") + " -o " + out);
  ASSERT_EQ(r.status, 0) << r.output;
  EXPECT_EQ(ReadAll(out), ReadAll(Data("good/unknown-fields.coplan.json")));
  std::filesystem::remove(out);
}

TEST(Cli, UpgradeOfABadFileFailsAndWritesNothing) {
  std::string out = Temp("not-written.coplan.json");
  std::filesystem::remove(out);
  CliRun r = Cli("upgrade " + Data("bad/newer-version.coplan.json") + " -o " + out);
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.output.find("newer Coplan"), std::string::npos) << r.output;
  EXPECT_FALSE(std::filesystem::exists(out));
}

TEST(Cli, WrongUsagePrintsHelp) {
  EXPECT_EQ(Cli("").status, 2);
  EXPECT_EQ(Cli("frobnicate").status, 2);
  EXPECT_EQ(Cli("new -o x.json").status, 2);
  EXPECT_NE(Cli("").output.find("coplan-cli validate FILE"), std::string::npos);
}

}  // namespace
}  // namespace coplan

namespace coplan {
namespace {

using namespace test;

// Two copies of the workshop plan edited apart, written to temporary files.
struct MergeFiles {
  std::string ours = TestTemp("ours.coplan.json"), theirs = TestTemp("theirs.coplan.json"),
              out = TestTemp("merged.coplan.json");
};

MergeFiles WriteCopies(bool conflicting) {
  LoadResult base = LoadPlanText(ReadAll(Data("good/workshop.coplan.json")));
  Plan a = *base.plan, b = *base.plan;
  auto edit = [](Plan& plan, const char* copy, const char* lead, std::size_t i) {
    History h(CopyId{copy}, [] { return std::string("2026-11-23T10:00:00Z"); });
    Action x = plan.actions[i];
    x.lead = lead;
    h.Apply(plan, EditAction(plan, x));
  };
  edit(a, "1111111111111111", "Sam (council)", 0);
  edit(b, "2222222222222222", "Priya (lives with support)", conflicting ? 0 : 1);
  MergeFiles f;
  std::ofstream(f.ours, std::ios::binary) << SavePlanText(a);
  std::ofstream(f.theirs, std::ios::binary) << SavePlanText(b);
  std::filesystem::remove(f.out);
  return f;
}

TEST(CliMerge, CleanMergeWritesTheResult) {
  MergeFiles f = WriteCopies(false);
  CliRun r = Cli("merge " + f.ours + " " + f.theirs + " -o " + f.out);
  ASSERT_EQ(r.status, 0) << r.output;
  EXPECT_NE(r.output.find("No conflicts"), std::string::npos) << r.output;
  LoadResult merged = LoadPlanText(ReadAll(f.out));
  ASSERT_TRUE(merged.ok());
  EXPECT_EQ(merged.plan->actions[0].lead, "Sam (council)");
  EXPECT_EQ(merged.plan->actions[1].lead, "Priya (lives with support)");
}

TEST(CliMerge, ConflictsNeedADecision) {
  MergeFiles f = WriteCopies(true);
  CliRun r = Cli("merge " + f.ours + " " + f.theirs + " -o " + f.out);
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.output.find("1 conflict"), std::string::npos) << r.output;
  EXPECT_NE(r.output.find("this copy:  \"Sam (council)\""), std::string::npos) << r.output;
  EXPECT_NE(r.output.find("other copy: \"Priya (lives with support)\""), std::string::npos) << r.output;
  EXPECT_EQ(r.out.find("Merged"), std::string::npos) << "nothing was merged: " << r.out;
  EXPECT_NE(r.err.find("error: Nothing was merged or written: decide the conflicts"), std::string::npos) << r.err;
  EXPECT_FALSE(std::filesystem::exists(f.out));
  ASSERT_EQ(Cli("merge " + f.ours + " " + f.theirs + " -o " + f.out + " --theirs").status, 0);
  EXPECT_EQ(LoadPlanText(ReadAll(f.out)).plan->actions[0].lead, "Priya (lives with support)");
  ASSERT_EQ(Cli("merge " + f.ours + " " + f.theirs + " -o " + f.out + " --ours").status, 0);
  EXPECT_EQ(LoadPlanText(ReadAll(f.out)).plan->actions[0].lead, "Sam (council)");
}

// One copy deleted the first action (and so its link), the other changed its lead: --theirs keeps
// the change, and the link comes back with the action.
TEST(CliMerge, KeepingTheChangedActionBringsBackItsLinks) {
  LoadResult base = LoadPlanText(ReadAll(Data("good/workshop.coplan.json")));
  ASSERT_TRUE(base.ok());
  Plan deleted = *base.plan, changed = *base.plan;
  ASSERT_FALSE(deleted.links.empty());
  const ActionId first = deleted.links[0].to;
  History hd(CopyId{"1111111111111111"}, [] { return std::string("2026-11-23T10:00:00Z"); });
  hd.Apply(deleted, DeleteItems(deleted, {{first}}));
  ASSERT_TRUE(deleted.links[0].meta.deleted);
  History hc(CopyId{"2222222222222222"}, [] { return std::string("2026-11-23T11:00:00Z"); });
  Action edited = *FindAction(changed, first);
  edited.lead = "Priya (lives with support)";
  hc.Apply(changed, EditAction(changed, edited));
  MergeFiles f;
  std::ofstream(f.ours, std::ios::binary) << SavePlanText(deleted);
  std::ofstream(f.theirs, std::ios::binary) << SavePlanText(changed);
  CliRun r = Cli("merge " + f.ours + " " + f.theirs + " -o " + f.out + " --theirs");
  ASSERT_EQ(r.status, 0) << r.output;
  EXPECT_NE(r.output.find("deleted in one copy, changed in the other"), std::string::npos) << r.output;
  LoadResult merged = LoadPlanText(ReadAll(f.out));
  ASSERT_TRUE(merged.ok());
  EXPECT_FALSE(FindAction(*merged.plan, first)->meta.deleted);
  EXPECT_FALSE(merged.plan->links[0].meta.deleted) << "the link deleted with the action comes back with it";
}

TEST(CliMerge, UnrelatedPlansAreRefused) {
  MergeFiles f;
  CliRun r = Cli("merge " + Data("good/workshop.coplan.json") + " " + Data("old/v1-workshop.coplan.json") + " -o " + f.out);
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.output.find("two different plans"), std::string::npos) << r.output;
}

}  // namespace
}  // namespace coplan
