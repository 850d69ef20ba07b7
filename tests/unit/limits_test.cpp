// What a plan may hold (io/plan_file.h): a file with more is refused with a message that names
// the field and the limit, never cut short or opened to crash the page later.
#include <gtest/gtest.h>

#include "io/plan_file.h"

namespace coplan {
namespace {

std::string Quote(const std::string& text) { return "\"" + text + "\""; }

std::string Repeat(std::string_view part, std::size_t times) {
  std::string out;
  out.reserve(part.size() * times);
  for (std::size_t i = 0; i < times; ++i) out += part;
  return out;
}

// A plan with one action whose fields are `action_fields` (JSON members, after its id and title).
std::string PlanWith(const std::string& action_fields, const std::string& plan_fields = "") {
  return "{\"format\":\"coplan\",\"version\":2,\"title\":\"Limits\"," + plan_fields +
         "\"actions\":[{\"id\":\"a1\",\"title\":\"First\"},{\"id\":\"a2\",\"title\":\"Second\"" +
         (action_fields.empty() ? "" : "," + action_fields) + "}]}";
}

std::string FirstError(const std::string& text) {
  LoadResult result = LoadPlanText(text);
  EXPECT_FALSE(result.ok());
  return result.errors.empty() ? "" : result.errors[0].Text();
}

TEST(Limits, AFiftyMegabyteTitleIsRefusedWithItsLengthAndTheLimit) {
  std::string text = PlanWith("\"description\":\"d\"");
  text.replace(text.find("\"Second\""), 8, Quote(std::string(52'428'800, 'a')));
  EXPECT_EQ(FirstError(text),
            "actions[1].title: Action 2 has 52,428,800 characters in the title; Coplan opens up to 2,000.");
}

TEST(Limits, TextsAreCountedInLettersNotBytes) {
  std::string welsh = Repeat("ŵ", kMaxShortText);  // 2 bytes a letter
  LoadResult fits = LoadPlanText(PlanWith("\"lead\":" + Quote(welsh)));
  ASSERT_TRUE(fits.ok()) << fits.errors[0].Text();
  EXPECT_EQ(fits.plan->actions[1].lead, welsh);
  EXPECT_EQ(FirstError(PlanWith("\"lead\":" + Quote(welsh + "ŵ"))),
            "actions[1].lead: Action 2 has 2,001 characters in the lead; Coplan opens up to 2,000.");
}

TEST(Limits, LongTextsHaveTheirOwnLimit) {
  std::string most(kMaxLongText, 'x');
  EXPECT_TRUE(LoadPlanText(PlanWith("\"notes\":" + Quote(most))).ok());
  EXPECT_EQ(FirstError(PlanWith("\"notes\":" + Quote(most + "x"))),
            "actions[1].notes: Action 2 has 200,001 characters in the notes; Coplan opens up to 200,000.");
  EXPECT_EQ(FirstError(PlanWith("\"needs\":{\"money\":" + Quote(most + "x") + "}")),
            "actions[1].needs.money: Action 2 has 200,001 characters in the money needed; Coplan opens up to 200,000.");
}

TEST(Limits, EveryKindOfTextIsChecked) {
  std::string longer(kMaxShortText + 1, '7');
  EXPECT_NE(FirstError(PlanWith("\"due_date\":" + Quote(longer))).find("2,001 characters in the due date"), std::string::npos);
  EXPECT_NE(FirstError(PlanWith("\"status\":" + Quote(longer))).find("2,001 characters in the status"), std::string::npos);
  EXPECT_NE(FirstError(PlanWith("\"tags\":[\"a\"," + Quote(longer) + "]")).find("2,001 characters in the tags"),
            std::string::npos);
  EXPECT_EQ(FirstError("{\"format\":\"coplan\",\"version\":2,\"title\":" + Quote(longer) + "}"),
            "title: The plan has 2,001 characters in the title; Coplan opens up to 2,000.");
  EXPECT_EQ(FirstError("{\"format\":\"coplan\",\"version\":2,\"title\":\"t\",\"people\":[{\"id\":" + Quote(longer) + "}]}"),
            "people[0].id: Person 1 has 2,001 characters in the id; Coplan opens up to 2,000.");
  EXPECT_EQ(FirstError("{\"format\":\"coplan\",\"version\":2,\"title\":\"t\",\"vision\":{\"statement\":\"s\",\"parts\":"
                       "[{\"id\":\"p\",\"text\":" + Quote(std::string(kMaxLongText + 1, 'v')) + "}]}}"),
            "vision.parts[0].text: Vision part 1 has 200,001 characters in the text; Coplan opens up to 200,000.");
}

TEST(Limits, ListsOfAnItemHaveAMostEntries) {
  std::string tags = "\"tags\":[\"t\"";
  for (std::size_t i = 1; i < kMaxListEntries; ++i) tags += ",\"t\"";
  EXPECT_TRUE(LoadPlanText(PlanWith(tags + "]")).ok());
  EXPECT_EQ(FirstError(PlanWith(tags + ",\"t\"]")),
            "actions[1].tags: Action 2 has 1,001 entries in the tags; Coplan opens up to 1,000.");
}

TEST(Limits, ThePlanHasAMostItemsOfEachKind) {
  std::string people = "\"people\":[";
  for (std::size_t i = 0; i <= kMaxPeople; ++i) people += (i ? "," : "") + std::string("{\"id\":\"p") + std::to_string(i) + "\"}";
  EXPECT_EQ(FirstError(PlanWith("", people + "],")), "people: The plan has 10,001 people; Coplan opens up to 10,000.");
}

TEST(Limits, FieldsFromANewerCoplanHaveLimitsToo) {
  EXPECT_EQ(FirstError(PlanWith("\"x_sketch\":{\"label\":" + Quote(std::string(kMaxLongText + 1, 's')) + "}")),
            "actions[1].x_sketch: Action 2 has a text of 200,001 characters in \"x_sketch\"; Coplan opens up to 200,000.");
  std::string many;
  for (std::size_t i = 0; i <= kMaxUnknownFields; ++i) many += (i ? "," : "") + Quote("x" + std::to_string(i)) + ":1";
  LoadResult result = LoadPlanText(PlanWith(many));
  ASSERT_FALSE(result.ok());
  ASSERT_EQ(result.errors.size(), 1u) << "said once";
  EXPECT_NE(result.errors[0].message.find("more than 1,000 fields this Coplan does not know"), std::string::npos);
  std::string long_name(kMaxShortText + 1, 'k');
  EXPECT_NE(FirstError(PlanWith(Quote(long_name) + ":1")).find("a field with a name of 2,001 characters"), std::string::npos);
}

TEST(Limits, DamagedBookkeepingThatIsTooLongIsLeftOutNotRefused) {
  std::string longer(kMaxShortText + 1, 'b');
  LoadResult result = LoadPlanText(PlanWith("\"sync\":{\"rev\":2,\"at\":" + Quote(longer) + ",\"created\":" +
                                            Quote(longer + ":1") + "}"));
  ASSERT_TRUE(result.ok()) << result.errors[0].Text();
  EXPECT_TRUE(result.plan->actions[1].meta.changed_at.empty());
  EXPECT_TRUE(result.plan->actions[1].meta.created.empty());
  ASSERT_EQ(result.warnings.size(), 2u);
  for (const Problem& w : result.warnings) EXPECT_LT(w.message.size(), 200u) << "a warning never repeats a long text";
}

TEST(Limits, WarningsQuoteAtMostTheStartOfALongText) {
  LoadResult result = LoadPlanText(PlanWith("\"status\":" + Quote(std::string(1500, 'w'))));
  ASSERT_TRUE(result.ok());
  ASSERT_EQ(result.warnings.size(), 1u);
  EXPECT_LT(result.warnings[0].message.size(), 200u);
  EXPECT_NE(result.warnings[0].message.find("…\" is not a value this Coplan knows"), std::string::npos);
}

}  // namespace
}  // namespace coplan
