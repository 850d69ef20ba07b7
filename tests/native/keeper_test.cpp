// The keeper on the desktop, with a real App: autosave waits for the library, retries and says
// so; recovery after a crash; "save before closing?"; a failed save keeps the plan unsaved;
// opening over unsaved work keeps it; a file changed on disk is noticed.
#include <gtest/gtest.h>

#include "app/app.h"
#include "app/keeper.h"
#include "io/plan_file.h"
#include "model/template.h"
#include "keeper_session.h"
#include "native_support.h"
#include "platform/store_folder.h"

namespace coplan::test {
namespace {

TEST(Keeper, DoesNotWriteBeforeTheLibraryHasLoaded) {
  MemoryStore store;
  store.values["index"] = R"({"format": "coplan-library", "version": 1, "plans": []})";
  store.held = true;
  Session s(store);
  s.keeper->Start();
  s.Rename("Changed before the library loaded");
  s.Run(3);
  EXPECT_EQ(store.writes, 0);
  store.held = false;
  s.Run(2);
  EXPECT_GE(store.writes, 1);
  ASSERT_EQ(s.keeper->library().Plans().size(), 1u);
  EXPECT_EQ(s.keeper->library().Plans()[0]->title, "Changed before the library loaded");
}

TEST(Keeper, KeepsEachChangeWithinAboutASecond) {
  MemoryStore store;
  Session s(store);
  s.Start();
  EXPECT_EQ(s.keeper->State(), KeepState::NotYet) << "an untouched new plan is not kept";
  s.Rename("First title");
  s.Run(0.5);
  EXPECT_EQ(s.keeper->State(), KeepState::Keeping);
  s.Run(0.7);
  EXPECT_EQ(s.keeper->State(), KeepState::Kept);
  EXPECT_NE(store.values.at(s.keeper->Current().key).find("First title"), std::string::npos);
}

TEST(Keeper, RetriesAFailedWriteAndSaysSoOnce) {
  MemoryStore store;
  Session s(store);
  s.Start();
  store.write_failures = 3;
  store.full = true;
  s.Rename("Kept in the end");
  s.Run(1.2);
  EXPECT_EQ(s.keeper->State(), KeepState::Failing);
  EXPECT_TRUE(s.Said("is full"));
  std::size_t notices = s.app.notices().size();
  s.Run(8);
  EXPECT_EQ(s.keeper->State(), KeepState::Kept);
  EXPECT_TRUE(s.Said("kept on this computer again"));
  EXPECT_EQ(s.app.notices().size(), notices + 1) << "one notice for the failures, one for the recovery";
  EXPECT_NE(store.values.at(s.keeper->Current().key).find("Kept in the end"), std::string::npos);
}

TEST(Keeper, RecoversUnsavedChangesAfterACrashAndAdoptsTheCopyId) {
  TempFolder state, config, files;
  std::string file = SamplePlanFile(files, "Workshop");
  std::string copy_before;
  {
    platform::FolderStore store(state.Path(), config.Path());
    Session s(store);
    s.Start();
    ASSERT_TRUE(s.keeper->OpenPath(file));
    s.Rename("Workshop, changed and not saved");
    s.Run(1.5);
    copy_before = s.app.copy().text;
  }  // the program stops without closing: a crash or a power cut
  platform::FolderStore store(state.Path(), config.Path());
  Session s(store);
  s.Start();
  EXPECT_EQ(s.app.copy().text, copy_before) << "the copy id is this installation's, kept between runs";
  EXPECT_EQ(s.keeper->Asking(), nullptr) << "offered, not asked: nobody is stopped from starting";
  ASSERT_TRUE(s.keeper->CanRecover());
  EXPECT_TRUE(s.Said("Coplan closed before the changes to “Workshop, changed and not saved” were saved"));
  s.keeper->Recover();
  s.Run(0.3);
  EXPECT_FALSE(s.keeper->CanRecover());
  EXPECT_FALSE(s.Said("Coplan closed before the changes")) << "the offer goes once it is taken";
  EXPECT_EQ(s.app.plan().title, "Workshop, changed and not saved");
  EXPECT_TRUE(s.keeper->Unsaved());
  EXPECT_EQ(s.keeper->Path(), file) << "Save writes to the file it came from";
  ASSERT_TRUE(s.keeper->Save());
  LoadResult saved = LoadPlanText(ReadFile(file));
  ASSERT_TRUE(saved.ok());
  EXPECT_EQ(saved.plan->title, "Workshop, changed and not saved");
}

TEST(Keeper, AFailedSaveSaysWhyAndKeepsThePlanUnsaved) {
  TempFolder state, config, files;
  std::string file = SamplePlanFile(files, "Plan");
  std::string before = ReadFile(file);
  BreakableFileSystem fs;
  MemoryStore store;
  Session s(store, &fs);
  s.Start();
  ASSERT_TRUE(s.keeper->OpenPath(file));
  s.Rename("New title");
  fs.fail_at = BreakableFileSystem::Step::Rename;
  fs.error_number = EROFS;
  EXPECT_FALSE(s.keeper->Save());
  EXPECT_TRUE(s.keeper->Unsaved());
  EXPECT_TRUE(s.Said("that place is read-only"));
  EXPECT_TRUE(s.Said("has not been saved"));
  EXPECT_EQ(ReadFile(file), before);
  fs.fail_at = BreakableFileSystem::Step::None;
  EXPECT_TRUE(s.keeper->Save());
  EXPECT_FALSE(s.keeper->Unsaved());
}

TEST(Keeper, AsksBeforeClosingWithUnsavedChanges) {
  TempFolder state, config;
  {
    platform::FolderStore store(state.Path(), config.Path());
    Session s(store);
    s.Start();
    EXPECT_TRUE(s.keeper->MayClose()) << "nothing to lose yet";
    s.Rename("Not saved");
    EXPECT_FALSE(s.keeper->MayClose());
    ASSERT_NE(s.keeper->Asking(), nullptr);
    EXPECT_EQ(s.keeper->Asking()->choices, (std::vector<std::string>{"Save", "Don't save", "Cancel"}));
    s.keeper->Answer(2);
    EXPECT_FALSE(s.keeper->MayClose());
    s.keeper->Answer(1);
    EXPECT_TRUE(s.keeper->MayClose());
  }
  platform::FolderStore store(state.Path(), config.Path());
  Session s(store);
  s.Start();
  EXPECT_FALSE(s.keeper->CanRecover()) << "the person chose not to save: nothing to recover";
  ASSERT_EQ(s.keeper->library().Plans().size(), 1u) << "but the plan is still in My plans";
  EXPECT_EQ(s.keeper->library().Plans()[0]->title, "Not saved");
}

TEST(Keeper, WhenNothingCanBeKeptItSaysSoAndStillAsksBeforeClosing) {
  MemoryStore store;
  store.read_failures = 1;
  Session s(store);
  s.Start();
  EXPECT_EQ(s.keeper->State(), KeepState::Off);
  EXPECT_TRUE(s.Said("Your changes are not being kept there"));
  s.Rename("Only in memory");
  s.Run(2);
  EXPECT_EQ(store.writes, 0) << "a library that could not be read is never overwritten";
  EXPECT_FALSE(s.keeper->MayClose());
  ASSERT_NE(s.keeper->Asking(), nullptr);
  EXPECT_NE(s.keeper->Asking()->text.find("If you do not save them, they are lost."), std::string::npos);
}

TEST(Keeper, OpeningOverUnsavedWorkKeepsItFirst) {
  TempFolder files;
  std::string file = SamplePlanFile(files, "Another");
  MemoryStore store;
  Session s(store);
  s.Start();
  s.Rename("Work in progress");
  s.Run(0.2);
  std::string old_key = s.keeper->Current().key;
  ASSERT_TRUE(s.keeper->OpenPath(file));
  s.Run(0.2);
  EXPECT_EQ(s.app.plan().title, "Another");
  EXPECT_TRUE(s.Said("“Work in progress” had changes that were not saved to a file"));
  const PlanInfo* old_plan = s.keeper->library().Find(old_key);
  ASSERT_NE(old_plan, nullptr);
  EXPECT_EQ(old_plan->title, "Work in progress");
  EXPECT_TRUE(old_plan->unsaved);
  ASSERT_FALSE(old_plan->versions.empty());
  EXPECT_EQ(old_plan->versions.back().why, "Before opening " + file);
  s.keeper->SwitchTo(old_key);
  s.Run(0.2);
  EXPECT_EQ(s.app.plan().title, "Work in progress");
}

TEST(Keeper, ABadFileChangesNothing) {
  TempFolder files;
  std::string bad = files.Path("bad.coplan.json");
  WriteFile(bad, "{\"format\": \"coplan\", \"version\": 2, \"title\": ");
  MemoryStore store;
  Session s(store);
  s.Start();
  s.Rename("Mine");
  s.Run(1.5);
  std::string before = SavePlanText(s.app.plan());
  std::size_t plans = s.keeper->library().Plans().size();
  EXPECT_FALSE(s.keeper->OpenPath(bad));
  EXPECT_FALSE(s.keeper->OpenPath(files.Path("missing.coplan.json")));
  s.Run(0.2);
  EXPECT_EQ(SavePlanText(s.app.plan()), before);
  EXPECT_EQ(s.keeper->library().Plans().size(), plans);
  EXPECT_TRUE(s.Said("could not be opened"));
}

TEST(Keeper, NoticesAFileChangedOnDiskAndAsksBeforeSavingOverIt) {
  TempFolder files;
  std::string file = SamplePlanFile(files, "Shared");
  MemoryStore store;
  Session s(store);
  s.Start();
  ASSERT_TRUE(s.keeper->OpenPath(file));
  s.Run(2.5);
  EXPECT_FALSE(s.keeper->ChangedOnDisk());
  WriteFile(file, ReadFile(file) + "\n\n");
  s.Run(2.5);
  EXPECT_TRUE(s.keeper->ChangedOnDisk());
  EXPECT_TRUE(s.Said("was changed by another program or person"));
  EXPECT_FALSE(s.keeper->Save());
  ASSERT_NE(s.keeper->Asking(), nullptr);
  EXPECT_EQ(s.keeper->Asking()->kind, Question::Kind::ChangedOnDisk);
  s.keeper->Answer(0);
  EXPECT_FALSE(s.keeper->ChangedOnDisk());
  EXPECT_TRUE(LoadPlanText(ReadFile(file)).ok());
}

TEST(Keeper, MyPlansRenameDuplicateDeleteAndUndo) {
  MemoryStore store;
  Session s(store);
  s.Start();
  s.Rename("First");
  s.Run(1.2);
  std::string first = s.keeper->Current().key;
  s.keeper->NewPlan();
  s.Rename("Second");
  s.Run(1.2);
  s.keeper->Rename(first, "First, renamed");
  s.Run(0.3);
  s.keeper->Duplicate(first);
  s.Run(0.3);
  std::vector<std::string> titles;
  for (const PlanInfo* p : s.keeper->library().Plans()) titles.push_back(p->title);
  std::sort(titles.begin(), titles.end());
  EXPECT_EQ(titles, (std::vector<std::string>{"First, renamed", "First, renamed (copy)", "Second"}));
  s.keeper->Delete(first);
  s.Run(0.3);
  EXPECT_EQ(s.keeper->library().Plans().size(), 2u);
  s.keeper->UndoDelete();
  s.Run(0.3);
  EXPECT_EQ(s.keeper->library().Plans().size(), 3u);
  s.keeper->SwitchTo(first);
  s.Run(0.3);
  EXPECT_EQ(s.app.plan().title, "First, renamed");
}

TEST(Keeper, GoesBackToAnEarlierVersionAndKeepsTheLatestAsAVersion) {
  TempFolder files;
  std::string file = SamplePlanFile(files, "Versions");
  MemoryStore store;
  Session s(store);
  s.Start();
  ASSERT_TRUE(s.keeper->OpenPath(file));
  s.Run(0.3);
  s.Rename("Changed since");
  s.Run(1.5);
  const PlanInfo* entry = s.keeper->library().Find(s.keeper->Current().key);
  ASSERT_EQ(entry->versions.size(), 1u);
  VersionInfo opened = entry->versions.front();
  EXPECT_EQ(opened.why, "Opened");
  s.keeper->Preview(opened);
  s.Run(0.2);
  ASSERT_TRUE(s.keeper->Previewing() && s.keeper->Previewing()->plan);
  EXPECT_EQ(s.keeper->Previewing()->plan->title, "Versions");
  s.keeper->Restore(opened);
  s.Run(1.5);
  EXPECT_EQ(s.app.plan().title, "Versions");
  entry = s.keeper->library().Find(s.keeper->Current().key);
  EXPECT_EQ(entry->versions.back().why, "Before going back to an earlier version");
  EXPECT_TRUE(s.keeper->Unsaved());
}

TEST(SafeFileName, MakesAnyTitleASafeName) {
  EXPECT_EQ(SafeFileName("Our plan"), "Our plan.coplan.json");
  EXPECT_EQ(SafeFileName("Cynllun: Caerdydd/Cymru?"), "Cynllun- Caerdydd-Cymru-.coplan.json");
  EXPECT_EQ(SafeFileName("  .. "), "Plan.coplan.json");
  EXPECT_EQ(SafeFileName(""), "Plan.coplan.json");
  std::string long_title(200, 'w');
  EXPECT_EQ(SafeFileName(long_title).size(), 80u + 12u);
}

}  // namespace
}  // namespace coplan::test
