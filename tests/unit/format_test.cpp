// The file format: good files re-save byte for byte, unknown fields survive, version 1 migrates.
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

#include "io/plan_file.h"
#include "model/words.h"
#include "model/queries.h"

namespace coplan {
namespace {

std::string ReadData(const std::string& name) {
  std::ifstream in(std::string(COPLAN_TEST_DATA) + "/" + name, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

TEST(GoodFiles, ResaveByteForByte) {
  for (const char* name : {"good/workshop.coplan.json", "good/unknown-fields.coplan.json"}) {
    std::string text = ReadData(name);
    LoadResult result = LoadPlanText(text);
    ASSERT_TRUE(result.ok()) << name;
    EXPECT_TRUE(result.warnings.empty()) << name;
    EXPECT_EQ(SavePlanText(*result.plan), text) << name;
  }
}

TEST(GoodFiles, WorkshopReadsEveryField) {
  LoadResult result = LoadPlanText(ReadData("good/workshop.coplan.json"));
  ASSERT_TRUE(result.ok());
  const Plan& plan = *result.plan;
  EXPECT_EQ(plan.place, "Anytown");
  EXPECT_TRUE(plan.settings.show_making_it_real);
  ASSERT_EQ(plan.actions.size(), 4u);
  const Action& cafe = plan.actions[0];
  EXPECT_EQ(cafe.lead, "Priya");
  EXPECT_TRUE(cafe.lead_has_lived_experience);
  EXPECT_EQ(cafe.involvement, Involvement::CoProduce);
  EXPECT_EQ(cafe.status, Status::InProgress);
  EXPECT_EQ(cafe.when, When::Now);
  EXPECT_EQ(cafe.start_date, "2026-04-01");
  EXPECT_EQ(cafe.needs.money, "£40 a month for cake");
  EXPECT_EQ(cafe.how_we_will_know.size(), 2u);
  EXPECT_EQ(cafe.position, (Point{20, 352}));
  EXPECT_EQ(cafe.colour, "#f4c542");
  EXPECT_EQ(cafe.meta.revision, 3u);
  EXPECT_EQ(cafe.meta.dots.size(), 2u);
  EXPECT_TRUE(plan.actions[3].meta.deleted);
  EXPECT_EQ(plan.seen.copies.size(), 2u);
  EXPECT_EQ(plan.lineage.text, "1a2b3c4d5e6f7a8b");
  EXPECT_EQ(plan.people[2].role, PersonRole::FamilyCarer);
  EXPECT_EQ(plan.notes[1].kind, NoteKind::Example);
  EXPECT_FALSE(plan.changes[5].is_key_change);
}

TEST(UnknownFields, AreKeptAtEveryLevelAndWrittenBack) {
  std::string text = ReadData("good/unknown-fields.coplan.json");
  LoadResult result = LoadPlanText(text);
  ASSERT_TRUE(result.ok());
  const Plan& plan = *result.plan;
  ASSERT_EQ(plan.unknown.size(), 1u);
  EXPECT_EQ(plan.unknown[0].first, "sketches");
  EXPECT_EQ(plan.vision.unknown.size(), 1u);
  EXPECT_EQ(plan.settings.unknown.size(), 1u);
  ASSERT_EQ(plan.actions[0].meta.unknown.size(), 2u);
  EXPECT_EQ(plan.actions[0].meta.unknown[0].first, "budget_pence");
  EXPECT_EQ(plan.actions[0].meta.unknown[0].second, "4000");
  EXPECT_EQ(plan.people[0].meta.unknown[0].second, "\"she/her\"");
  std::string saved = SavePlanText(plan);
  EXPECT_NE(saved.find("\"file\": \"café.jpg\""), std::string::npos);
  EXPECT_NE(saved.find("12.5"), std::string::npos);
}

TEST(Migration, Version1LoadsAsVersion2) {
  LoadResult result = LoadPlanText(ReadData("old/v1-workshop.coplan.json"));
  ASSERT_TRUE(result.ok());
  EXPECT_EQ(result.file_version, 1);
  ASSERT_EQ(result.warnings.size(), 1u);
  EXPECT_NE(result.warnings[0].message.find("older Coplan (file version 1)"), std::string::npos);
  const Plan& plan = *result.plan;
  ASSERT_EQ(plan.actions.size(), 2u);
  EXPECT_EQ(plan.actions[0].changes, std::vector<ChangeId>{ChangeId{"ch1"}});
  EXPECT_TRUE(plan.actions[0].lead_has_lived_experience);
  EXPECT_EQ(plan.actions[0].status, Status::InProgress);
  EXPECT_FALSE(plan.actions[1].lead_has_lived_experience);
  EXPECT_TRUE(plan.actions[0].meta.unknown.empty());
  EXPECT_EQ(plan.lineage.text.size(), 16u);
}

TEST(Migration, UpgradedFileIsVersion2AndStable) {
  LoadResult first = LoadPlanText(ReadData("old/v1-workshop.coplan.json"));
  ASSERT_TRUE(first.ok());
  std::string saved = SavePlanText(*first.plan);
  EXPECT_NE(saved.find("\"version\": 2,"), std::string::npos);
  EXPECT_EQ(saved.find("lead_lived_experience"), std::string::npos);
  LoadResult again = LoadPlanText(saved);
  ASSERT_TRUE(again.ok());
  EXPECT_TRUE(again.warnings.empty());
  EXPECT_EQ(SavePlanText(*again.plan), saved);
}

TEST(Migration, TwoPeopleUpgradingTheSameFileShareALineage) {
  std::string text = ReadData("old/v1-workshop.coplan.json");
  EXPECT_EQ(LoadPlanText(text).plan->lineage, LoadPlanText(text).plan->lineage);
}

TEST(Migration, OldFieldNamesInAVersion2FileAreKeptAsUnknown) {
  LoadResult result = LoadPlanText(
      "{\"format\":\"coplan\",\"version\":2,\"title\":\"t\",\"changes\":[{\"id\":\"c\",\"title\":\"C\"}],"
      "\"actions\":[{\"id\":\"a\",\"title\":\"A\",\"change\":\"c\"}]}");
  ASSERT_TRUE(result.ok());
  EXPECT_TRUE(result.plan->actions[0].changes.empty());
  ASSERT_EQ(result.plan->actions[0].meta.unknown.size(), 1u);
  EXPECT_EQ(result.plan->actions[0].meta.unknown[0].first, "change");
}

TEST(Words, AreReadableAndRoundTrip) {
  EXPECT_EQ(Word(Status::InProgress), "in-progress");
  EXPECT_EQ(Word(Involvement::CoDesign), "co-design");
  EXPECT_EQ(Word(PersonRole::DrawsOnCare), "draws-on-care");
  for (int i = 0; i < 5; ++i) EXPECT_EQ(FromWord<Status>(Word(static_cast<Status>(i))), static_cast<Status>(i));
  for (int i = 0; i < 6; ++i)
    EXPECT_EQ(FromWord<Involvement>(Word(static_cast<Involvement>(i))), static_cast<Involvement>(i));
  EXPECT_FALSE(FromWord<When>("soon").has_value());
}

}  // namespace
}  // namespace coplan
