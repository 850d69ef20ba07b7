// Text size up to 300 %: fonts are baked again at the new size (sharp, never a small bake
// stretched), in every typeface, and wider line spacing makes lines taller, not letters bigger.
#include <gtest/gtest.h>

#include "imgui.h"
#include "platform/view_prefs.h"
#include "ui/fonts.h"
#include "ui/view_settings.h"

namespace coplan::ui {
namespace {

class TextSize : public ::testing::TestWithParam<const char*> {
 protected:
  void SetUp() override {
    ImGui::CreateContext();
    platform::FontBytes regular = platform::ExtraFace(GetParam(), false), bold = platform::ExtraFace(GetParam(), true);
    face = {regular.data, regular.size, bold.data, bold.size};
  }
  void TearDown() override { ImGui::DestroyContext(); }
  // The height of H on screen and in the font texture, in pixels, baked for `scale`.
  std::pair<float, float> GlyphH(float scale, float spacing = 1) {
    fonts.SetFace(face, spacing);
    fonts.Build(scale);
    unsigned char* pixels;
    int w, h;
    ImGui::GetIO().Fonts->GetTexDataAsAlpha8(&pixels, &w, &h);
    const ImFontGlyph* g = fonts.Body()->FindGlyphNoFallback('H');
    EXPECT_NE(g, nullptr);
    return {g->Y1 - g->Y0, (g->V1 - g->V0) * static_cast<float>(h)};
  }
  Fonts fonts;
  FaceData face;
};

TEST_P(TextSize, ThreeHundredPercentBakesGlyphsThreeTimesAsTall) {
  auto [at100, texels100] = GlyphH(1.0f);
  auto [at300, texels300] = GlyphH(3.0f);
  // Glyph boxes are whole pixels, so the small one may be a pixel off: 3 pixels at 300 %.
  EXPECT_NEAR(at300, 3 * at100, 3.0f);
  EXPECT_FLOAT_EQ(texels300, at300) << "one texel per pixel: baked at this size, not stretched";
  EXPECT_FLOAT_EQ(texels100, at100);
  EXPECT_NEAR(fonts.Body()->FontSize, 3 * 17.0f, 1.0f);
}

TEST_P(TextSize, WiderLineSpacingMakesLinesTallerNotLetters) {
  auto [usual, texels] = GlyphH(1.0f, 1.0f);
  float line = fonts.Body()->FontSize;
  auto [wide, wide_texels] = GlyphH(1.0f, 1.5f);
  EXPECT_FLOAT_EQ(wide, usual);
  EXPECT_NEAR(fonts.Body()->FontSize, line * 1.5f, 1.0f);
  (void)texels, (void)wide_texels;
}

TEST_P(TextSize, EveryFaceHasWelshLettersAtLeastFromNoto) {
  GlyphH(1.0f);
  for (ImWchar c : {0x0175, 0x0177, 0x00E2, 0x00E9, 0x2019}) EXPECT_NE(fonts.Body()->FindGlyphNoFallback(c), nullptr) << c;
}

INSTANTIATE_TEST_SUITE_P(EveryTypeface, TextSize, ::testing::Values("noto-sans", "opendyslexic", "atkinson"),
                         [](const auto& info) { return std::string(info.param[0] == 'n' ? "NotoSans" : info.param[0] == 'o' ? "OpenDyslexic" : "Atkinson"); });

TEST(ViewSettingsText, ReadsBackWhatWasWrittenAndIgnoresNonsense) {
  ViewSettings s{ThemeKind::Dark, 2.5f, Typeface::Atkinson, 1.25f, true};
  EXPECT_EQ(ReadViewSettings(WriteViewSettings(s)), s);
  ViewSettings odd = ReadViewSettings("theme=purple\ntext-size=9\ntypeface=comic\nline-spacing=abc\nrubbish\n");
  EXPECT_EQ(odd.theme, ThemeKind::Light);
  EXPECT_EQ(odd.text_size, 3.0f);  // the nearest step
  EXPECT_EQ(odd.face, Typeface::NotoSans);
  EXPECT_EQ(odd.line_spacing, 1.0f);
}

}  // namespace
}  // namespace coplan::ui
