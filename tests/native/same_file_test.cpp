// Opening the same file again uses its entry in My plans, with no second copy; "Last change" is
// the plan's own. Changes never saved to a file are never overwritten by opening it again.
#include <gtest/gtest.h>

#include "io/plan_file.h"
#include "keeper_session.h"
#include "native_support.h"
#include "platform/store_folder.h"

namespace coplan::test {
namespace {

std::vector<const PlanInfo*> Plans(Session& s) { return s.keeper->library().Plans(); }

TEST(SameFile, OpenedThreeTimesIsOneEntryAndOneCopy) {
  TempFolder state, config, files;
  std::string file = SamplePlanFile(files, "Workshop");
  platform::FolderStore store(state.Path(), config.Path());
  Session s(store);
  s.Start();
  for (int i = 0; i < 3; ++i) {
    ASSERT_TRUE(s.keeper->OpenPath(file));
    s.Run(0.5);
  }
  ASSERT_EQ(Plans(s).size(), 1u);
  const PlanInfo& entry = *Plans(s)[0];
  EXPECT_EQ(entry.file, file);
  EXPECT_EQ(entry.changed_at, "2026-11-20T10:00:00Z") << "the plan's last change, not when it was opened";
  EXPECT_EQ(entry.versions.size(), 1u) << "the same text is not kept twice";
  EXPECT_EQ(FilesIn(state.Path("plan")), 1u);
}

TEST(SameFile, OpeningItAgainOverUnsavedChangesKeepsThemAsAnEarlierVersion) {
  MemoryStore store;
  TempFolder files;
  std::string file = SamplePlanFile(files, "Workshop");
  Session s(store);
  s.Start();
  ASSERT_TRUE(s.keeper->OpenPath(file));
  s.Rename("Workshop, changed and not saved");
  s.Run(1.5);
  std::string key = s.keeper->Current().key;
  ASSERT_TRUE(s.keeper->OpenPath(file));
  s.Run(0.5);
  EXPECT_EQ(s.app.plan().title, "Workshop");
  ASSERT_EQ(Plans(s).size(), 1u);
  EXPECT_EQ(s.keeper->Current().key, key);
  bool kept = false;
  for (const VersionInfo& v : Plans(s)[0]->versions)
    kept |= v.title == "Workshop, changed and not saved" && v.why.rfind("Before opening", 0) == 0;
  EXPECT_TRUE(kept) << "the unsaved changes are an earlier version";
  EXPECT_TRUE(s.Said("kept in My plans"));
}

TEST(SameFile, AnotherEntryWithUnsavedChangesIsNotOverwritten) {
  MemoryStore store;
  TempFolder files;
  std::string workshop = SamplePlanFile(files, "Workshop"), other = SamplePlanFile(files, "Other");
  Session s(store);
  s.Start();
  ASSERT_TRUE(s.keeper->OpenPath(workshop));
  s.Rename("Workshop, changed and not saved");
  s.Run(1.5);
  std::string first = s.keeper->Current().key;
  ASSERT_TRUE(s.keeper->OpenPath(other));
  s.Run(0.5);
  ASSERT_TRUE(s.keeper->OpenPath(workshop));
  s.Run(1.5);
  EXPECT_NE(s.keeper->Current().key, first);
  EXPECT_EQ(Plans(s).size(), 3u);
  EXPECT_EQ(s.keeper->library().Find(first)->title, "Workshop, changed and not saved");
  EXPECT_NE(store.values.at(first).find("Workshop, changed and not saved"), std::string::npos);
}

TEST(SameFile, ADifferentPlanAtTheSamePathIsANewEntry) {
  MemoryStore store;
  TempFolder files;
  std::string file = SamplePlanFile(files, "Workshop");
  Session s(store);
  s.Start();
  ASSERT_TRUE(s.keeper->OpenPath(file));
  s.Run(0.5);
  IdMaker ids(99);
  WriteFile(file, SavePlanText(NewPlan("Another plan", ids, CopyId{"fedcba9876543210"}, "2026-11-21T10:00:00Z")));
  ASSERT_TRUE(s.keeper->OpenPath(file));
  s.Run(0.5);
  EXPECT_EQ(Plans(s).size(), 2u);
}

}  // namespace
}  // namespace coplan::test
