// Loading real, repairable and broken files: plain messages that say what and where, and never
// a crash. Loading is a pure function, so the plan that is open is never touched.
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

#include "io/plan_file.h"
#include "model/fields.h"
#include "model/queries.h"

namespace coplan {
namespace {

std::string ReadData(const std::string& name) {
  std::ifstream in(std::string(COPLAN_TEST_DATA) + "/" + name, std::ios::binary);
  EXPECT_TRUE(in.good()) << name;
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::string AllText(const std::vector<Problem>& problems) {
  std::string text;
  for (const auto& p : problems) text += p.Text() + "\n";
  return text;
}

struct BadCase {
  const char* file;
  const char* message;  // part of the first error
  const char* where;    // part of where it is
};

class BadFile : public ::testing::TestWithParam<BadCase> {};

TEST_P(BadFile, IsRefusedWithAPlainMessage) {
  const BadCase& c = GetParam();
  LoadResult result = LoadPlanText(ReadData(std::string("bad/") + c.file));
  EXPECT_FALSE(result.ok());
  ASSERT_FALSE(result.errors.empty());
  EXPECT_NE(AllText(result.errors).find(c.message), std::string::npos) << AllText(result.errors);
  EXPECT_NE(result.errors[0].where.find(c.where), std::string::npos) << result.errors[0].where;
}

INSTANTIATE_TEST_SUITE_P(
    Data, BadFile,
    ::testing::Values(BadCase{"empty.coplan.json", "The file is empty.", ""},
                      BadCase{"not-json.coplan.json", "is not a Coplan plan (it starts \"Hi all", ""},
                      BadCase{"truncated.coplan.json", "ends too early", "line 164, column"},
                      BadCase{"wrong-format.coplan.json", "does not say \"format\": \"coplan\"", ""},
                      BadCase{"not-an-object.coplan.json", "not a Coplan plan: it is a list", ""},
                      BadCase{"newer-version.coplan.json", "saved by a newer Coplan (file version 3)", ""},
                      BadCase{"wrong-types.coplan.json", "should be text, but it is a number", "actions[1].title"},
                      BadCase{"missing-id.coplan.json", "required field \"id\" is missing", "actions[2]"},
                      BadCase{"duplicate-ids.coplan.json", "the id \"a1\" is used by another item", "actions[2]"},
                      BadCase{"invalid-utf8.coplan.json", "not valid UTF-8", "line 4, column 17"},
                      BadCase{"deep-nesting.coplan.json", "nested more than 64 levels", "line 6"},
                      BadCase{"huge-number.coplan.json", "A number is too large to read", "line 190, column 14"},
                      BadCase{"long-title.coplan.json",
                              "Action 2 has 2,010 characters in the title; Coplan opens up to 2,000.", "actions[1].title"},
                      BadCase{"too-many-tags.coplan.json",
                              "Action 1 has 1,001 entries in the tags; Coplan opens up to 1,000.", "actions[0].tags"}),
    [](const auto& info) {
      std::string name = info.param.file;
      name = name.substr(0, name.find('.'));
      std::erase(name, '-');
      return name;
    });

TEST(BadText, ListsEveryTypeErrorNotJustTheFirst) {
  LoadResult result = LoadPlanText(ReadData("bad/wrong-types.coplan.json"));
  ASSERT_EQ(result.errors.size(), 2u);
  EXPECT_EQ(result.errors[1].where, "actions[2].lead_has_lived_experience");
}

TEST(BadText, OversizeIsRefusedBeforeParsingWithTheLimit) {
  std::string huge(kMaxFileBytes + 1, ' ');
  LoadResult result = LoadPlanText(huge);
  ASSERT_EQ(result.errors.size(), 1u);
  EXPECT_NE(result.errors[0].message.find("64.0 MB"), std::string::npos) << result.errors[0].message;
  EXPECT_TRUE(CheckFileSize(kMaxFileBytes + 1).has_value());
  EXPECT_FALSE(CheckFileSize(kMaxFileBytes).has_value());
}

TEST(BadText, SmallCasesNeverCrash) {
  const char* cases[] = {"{", "[", "{\"format\":", "\"coplan\"", "null", "{\"format\":\"coplan\",\"version\":2}",
                         "{\"format\":\"coplan\",\"version\":\"2\",\"title\":\"x\"}",
                         "{\"format\":\"coplan\",\"version\":99999999999999999999999,\"title\":\"x\"}",
                         "{\"format\":\"coplan\",\"version\":2.5,\"title\":\"x\"}",
                         "{\"format\":\"coplan\",\"version\":0,\"title\":\"x\"}",
                         "{\"format\":\"coplan\",\"version\":2,\"title\":\"x\",\"actions\":{}}",
                         "{\"format\":\"coplan\",\"version\":2,\"title\":\"x\",\"actions\":[5]}",
                         "{\"format\":\"coplan\",\"version\":2,\"title\":\"x\",\"actions\":[{\"id\":\"\",\"title\":\"t\"}]}",
                         "{\"format\":\"coplan\",\"version\":2,\"title\":\"\\ud800\"}",
                         "{\"format\":\"coplan\",\"version\":2,\"title\":\"x\"} trailing",
                         "{\"format\":\"coplan\",\"version\":2,\"title\":\"x\",}",
                         "{\"format\":\"coplan\",\"version\":2,\"title\":NaN}",
                         "{\"format\":\"coplan\",\"version\":2,\"title\":\"tab\there\"}"};
  for (const char* text : cases) {
    LoadResult result = LoadPlanText(text);
    EXPECT_FALSE(result.ok()) << text;
    EXPECT_FALSE(result.errors.empty()) << text;
    for (const auto& p : result.errors) EXPECT_FALSE(p.message.empty()) << text;
  }
}

TEST(BadText, MinimalPlanLoads) {
  LoadResult result = LoadPlanText("{\"format\":\"coplan\",\"version\":2,\"title\":\"Just a title\"}");
  ASSERT_TRUE(result.ok()) << AllText(result.errors);
  EXPECT_EQ(result.plan->title, "Just a title");
  EXPECT_FALSE(result.plan->lineage.empty());
}

TEST(BadText, TheOpenPlanIsNeverTouched) {
  LoadResult open = LoadPlanText(ReadData("good/workshop.coplan.json"));
  ASSERT_TRUE(open.ok());
  const Plan before = *open.plan;
  for (const char* file : {"bad/truncated.coplan.json", "bad/wrong-types.coplan.json", "bad/duplicate-ids.coplan.json"}) {
    LoadResult other = LoadPlanText(ReadData(file));
    EXPECT_FALSE(other.ok());
    EXPECT_FALSE(other.plan.has_value());
  }
  EXPECT_TRUE(*open.plan == before);
}

struct WarnCase {
  const char* file;
  const char* message;
  const char* where;
};

class RepairableFile : public ::testing::TestWithParam<WarnCase> {};

TEST_P(RepairableFile, LoadsWithAWarning) {
  const WarnCase& c = GetParam();
  LoadResult result = LoadPlanText(ReadData(std::string("warn/") + c.file));
  ASSERT_TRUE(result.ok()) << AllText(result.errors);
  std::string warnings;
  for (const auto& w : result.warnings) warnings += "[" + w.where + "] " + w.message + "\n";
  EXPECT_NE(warnings.find(c.message), std::string::npos) << warnings;
  EXPECT_NE(warnings.find(std::string("[") + c.where), std::string::npos) << warnings;
}

INSTANTIATE_TEST_SUITE_P(
    Data, RepairableFile,
    ::testing::Values(WarnCase{"dangling-links.coplan.json", "the link was dropped", "links[1]"},
                      WarnCase{"dangling-links.coplan.json", "\"no-such-change\" that is not in the plan", "actions[1]"},
                      WarnCase{"huge-coordinates.coplan.json", "far off the canvas", "actions[1].position.x"},
                      WarnCase{"huge-coordinates.coplan.json", "far off the canvas", "actions[2].position.y"},
                      WarnCase{"unknown-words.coplan.json", "\"finished\" is not a value", "actions[1].status"},
                      WarnCase{"unknown-words.coplan.json", "not a date", "actions[1].due_date"},
                      WarnCase{"unknown-words.coplan.json", "not a colour", "actions[1].colour"},
                      WarnCase{"duplicate-key.coplan.json", "\"title\" appears twice", "line 4, column"}));

TEST(Repairs, DanglingLinkIsDroppedAndGoodOnesKept) {
  LoadResult result = LoadPlanText(ReadData("warn/dangling-links.coplan.json"));
  ASSERT_TRUE(result.ok());
  ASSERT_EQ(result.plan->links.size(), 1u);
  EXPECT_EQ(result.plan->links[0].id.text, "l1");
  EXPECT_EQ(result.plan->actions[1].changes.size(), 2u);
}

TEST(Repairs, HugeCoordinatesBecomeZeroAndDuplicateKeyKeepsTheLast) {
  LoadResult result = LoadPlanText(ReadData("warn/huge-coordinates.coplan.json"));
  ASSERT_TRUE(result.ok());
  EXPECT_EQ(result.plan->actions[1].position.x, 0.0f);
  EXPECT_EQ(result.plan->actions[2].position.y, 0.0f);
  LoadResult dup = LoadPlanText(ReadData("warn/duplicate-key.coplan.json"));
  ASSERT_TRUE(dup.ok());
  EXPECT_EQ(dup.plan->title, "Anytown: a better social care future");
  EXPECT_TRUE(dup.plan->unknown.empty());
}

TEST(Accepted, ByteOrderMarkAndCrlfLoadLikeThePlainFile) {
  LoadResult crlf = LoadPlanText(ReadData("warn/bom-crlf.coplan.json"));
  LoadResult plain = LoadPlanText(ReadData("good/workshop.coplan.json"));
  ASSERT_TRUE(crlf.ok() && plain.ok());
  EXPECT_TRUE(crlf.warnings.empty());
  EXPECT_TRUE(*crlf.plan == *plain.plan);
}

}  // namespace
}  // namespace coplan

namespace coplan {
namespace {

TEST(Repairs, DamagedBookkeepingNeverStopsAPlanOpening) {
  LoadResult result = LoadPlanText(
      "{\"format\":\"coplan\",\"version\":2,\"title\":\"t\","
      "\"actions\":[{\"id\":\"a\",\"title\":\"A\",\"sync\":{\"rev\":-1,\"at\":5,\"created\":\"nocounter\","
      "\"dots\":{\"title\":\"x:0\",\"lead\":\"y:3\"}}},{\"id\":\"b\",\"title\":\"B\",\"sync\":[]}],"
      "\"sync\":{\"lineage\":7,\"seen\":[{\"copy\":\"x\",\"counter\":1e30},{\"copy\":\"y\",\"counter\":3}],\"extra\":1}}");
  ASSERT_TRUE(result.ok()) << result.errors[0].Text();
  const Plan& plan = *result.plan;
  EXPECT_EQ(plan.actions[0].meta.revision, 1u);
  EXPECT_TRUE(plan.actions[0].meta.created.empty());
  ASSERT_EQ(plan.actions[0].meta.dots.size(), 1u);
  EXPECT_EQ(plan.actions[0].meta.dots[0].field, "lead");
  ASSERT_EQ(plan.seen.copies.size(), 1u);
  EXPECT_EQ(plan.seen.copies[0].copy.text, "y");
  EXPECT_FALSE(plan.lineage.empty());
  EXPECT_GE(result.warnings.size(), 7u);
  LoadResult again = LoadPlanText(SavePlanText(plan));
  ASSERT_TRUE(again.ok());
  EXPECT_TRUE(again.warnings.empty());
}

}  // namespace
}  // namespace coplan
