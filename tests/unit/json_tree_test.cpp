// Reading JSON through nlohmann_json's SAX parser into a tree: escapes, numbers, duplicates,
// limits, plain-English errors with line and column, and agreement with nlohmann_json.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "io/json_tree.h"

namespace coplan::json {
namespace {

struct Parsed {
  Tree doc;
  std::vector<Problem> errors, warnings;
  bool ok = false;
  explicit Parsed(std::string_view text) { ok = doc.Parse(text, errors, warnings); }
};

TEST(JsonValue, StringsAndEscapes) {
  Parsed p(R"(["plain", "tab\tquote\" slash\/ back\\", "\u00e9\u0175", "\ud83d\ude00", "café"])");
  ASSERT_TRUE(p.ok);
  Value root = p.doc.Root();
  ASSERT_EQ(root.Size(), 5u);
  EXPECT_EQ(root[0].Str(), "plain");
  EXPECT_EQ(root[1].Str(), "tab\tquote\" slash/ back\\");
  EXPECT_EQ(root[2].Str(), "éŵ");
  EXPECT_EQ(root[3].Str(), "😀");
  EXPECT_EQ(root[4].Str(), "café");
}

TEST(JsonValue, Numbers) {
  Parsed p("[0, -7, 18446744073709551615, 18446744073709551616, 1.5, -2e3, 1e300, -0]");
  ASSERT_TRUE(p.ok);
  Value r = p.doc.Root();
  EXPECT_TRUE(r[0].IsUnsigned());
  EXPECT_TRUE(r[1].IsInteger());
  EXPECT_FALSE(r[1].IsUnsigned());
  EXPECT_EQ(r[1].Int(), -7);
  EXPECT_EQ(r[2].UInt(), 18446744073709551615ull);
  EXPECT_FALSE(r[2].IsInteger());
  EXPECT_FALSE(r[3].IsUnsigned()) << "beyond 64 bits is not a whole number we can hold";
  EXPECT_DOUBLE_EQ(r[4].Double(), 1.5);
  EXPECT_DOUBLE_EQ(r[5].Double(), -2000);
  EXPECT_DOUBLE_EQ(r[6].Double(), 1e300);
  EXPECT_EQ(r[6].Str(), "1e300");
  EXPECT_EQ(r[7].Double(), 0.0);
  EXPECT_EQ(r[7].Str(), "-0") << "whole numbers are kept as written";
}

TEST(JsonValue, ObjectsKeepFileOrderAndTheLastDuplicate) {
  Parsed p(R"({"b": 1, "a": 2, "b": 3})");
  ASSERT_TRUE(p.ok);
  ASSERT_EQ(p.warnings.size(), 1u);
  EXPECT_NE(p.warnings[0].message.find("\"b\" appears twice"), std::string::npos);
  std::vector<std::string> keys;
  p.doc.Root().ForEachMember([&](std::string_view k, const Value&) { keys.emplace_back(k); });
  EXPECT_EQ(keys, (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(p.doc.Root().Find("b")->UInt(), 3u);
  EXPECT_EQ(p.doc.Root().Dump(), R"({"a":2,"b":3})");
}

TEST(JsonValue, DuplicatesInALargeObject) {
  std::string text = "{";
  for (int i = 0; i < 200; ++i) text += "\"k" + std::to_string(i) + "\":" + std::to_string(i) + ",";
  text += "\"k7\":\"again\"}";
  Parsed p(text);
  ASSERT_TRUE(p.ok);
  EXPECT_EQ(p.warnings.size(), 1u);
  EXPECT_EQ(p.doc.Root().Find("k7")->Str(), "again");
}

TEST(JsonValue, DumpKeepsNumbersAsWritten) {
  Parsed p(R"({"x": 1.50, "y": [true, null, -0.0e1], "s": "a\nb"})");
  ASSERT_TRUE(p.ok);
  EXPECT_EQ(p.doc.Root().Dump(), R"({"x":1.50,"y":[true,null,-0.0e1],"s":"a\nb"})");
}

TEST(JsonValue, NestingLimit) {
  std::string ok_text(kMaxNesting, '['), deep(kMaxNesting + 1, '[');
  ok_text += std::string(kMaxNesting, ']');
  deep += std::string(kMaxNesting + 1, ']');
  EXPECT_TRUE(Parsed(ok_text).ok);
  Parsed p(deep);
  ASSERT_FALSE(p.ok);
  ASSERT_EQ(p.errors.size(), 1u);
  EXPECT_EQ(p.errors[0].where, "line 1, column 65");
  EXPECT_NE(p.errors[0].message.find("nested more than 64 levels"), std::string::npos) << p.errors[0].message;
}

TEST(JsonValue, ErrorsSayLineAndColumn) {
  Parsed p("{\n  \"a\": 1,\n  \"b\" 2\n}");
  ASSERT_FALSE(p.ok);
  EXPECT_EQ(p.errors[0].where, "line 3, column 7");
  EXPECT_NE(p.errors[0].message.find("colon is missing"), std::string::npos);
  Parsed cut("{\"a\": [1, 2");
  EXPECT_NE(cut.errors[0].message.find("ends too early"), std::string::npos);
}

// The parser accepts exactly what nlohmann_json accepts (within our limits).
TEST(JsonValue, AgreesWithNlohmannOnValidity) {
  const char* cases[] = {
      "{}", "[]", "[1,]", "{\"a\":1,}", "[01]", "[1.]", "[.5]", "[-]", "[1e]", "[1e+]", "[1E-2]", "[\"\\x\"]",
      "[\"\\u12\"]", "[\"\\u00zz\"]", "[\"\\ud800\"]", "[\"\\udc00\"]", "[\"\\ud800\\u0041\"]", "[\"\\ud83d\\ude00\"]",
      "[tru]", "[true]", "[nul]", "[null]", "[falsey]", "{\"a\" 1}", "{1:2}", "[\"a\" \"b\"]", "[\"\x01\"]",
      "[\"\xc3\xa9\"]", "[\"\xc3\"]", "[\"\xed\xa0\x80\"]", "[\"\xf4\x90\x80\x80\"]", "[\"\xe0\x80\x80\"]", " [1] ",
      "[1] [2]", "[1]x", "{\"a\":{\"b\":[{}]}}", "[-0]", "[-01]", "[1.0e10]", "\t\n\r[ ]", "[\"\\/\"]", "[\"\\b\\f\"]"};
  for (const char* text : cases) {
    bool theirs = nlohmann::json::accept(text);
    EXPECT_EQ(Parsed(text).ok, theirs) << text;
  }
}

}  // namespace
}  // namespace coplan::json

namespace coplan::json {
namespace {

// Found by fuzz_json: nlohmann stops at a NUL byte and accepts `"text"\0]`; a plan file with a NUL
// byte after its end is damaged, so we refuse it.
TEST(JsonValue, TextAfterANulByteIsRefused) {
  std::string text("\"text\"\0\n]\n", 10);
  EXPECT_FALSE(Parsed(text).ok);
  EXPECT_FALSE(Parsed(std::string("[1]\0", 4)).ok);
}

}  // namespace
}  // namespace coplan::json

namespace coplan::json {
namespace {

TEST(JsonValue, TooManyValuesAreRefused) {
  std::string text = "[";
  text.reserve(2 * kMaxValues + 8);
  for (std::size_t i = 0; i < kMaxValues; ++i) text += "0,";
  text += "0]";
  Parsed p(text);
  EXPECT_FALSE(p.ok);
  ASSERT_FALSE(p.errors.empty());
  EXPECT_NE(p.errors[0].message.find("more than 6 million values"), std::string::npos) << p.errors[0].message;
}

}  // namespace
}  // namespace coplan::json

namespace coplan::json {
namespace {

// Each of nlohmann's syntax errors has plain words of ours; a new wording in nlohmann shows here.
TEST(JsonValue, EveryKindOfErrorHasPlainWordsAndAPlace) {
  struct Case {
    const char* text;
    const char* words;
    const char* where;
  };
  const Case cases[] = {
      {"[\"a\nb\"]", "line break or control character", "line 1, column 4"},
      {"[\"\\ud800\"]", "half of a character pair (a lone surrogate)", "line 1, column"},
      {"[\"\\udc00\"]", "half of a character pair (a lone surrogate)", "line 1, column"},
      {"[\"\\x\"]", "backslash in text is followed by something JSON does not allow", "line 1, column"},
      {"[\"\\u12\"]", "not followed by four hex digits", "line 1, column"},
      {"[1.]", "a point with no digits after it", "line 1, column"},
      {"[1e]", "an exponent with no digits", "line 1, column"},
      {"[1e999]", "A number is too large to read", "line 1, column 2"},
      {"[1] 2", "more text after the end of the plan", "line 1, column 5"},
      {"{\"a\":1 \"b\":2}", "A comma or } is missing", "line 1, column 8"},
      {"[1 2]", "A comma or ] is missing", "line 1, column 4"},
      {"{1:2}", "A field name in quotes is expected here", "line 1, column 2"},
      {"[tru]", "Something unexpected is here", "line 1, column"},
      {"[\"\xc3(\"]", "not valid UTF-8", "line 1, column"},
      {"[1, 2", "ends too early", "line 1, column 6"},
      {"{\"a\": [1,\n", "ends too early", "line 2, column 1"},
  };
  for (const Case& c : cases) {
    Parsed p(c.text);
    ASSERT_FALSE(p.ok) << c.text;
    ASSERT_EQ(p.errors.size(), 1u) << c.text;
    EXPECT_NE(p.errors[0].message.find(c.words), std::string::npos) << c.text << ": " << p.errors[0].message;
    EXPECT_EQ(p.errors[0].where.rfind(c.where, 0), 0u) << c.text << ": " << p.errors[0].where;
  }
}

TEST(JsonValue, AZeroByteAnywhereIsRefused) {
  Parsed p(std::string("{\"a\": \"x\0\"}", 11));
  ASSERT_FALSE(p.ok);
  EXPECT_EQ(p.errors[0].where, "line 1, column 9");
  EXPECT_NE(p.errors[0].message.find("zero byte"), std::string::npos);
}

TEST(JsonValue, ADuplicateKeyIsFoundWhereItFirstAppears) {
  Parsed p("{\n  \"title\": \"a\",\n  \"title\": \"b\"\n}");
  ASSERT_TRUE(p.ok);
  ASSERT_EQ(p.warnings.size(), 1u);
  EXPECT_EQ(p.warnings[0].where, "line 2, column 3");
  EXPECT_EQ(p.doc.Root().Find("title")->Str(), "b");
}

}  // namespace
}  // namespace coplan::json
