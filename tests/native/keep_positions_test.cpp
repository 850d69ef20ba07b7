// Opening a plan file and saving it again moves no card and changes nothing nobody changed (the
// shipped example, a made-up 5,000-action plan); the saved file says this copy saved it.
#include <gtest/gtest.h>

#include "io/plan_file.h"
#include "keeper_session.h"
#include "model/sample.h"
#include "native_support.h"

namespace coplan::test {
namespace {

// Opens `file` in a desktop session and saves it to another path; returns that file's plan.
Plan OpenAndSave(const std::string& file, const TempFolder& folder, Session& s) {
  s.Start();
  EXPECT_TRUE(s.keeper->OpenPath(file));
  s.Run(0.5);
  EXPECT_TRUE(s.keeper->SaveToPath(folder.Path("saved.coplan.json")));
  LoadResult saved = LoadPlanText(ReadFile(folder.Path("saved.coplan.json")));
  EXPECT_TRUE(saved.ok());
  return saved.ok() ? *saved.plan : Plan{};
}

void ExpectSamePlacesAndBookkeeping(const Plan& opened, const Plan& saved) {
  ASSERT_EQ(opened.actions.size(), saved.actions.size());
  int moved = 0, restamped = 0;
  for (std::size_t i = 0; i < opened.actions.size(); ++i) {
    moved += !(opened.actions[i].position == saved.actions[i].position);
    restamped += !(opened.actions[i].meta == saved.actions[i].meta);
  }
  EXPECT_EQ(moved, 0) << "cards moved by opening and saving";
  EXPECT_EQ(restamped, 0) << "actions whose bookkeeping changed";
  for (std::size_t i = 0; i < opened.notes.size() && i < saved.notes.size(); ++i)
    EXPECT_EQ(opened.notes[i].position, saved.notes[i].position);
  EXPECT_EQ(opened.seen, saved.seen) << "no edit was made";
  EXPECT_EQ(opened.changed_at, saved.changed_at);
}

TEST(KeepPositions, TheShippedExampleOpensAndSavesWithEveryCardWhereItWas) {
  TempFolder folder;
  MemoryStore store;
  Session s(store);
  std::string file = std::string(COPLAN_TEST_DATA) + "/good/workshop.coplan.json";
  Plan saved = OpenAndSave(file, folder, s);
  ExpectSamePlacesAndBookkeeping(*LoadPlanText(ReadFile(file)).plan, saved);
}

TEST(KeepPositions, AMadeUpPlanOf5000ActionsOpensAndSavesWithEveryCardWhereItWas) {
  TempFolder folder;
  SampleSize size;
  size.actions = 5000;
  size.links = 2000;
  std::string file = folder.Path("sample.coplan.json");
  WriteFile(file, SavePlanText(SamplePlan(size, 1)));
  MemoryStore store;
  Session s(store);
  Plan saved = OpenAndSave(file, folder, s);
  ExpectSamePlacesAndBookkeeping(*LoadPlanText(ReadFile(file)).plan, saved);
}

TEST(KeepPositions, CardsWithNoPositionArePlacedAsEditsOfThisCopy) {
  TempFolder folder;
  std::string text = ReadFile(std::string(COPLAN_TEST_DATA) + "/good/workshop.coplan.json");
  Plan plan = *LoadPlanText(text).plan;
  plan.actions[1].position = kNoPosition;
  std::string file = folder.Path("no-position.coplan.json");
  WriteFile(file, SavePlanText(plan));
  MemoryStore store;
  Session s(store);
  Plan saved = OpenAndSave(file, folder, s);
  ASSERT_EQ(saved.actions.size(), plan.actions.size());
  EXPECT_TRUE(HasPosition(saved.actions[1]));
  EXPECT_EQ(DotOf(saved.actions[1].meta, "position").copy, s.app.copy());
  for (std::size_t i = 0; i < plan.actions.size(); ++i) {
    if (i == 1) continue;
    EXPECT_EQ(saved.actions[i].position, plan.actions[i].position) << plan.actions[i].title;
  }
  EXPECT_FALSE(s.keeper->Unsaved()) << "placing cards is not the person's unsaved work";
}

TEST(KeepPositions, ASavedFileSaysThisCopySavedIt) {
  TempFolder folder;
  MemoryStore store;
  Session s(store);
  std::string file = std::string(COPLAN_TEST_DATA) + "/good/workshop.coplan.json";
  ASSERT_NE(LoadPlanText(ReadFile(file)).plan->saved_by, s.app.copy());
  Plan saved = OpenAndSave(file, folder, s);
  EXPECT_EQ(saved.saved_by, s.app.copy());
  s.Rename("Saved again");
  ASSERT_TRUE(s.keeper->Save());
  EXPECT_EQ(LoadPlanText(ReadFile(folder.Path("saved.coplan.json"))).plan->saved_by, s.app.copy());
}

}  // namespace
}  // namespace coplan::test
