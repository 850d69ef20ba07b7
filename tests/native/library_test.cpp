// The library of kept plans: its index survives a round trip, versions are capped and not kept
// twice, the bin is emptied at the next start, and a damaged index is made again from the plans.
#include <gtest/gtest.h>

#include "app/keep_timer.h"
#include "app/library.h"
#include "io/plan_file.h"
#include "model/template.h"
#include "native_support.h"

namespace coplan::test {
namespace {

PlanInfo Info(const std::string& key, const std::string& title) {
  PlanInfo info;
  info.key = key;
  info.title = title;
  info.place = "Anytown";
  info.changed_at = "2026-11-23T10:00:00Z";
  return info;
}

void Load(Library& library, MemoryStore& store, bool expect_ok = true) {
  bool ok = false, called = false;
  library.Load([&](bool good, std::string) { ok = good, called = true; });
  for (int i = 0; i < 4 && !called; ++i) store.Pump();
  ASSERT_TRUE(called);
  EXPECT_EQ(ok, expect_ok);
}

TEST(Library, KeepsPlansAndReadsThemBackInAnotherSession) {
  MemoryStore store;
  IdMaker ids(1);
  {
    Library library(store);
    Load(library, store);
    library.Settings().copy_id = "c0ffee";
    library.AddRecentFile("/a.coplan.json");
    library.Keep(Info("plan/one", "Our plan ŵ"), "text one", "Opened", 3, ids, {});
    store.Pump();
  }
  Library again(store);
  Load(again, store);
  ASSERT_EQ(again.Plans().size(), 1u);
  const PlanInfo& plan = *again.Plans()[0];
  EXPECT_EQ(plan.title, "Our plan ŵ");
  EXPECT_EQ(plan.place, "Anytown");
  ASSERT_EQ(plan.versions.size(), 1u);
  EXPECT_EQ(plan.versions[0].why, "Opened");
  EXPECT_EQ(plan.versions[0].actions, 3u);
  EXPECT_EQ(store.values.at(plan.versions[0].key), "text one");
  EXPECT_EQ(store.values.at("plan/one"), "text one");
  EXPECT_EQ(again.Settings().copy_id, "c0ffee");
  EXPECT_EQ(again.Settings().recent_files, std::vector<std::string>{"/a.coplan.json"});
}

TEST(Library, KeepsAtMostTwentyVersionsAndNeverTheSameTwiceInARow) {
  MemoryStore store;
  IdMaker ids(2);
  Library library(store);
  Load(library, store);
  library.Keep(Info("plan/one", "P"), "same", "Opened", 0, ids, {});
  library.Keep(Info("plan/one", "P"), "same", "Saved to a file", 0, ids, {});
  store.Pump();
  EXPECT_EQ(library.Find("plan/one")->versions.size(), 1u);
  for (int i = 0; i < 30; ++i) library.Keep(Info("plan/one", "P"), "text " + std::to_string(i), "While editing", 0, ids, {});
  library.Keep(Info("plan/one", "P"), "last", "", 0, ids, {});
  store.Pump();
  const auto& versions = library.Find("plan/one")->versions;
  ASSERT_EQ(versions.size(), kMaxVersions);
  EXPECT_EQ(store.values.at(versions.back().key), "text 29");
  std::size_t kept_versions = 0;
  for (const auto& [key, value] : store.values) kept_versions += key.rfind("version/", 0) == 0;
  EXPECT_EQ(kept_versions, kMaxVersions) << "the oldest versions' texts are removed too";
}

TEST(Library, EmptiesTheBinAtTheNextStartButNotBefore) {
  MemoryStore store;
  IdMaker ids(3);
  Library library(store);
  Load(library, store);
  library.Keep(Info("plan/one", "One"), "1", "Opened", 0, ids, {});
  library.Keep(Info("plan/two", "Two"), "2", "", 0, ids, {});
  library.MoveToBin("plan/one", "2026-11-23T11:00:00Z");
  library.SaveIndex({});
  store.Pump();
  EXPECT_EQ(library.Plans().size(), 1u);
  EXPECT_EQ(library.Plans(true).size(), 2u);
  library.TakeFromBin("plan/one");
  EXPECT_EQ(library.Plans().size(), 2u);
  library.MoveToBin("plan/one", "2026-11-23T11:00:00Z");
  library.SaveIndex({});
  store.Pump();
  EXPECT_TRUE(store.values.count("plan/one")) << "still there to undo";
  Library next(store);
  Load(next, store);
  next.SaveIndex({});
  store.Pump();
  EXPECT_EQ(next.Plans(true).size(), 1u);
  EXPECT_FALSE(store.values.count("plan/one"));
  for (const auto& [key, value] : store.values) EXPECT_NE(key.rfind("version/one", 0), 0u) << key;
}

TEST(Library, RebuildsADamagedIndexFromThePlansItFinds) {
  MemoryStore store;
  IdMaker ids(4);
  Plan plan = NewPlan("Found plan", ids, CopyId{"abc"}, "2026-11-23T10:00:00Z");
  plan.place = "Caerdydd";
  store.values["plan/x1"] = SavePlanText(plan);
  store.values["version/x1/v1"] = SavePlanText(plan);
  store.values["index"] = "{ this is not the index";
  Library library(store);
  Load(library, store);
  EXPECT_EQ(library.Rebuilt(), 1u);
  ASSERT_EQ(library.Plans().size(), 1u);
  EXPECT_EQ(library.Plans()[0]->title, "Found plan");
  EXPECT_EQ(library.Plans()[0]->place, "Caerdydd");
  EXPECT_EQ(library.Plans()[0]->versions.size(), 1u);
}

TEST(Library, AFailedReadIsReported) {
  MemoryStore store;
  store.read_failures = 1;
  Library library(store);
  Load(library, store, false);
  EXPECT_FALSE(library.Loaded());
}

TEST(KeepTimer, KeepsAboutASecondAfterTheFirstChangeEvenWhileChangesGoOn) {
  KeepTimer timer;
  timer.Changed(10.0);
  timer.Changed(10.5);
  timer.Changed(10.9);
  EXPECT_FALSE(timer.Due(10.9));
  EXPECT_TRUE(timer.Due(11.0));
  timer.Started();
  EXPECT_FALSE(timer.Due(20.0));
  timer.Changed(11.2);
  EXPECT_FALSE(timer.Due(12.5)) << "one write at a time";
  timer.Finished(true, 12.5);
  EXPECT_TRUE(timer.Due(12.5));
}

TEST(KeepTimer, RetriesAfterFailuresWaitingLongerEachTime) {
  KeepTimer timer;
  timer.Changed(0);
  double now = 1;
  for (double wait : {1.0, 2.0, 4.0, 8.0, 16.0, 30.0, 30.0}) {
    ASSERT_TRUE(timer.Due(now));
    timer.Started();
    timer.Finished(false, now);
    EXPECT_FALSE(timer.Due(now + wait - 0.01));
    EXPECT_TRUE(timer.Due(now + wait));
    now += wait;
  }
  timer.Hurry();
  EXPECT_TRUE(timer.Due(now - 100));
}

}  // namespace
}  // namespace coplan::test

namespace coplan::test {
namespace {

TEST(Library, PutsBackKeptPlansMissingFromTheIndex) {
  MemoryStore store;
  IdMaker ids(5);
  Library first(store), second(store);
  Load(first, store);
  Load(second, store);
  // Two tabs, each with its own idea of the index: the second write forgets the first plan.
  first.Keep(Info("plan/a", "From the first tab"), SavePlanText(NewPlan("From the first tab", ids, CopyId{"a"}, "2026-11-23T10:00:00Z")), "", 0, ids, {});
  second.Keep(Info("plan/b", "From the second tab"), SavePlanText(NewPlan("From the second tab", ids, CopyId{"b"}, "2026-11-23T10:00:00Z")), "", 0, ids, {});
  store.Pump();
  Library next(store);
  Load(next, store);
  EXPECT_EQ(next.Found(), 1u);
  std::vector<std::string> titles;
  for (const PlanInfo* p : next.Plans()) titles.push_back(p->title);
  std::sort(titles.begin(), titles.end());
  EXPECT_EQ(titles, (std::vector<std::string>{"From the first tab", "From the second tab"}));
}

}  // namespace
}  // namespace coplan::test
