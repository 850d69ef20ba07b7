// The fonts: every icon the app names and every letter of English and Welsh is baked, in the
// interface fonts and in the canvas fonts.
#include <gtest/gtest.h>

#include <fstream>
#include <regex>
#include <string>
#include <vector>

#include "imgui.h"
#include "imgui_internal.h"  // ImTextCharFromUtf8
#include "ui/fonts.h"

namespace coplan::ui {
namespace {

// The code points of every `#define ICON_... "\x.."` in fonts.h, read from the header itself so
// an icon added there is checked here too.
std::vector<std::pair<std::string, unsigned>> IconsInHeader() {
  std::ifstream in(COPLAN_SOURCE_DIR "/src/ui/fonts.h");
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  std::regex define(R"re(#define (ICON_\w+) "((?:\\x[0-9a-f]{2})+)")re");
  std::vector<std::pair<std::string, unsigned>> icons;
  for (std::sregex_iterator it(text.begin(), text.end(), define), end; it != end; ++it) {
    std::string escaped = (*it)[2], bytes;
    for (std::size_t i = 0; i + 4 <= escaped.size(); i += 4)
      bytes += static_cast<char>(std::stoi(escaped.substr(i + 2, 2), nullptr, 16));
    unsigned code = 0;
    ImTextCharFromUtf8(&code, bytes.c_str(), nullptr);
    icons.emplace_back((*it)[1], code);
  }
  return icons;
}

class FontsTest : public ::testing::Test {
 protected:
  void SetUp() override { ImGui::CreateContext(); }
  void TearDown() override { ImGui::DestroyContext(); }
};

TEST_F(FontsTest, EveryIconTheAppNamesIsBaked) {
  Fonts fonts;
  fonts.Build(1.0f);
  auto icons = IconsInHeader();
  ASSERT_GT(icons.size(), 40u) << "the icons were read from fonts.h";
  for (ImFont* font : {fonts.Body(), fonts.Bold(), fonts.Large("")})
    for (const auto& [name, code] : icons)
      EXPECT_NE(font->FindGlyphNoFallback(static_cast<ImWchar>(code)), nullptr) << name << " in " << font->GetDebugName();
}

TEST_F(FontsTest, CanvasFontsHaveIconsAndWelshLetters) {
  Fonts fonts;
  fonts.Build(1.0f);
  fonts.BeginFrame();
  fonts.Canvas(Weight::Bold, 40.0f);
  ASSERT_TRUE(fonts.Missing());
  fonts.BakeMissing();
  ImFont* canvas = fonts.Canvas(Weight::Bold, 40.0f);
  EXPECT_FALSE(fonts.Missing());
  for (ImWchar c : {ImWchar(u'ŵ'), ImWchar(u'ŷ'), ImWchar(u'â'), ImWchar(u'’')})
    EXPECT_NE(canvas->FindGlyphNoFallback(c), nullptr) << "U+" << std::hex << c;
  for (const auto& [name, code] : IconsInHeader())
    EXPECT_NE(canvas->FindGlyphNoFallback(static_cast<ImWchar>(code)), nullptr) << name;
}

TEST_F(FontsTest, LargeFontBakesTheLettersOfTheTitleItShows) {
  Fonts fonts;
  fonts.WantLetters("Cynllun Môn");  // the plan's title, known before the first build
  fonts.Build(1.0f);
  EXPECT_NE(fonts.Large("Cynllun Môn"), fonts.Bold());
  EXPECT_NE(fonts.Large("Cynllun Môn")->FindGlyphNoFallback(u'ô'), nullptr);
  EXPECT_FALSE(fonts.Missing());

  // A title with a letter the large font lacks: shown in Bold until the letter is baked.
  EXPECT_EQ(fonts.Large("Ein cynllun – Gŵyl"), fonts.Bold());
  EXPECT_TRUE(fonts.Missing());
  fonts.BakeMissing();
  EXPECT_FALSE(fonts.Missing());
  ImFont* now = fonts.Large("Ein cynllun – Gŵyl");
  EXPECT_NE(now, fonts.Bold());
  for (ImWchar c : {ImWchar(u'–'), ImWchar(u'ŵ'), ImWchar(u'ô')}) EXPECT_NE(now->FindGlyphNoFallback(c), nullptr);
}

TEST_F(FontsTest, LetterNoFontHasIsNotAskedForAgainAndAgain) {
  Fonts fonts;
  fonts.Build(1.0f);
  ImFont* large = fonts.Large("Plan \xe4\xbd\xa0");  // a CJK letter: none of our fonts has it
  EXPECT_EQ(large, fonts.Large("Plan"));
  EXPECT_FALSE(fonts.Missing());
}

}  // namespace
}  // namespace coplan::ui
