#include "ui/fonts.h"

#include <cmath>
#include <cstddef>

#include "imgui.h"
#include "imgui_internal.h"  // ImTextCharFromUtf8

extern const unsigned char coplan_font_regular[];
extern const std::size_t coplan_font_regular_size;
extern const unsigned char coplan_font_bold[];
extern const std::size_t coplan_font_bold_size;
extern const unsigned char coplan_font_icons[];
extern const std::size_t coplan_font_icons_size;

namespace coplan::ui {
namespace {

// English and Welsh: Basic Latin, Latin-1, Latin Extended-A (ŵ ŷ), typographic punctuation.
const ImWchar kTextRanges[] = {0x0020, 0x007E, 0x00A0, 0x017F, 0x2013, 0x2014, 0x2018, 0x201F,
                               0x2022, 0x2022, 0x2026, 0x2026, 0x20AC, 0x20AC, 0x2190, 0x2193, 0};
const ImWchar kIconRanges[] = {0xF000, 0xF2FF, 0};
const ImWchar kBasicLatin[] = {0x0020, 0x007E, 0};

constexpr float kBodyPixels = 17.0f;   // interface text at scale 1
constexpr float kLargePixels = 24.0f;
constexpr float kStep = 1.07f;          // canvas sizes are baked in steps of 7 %
constexpr int kMaxCanvasSizes = 10;     // per weight

// Calls `letter` with each character of UTF-8 `text` that an ImWchar can hold.
template <class Letter>
void ForEachLetter(std::string_view text, Letter letter) {
  for (const char* at = text.data(), *end = at + text.size(); at < end;) {
    unsigned int c = 0;
    at += ImTextCharFromUtf8(&c, at, end);
    if (c != 0 && c <= 0xFFFF) letter(static_cast<ImWchar>(c));
  }
}

int StepFor(float pixels) { return static_cast<int>(std::lround(std::log(pixels) / std::log(kStep))); }
float PixelsFor(int step) { return std::pow(kStep, static_cast<float>(step)); }

ImFontConfig Config(int oversample, float offset_y) {
  ImFontConfig config;
  config.FontDataOwnedByAtlas = false;
  config.OversampleH = oversample;
  config.OversampleV = 1;
  config.PixelSnapH = oversample == 1;
  config.GlyphOffset.y = offset_y;
  return config;
}

// Text at `pixels` in the chosen face (if any) with Noto Sans merged in for letters the face
// lacks, then the icons. `extra_line` pixels are added between lines (half above the letters).
ImFont* AddText(const FaceData& face, Weight weight, float pixels, bool with_icons, int oversample,
                const ImWchar* ranges = kTextRanges, float extra_line = 0) {
  ImGuiIO& io = ImGui::GetIO();
  float offset = std::round(extra_line / 2);
  bool bold = weight == Weight::Bold;
  const unsigned char* noto = bold ? coplan_font_bold : coplan_font_regular;
  std::size_t noto_size = bold ? coplan_font_bold_size : coplan_font_regular_size;
  const unsigned char* data = bold ? face.bold : face.regular;
  std::size_t size = bold ? face.bold_size : face.regular_size;
  ImFontConfig config = Config(oversample, offset);
  ImFont* font = io.Fonts->AddFontFromMemoryTTF(const_cast<unsigned char*>(data ? data : noto),
                                                static_cast<int>(data ? size : noto_size), pixels, &config, ranges);
  if (data) {  // Noto Sans for the letters the chosen face does not have (ŵ and ŷ, say)
    ImFontConfig fill = Config(oversample, offset);
    fill.MergeMode = true;
    io.Fonts->AddFontFromMemoryTTF(const_cast<unsigned char*>(noto), static_cast<int>(noto_size), pixels, &fill, ranges);
  }
  if (with_icons) {
    ImFontConfig icons = Config(1, offset + pixels * 0.05f);
    icons.MergeMode = true;
    icons.GlyphMinAdvanceX = pixels * 1.1f;
    io.Fonts->AddFontFromMemoryTTF(const_cast<unsigned char*>(coplan_font_icons),
                                   static_cast<int>(coplan_font_icons_size), pixels * 0.95f, &icons,
                                   kIconRanges);
  }
  return font;
}

}  // namespace

void Fonts::Build(float scale) {
  m_scale = scale;
  BuildAtlas();
}

void Fonts::BuildAtlas() {
  ImGuiIO& io = ImGui::GetIO();
  io.Fonts->Clear();
  float body = std::round(kBodyPixels * m_scale), large = std::round(kLargePixels * m_scale);
  float spacing = m_line_spacing - 1;
  m_body = AddText(m_face, Weight::Regular, body, true, 1, kTextRanges, body * spacing);
  m_bold = AddText(m_face, Weight::Bold, body, true, 1, kTextRanges, body * spacing);
  // The large font shows a few headings and the plan's title, so it holds Basic Latin and only
  // the other letters asked of it: less to bake at start-up (its glyphs are the biggest).
  m_large_letters.insert(m_letters_missing.begin(), m_letters_missing.end());
  m_letters_missing.clear();
  m_large_ranges.clear();
  for (ImWchar c : kBasicLatin) m_large_ranges.push_back(c);
  m_large_ranges.pop_back();  // the 0 that ends the list comes last
  for (ImWchar c : m_large_letters) m_large_ranges.push_back(c), m_large_ranges.push_back(c);
  m_large_ranges.push_back(0);
  m_large = AddText(m_face, Weight::Bold, large, true, 1, m_large_ranges.Data, large * spacing);
  for (int w = 0; w < 2; ++w)
    for (int step : m_baked[w]) AddText(m_face, static_cast<Weight>(w), PixelsFor(step), true, 2);
  io.Fonts->Build();
  // Wider line spacing: the interface fonts' lines are taller than their letters (the letters
  // were moved down by half the difference above). Canvas fonts keep their own size: the canvas
  // draws them at sizes of its own, scaled from FontSize.
  for (ImFont* f : {m_body, m_bold, m_large}) f->FontSize = std::round(f->FontSize * m_line_spacing);
  io.FontDefault = m_body;
  m_missing.clear();
}

ImFont* Fonts::Canvas(Weight weight, float pixels) {
  int w = static_cast<int>(weight);
  int step = StepFor(pixels);
  m_wanted[w].insert(step);
  // Fonts in the atlas follow the order they were added: the three interface fonts first.
  ImFontAtlas* atlas = ImGui::GetIO().Fonts;
  int index = 3;
  ImFont* best = nullptr;
  int best_distance = 1 << 30;
  for (int ww = 0; ww < 2; ++ww) {
    for (int baked : m_baked[ww]) {
      if (index < atlas->Fonts.Size && ww == w && std::abs(baked - step) < best_distance) {
        best = atlas->Fonts[index];
        best_distance = std::abs(baked - step);
      }
      ++index;
    }
  }
  if (best_distance != 0) m_missing.insert(step);
  if (best) return best;
  return weight == Weight::Bold ? m_bold : m_body;
}

ImFont* Fonts::Large(std::string_view text) {
  bool lacking = false;
  ForEachLetter(text, [&](ImWchar c) {
    if (m_large->FindGlyphNoFallback(c) || !m_bold->FindGlyphNoFallback(c)) return;  // baked, or no font has it
    m_letters_missing.insert(c);
    lacking = true;
  });
  return lacking ? m_bold : m_large;
}

void Fonts::WantLetters(std::string_view text) {
  ForEachLetter(text, [&](ImWchar c) {
    if (c > 0x7E) m_letters_missing.insert(c);
  });
}

void Fonts::BakeMissing() {
  for (int w = 0; w < 2; ++w) {
    m_baked[w] = m_wanted[w];
    while (static_cast<int>(m_baked[w].size()) > kMaxCanvasSizes) m_baked[w].erase(m_baked[w].begin());
  }
  BuildAtlas();
}

}  // namespace coplan::ui
