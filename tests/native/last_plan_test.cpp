// A plan becomes "the last plan", opened at the next start, only once a frame has been drawn with
// it. A start whose last plan fails (Coplan stopped while opening it, or it cannot be read)
// starts with a new, empty plan, says so, and leaves every plan in My plans as it was. These run
// the keeper the browser's way (the last plan opens at the start), one Tick a frame. (The browser
// test files-stopped.test.mjs does the same with the real module, stopped by a trap.)
#include <gtest/gtest.h>

#include "io/plan_file.h"
#include "keeper_session.h"
#include "native_support.h"

namespace coplan::test {
namespace {

std::string PlanText(const std::string& title) {
  IdMaker ids(11);
  return SavePlanText(NewPlan(title, ids, CopyId{"0123456789abcdef"}, "2026-11-20T10:00:00Z"));
}

std::string Settings(MemoryStore& store) { return store.values.count("settings") ? store.values.at("settings") : ""; }
bool SettingsSay(MemoryStore& store, const std::string& key, const std::string& value) {
  return Settings(store).find("\"" + key + "\": \"" + value + "\"") != std::string::npos;
}

// A browser session that starts and carries on with an earlier plan, drawn and kept as the last plan.
std::string StartWithAnEarlierPlan(MemoryStore& store) {
  Session s(store, nullptr, false);
  s.Start();
  s.Rename("The earlier plan");
  s.Run(1.5);
  EXPECT_TRUE(SettingsSay(store, "last_plan", s.keeper->Current().key));
  return s.keeper->Current().key;
}

TEST(LastPlan, ANewlyOpenedPlanIsTheLastPlanOnlyOnceItWasDrawn) {
  MemoryStore store;
  std::string earlier = StartWithAnEarlierPlan(store);
  Session s(store, nullptr, false);
  s.Start();
  s.Run(0.5);
  ASSERT_EQ(s.app.plan().title, "The earlier plan");
  ASSERT_TRUE(s.keeper->OpenText(PlanText("Opened from a file"), "opened.coplan.json"));
  std::string opened = s.keeper->Current().key;
  store.Pump();  // the open plan is kept at once, before any frame is drawn with it
  ASSERT_TRUE(store.values.count(opened));
  EXPECT_TRUE(SettingsSay(store, "last_plan", earlier)) << Settings(store);
  EXPECT_TRUE(SettingsSay(store, "opening", opened)) << Settings(store);
  s.keeper->Tick();  // the frame with the new plan is drawn ...
  s.keeper->Tick();  // ... and the next one comes: it was drawn whole
  store.Pump();
  EXPECT_TRUE(SettingsSay(store, "last_plan", opened)) << Settings(store);
  EXPECT_TRUE(SettingsSay(store, "opening", "")) << Settings(store);
}

// The module stops while it draws a plan just opened from a file (its first frame never ends).
TEST(LastPlan, CoplanStoppingWhileOpeningAFileCarriesOnWithTheEarlierPlanNextTime) {
  MemoryStore store;
  std::string earlier = StartWithAnEarlierPlan(store);
  std::string opened;
  {
    Session s(store, nullptr, false);
    s.Start();
    s.Run(0.5);
    ASSERT_TRUE(s.keeper->OpenText(PlanText("Too much for Coplan"), "big.coplan.json"));
    opened = s.keeper->Current().key;
    store.Pump();
  }  // stopped: no more frames
  Session s(store, nullptr, false);
  s.Start();
  s.Run(0.5);
  EXPECT_EQ(s.app.plan().title, "The earlier plan");
  EXPECT_TRUE(s.Said("Coplan stopped last time while it was opening “Too much for Coplan”, so it did not open it "
                     "again. “Too much for Coplan” is still kept " + std::string(platform::StorePlaceName()) +
                     ", with your other plans: choose File, then My plans."));
  EXPECT_EQ(s.keeper->library().Plans().size(), 2u);
  EXPECT_NE(store.values.at(opened).find("Too much for Coplan"), std::string::npos);
}

// The module stops while it draws the last plan at the start: every later start would stop too.
TEST(LastPlan, CoplanStoppingWhileOpeningTheLastPlanStartsEmptyNextTimeWithMyPlansIntact) {
  MemoryStore store;
  std::string earlier = StartWithAnEarlierPlan(store);
  std::string kept = store.values.at(earlier);
  {
    Session s(store, nullptr, false);
    s.keeper->Start();
    for (int i = 0; i < 20 && s.app.plan().title != "The earlier plan"; ++i) s.keeper->Tick();
    ASSERT_EQ(s.app.plan().title, "The earlier plan");
    store.Pump();
    EXPECT_TRUE(SettingsSay(store, "opening", earlier)) << Settings(store);
  }  // stopped while drawing it
  for (int start = 0; start < 2; ++start) {
    Session s(store, nullptr, false);
    s.Start();
    s.Run(1);
    EXPECT_EQ(s.app.plan().title, "Our plan") << "a new, empty plan";
    EXPECT_EQ(s.keeper->library().Plans().size(), 1u);
    EXPECT_EQ(store.values.at(earlier), kept) << "the plan in My plans is as it was";
    bool told = s.Said("Coplan stopped last time while it was opening “The earlier plan”, so it started with a new, "
                       "empty plan this time.");
    EXPECT_EQ(told, start == 0) << "said once";
  }
  Session s(store, nullptr, false);
  s.Start();
  s.keeper->SwitchTo(earlier);
  s.Run(0.5);
  EXPECT_EQ(s.app.plan().title, "The earlier plan") << "My plans opens it when asked";
}

// A file opened in the moment before the plans kept here have been read (a busy machine, a new
// browser) is marked as being opened; that mark is not mistaken for one Coplan left when it stopped.
TEST(LastPlan, AFileOpenedWhileThePlansKeptAreReadIsNotTakenForOneThatStoppedCoplan) {
  MemoryStore store;
  Session s(store, nullptr, false);
  store.held = true;  // the store has not answered yet
  s.keeper->Start();
  ASSERT_TRUE(s.keeper->OpenText(PlanText("Opened at once"), "opened.coplan.json"));
  store.held = false;
  store.Pump();  // the plans kept are read before a frame is drawn with the new plan
  s.Run(1);
  EXPECT_EQ(s.app.plan().title, "Opened at once");
  EXPECT_FALSE(s.Said("Coplan stopped last time"));
  store.Pump();
  EXPECT_TRUE(SettingsSay(store, "last_plan", s.keeper->Current().key)) << Settings(store);
  EXPECT_TRUE(SettingsSay(store, "opening", "")) << Settings(store);
}

TEST(LastPlan, ALastPlanThatCannotBeReadStartsEmptyAndSaysWhy) {
  MemoryStore store;
  std::string earlier = StartWithAnEarlierPlan(store);
  store.values[earlier] = "{\"format\": \"coplan\", \"version\": 2, \"title\": ";
  Session s(store, nullptr, false);
  s.Start();
  s.Run(0.5);
  EXPECT_EQ(s.app.plan().title, "Our plan");
  EXPECT_TRUE(s.Said("Coplan could not open “The earlier plan”, the plan you had open last time, as kept " +
                     std::string(platform::StorePlaceName())));
  EXPECT_TRUE(s.Said("It started with a new, empty plan instead."));
  EXPECT_EQ(s.keeper->library().Plans().size(), 1u);
  store.Pump();
  EXPECT_TRUE(SettingsSay(store, "last_plan", "")) << "not tried again at every start";
  EXPECT_TRUE(SettingsSay(store, "opening", "")) << Settings(store);
}

TEST(LastPlan, MyPlansKeepsAShortTitleHoweverLongAPlansTitleIs) {
  MemoryStore store;
  Session s(store, nullptr, false);
  s.Start();
  s.Rename(std::string(5 * 1000 * 1000, 'w') + "ŵ");
  s.Run(1.5);
  ASSERT_EQ(s.keeper->library().Plans().size(), 1u);
  EXPECT_LE(s.keeper->library().Plans()[0]->title.size(), kMaxListedTitle + 3);
  EXPECT_LT(store.values.at("index").size(), 2000u) << "the list of plans is read at every start";
  EXPECT_GT(store.values.at(s.keeper->Current().key).size(), 5000000u) << "the plan itself is kept whole";
}

}  // namespace
}  // namespace coplan::test
