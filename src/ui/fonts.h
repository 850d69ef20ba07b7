// Fonts: Noto Sans (cut down to English and Welsh) and Fork Awesome icons, compiled in, or a
// typeface the person chose (OpenDyslexic, Atkinson Hyperlegible) with Noto filling its gaps.
// Interface text is baked at the current scale; canvas text is baked at the sizes the current
// zoom needs, so text is sharp at every zoom instead of one baked size stretched.
#pragma once
#include <cstddef>
#include <set>
#include <string_view>

#include "imgui.h"

namespace coplan::ui {

enum class Weight { Regular, Bold };

// A typeface's font files in memory (kept alive by whoever gave them).
struct FaceData {
  const unsigned char* regular = nullptr;
  std::size_t regular_size = 0;
  const unsigned char* bold = nullptr;
  std::size_t bold_size = 0;
};

class Fonts {
 public:
  // Builds every font for `scale` framebuffer pixels per logical pixel. Call outside a frame.
  void Build(float scale);
  float Scale() const { return m_scale; }
  // The typeface for the next Build (none: Noto Sans, which also fills in letters a face lacks),
  // and the space between lines of interface text (1 is the font's own).
  void SetFace(const FaceData& face, float line_spacing) { m_face = face, m_line_spacing = line_spacing; }

  ImFont* Body() const { return m_body; }        // interface text, with icons
  ImFont* Bold() const { return m_bold; }        // headings in panels, with icons
  // The large font (headings, the plan's title) if it has every letter of `text`; if not, Bold
  // for now, and the letters it lacks are baked by the next BakeMissing().
  ImFont* Large(std::string_view text);
  // Letters of `text` for the large font to have from the next build (the plan's title at start).
  void WantLetters(std::string_view text);
  // Forgets which canvas sizes were asked for; call at the start of each frame.
  void BeginFrame() {
    m_wanted[0].clear();
    m_wanted[1].clear();
    m_missing.clear();
  }
  // The baked canvas font closest to `pixels` tall; remembers sizes that are missing.
  ImFont* Canvas(Weight weight, float pixels);
  // True when the canvas asked for sizes, or the large font for letters, not baked yet.
  bool Missing() const { return !m_missing.empty() || !m_letters_missing.empty(); }
  // Bakes what the canvas asked for in the last frame and the letters asked of the large font.
  // Call outside a frame.
  void BakeMissing();

 private:
  void BuildAtlas();

  float m_scale = 1;
  FaceData m_face;
  float m_line_spacing = 1;
  ImFont* m_body = nullptr;
  ImFont* m_bold = nullptr;
  ImFont* m_large = nullptr;
  std::set<int> m_baked[2], m_wanted[2];  // size steps, see StepFor()
  std::set<int> m_missing;
  std::set<ImWchar> m_large_letters, m_letters_missing;  // beyond Basic Latin
  ImVector<ImWchar> m_large_ranges;                       // the atlas reads these while it builds
};

// Icon code points (Fork Awesome) as UTF-8, for text like ICON_PLUS " Add action".
#define ICON_PLUS "\xef\x81\xa7"
#define ICON_SEARCH "\xef\x80\x82"
#define ICON_UNDO "\xef\x83\xa2"
#define ICON_REDO "\xef\x80\x9e"
#define ICON_OPEN "\xef\x81\xbc"
#define ICON_SAVE "\xef\x83\x87"
#define ICON_EMAIL "\xef\x83\xa0"
#define ICON_LINK "\xef\x83\x81"
#define ICON_TRASH "\xef\x87\xb8"
#define ICON_COPY "\xef\x83\x85"
#define ICON_USER "\xef\x80\x87"
#define ICON_HEART "\xef\x80\x84"
#define ICON_CHECK "\xef\x80\x8c"
#define ICON_IDEA "\xef\x83\xab"
#define ICON_AGREED "\xef\x8a\xb5"
#define ICON_IN_PROGRESS "\xef\x89\x92"
#define ICON_DONE "\xef\x81\x98"
#define ICON_PAUSED "\xef\x8a\x8b"
#define ICON_NOTE "\xef\x89\x89"
#define ICON_QUESTION "\xef\x81\x99"
#define ICON_EYE "\xef\x81\xae"
#define ICON_FIT "\xef\x81\xa5"
#define ICON_HOME "\xef\x80\x95"
#define ICON_ZOOM_IN "\xef\x80\x8e"
#define ICON_ZOOM_OUT "\xef\x80\x90"
#define ICON_KEYBOARD "\xef\x84\x9c"
#define ICON_TABLE "\xef\x83\x8e"
#define ICON_HEALTH "\xef\x88\x9e"
#define ICON_CANVAS "\xef\x80\x89"
#define ICON_CALENDAR "\xef\x81\xb3"
#define ICON_CLOSE "\xef\x80\x8d"
#define ICON_WARNING "\xef\x81\xb1"
#define ICON_INFO "\xef\x81\x9a"
#define ICON_MENU "\xef\x83\x89"
#define ICON_SHARE "\xef\x87\xa0"
#define ICON_HISTORY "\xef\x87\x9a"
#define ICON_CLOCK "\xef\x80\x97"
#define ICON_PEOPLE "\xef\x83\x80"
#define ICON_TAG "\xef\x80\xab"
#define ICON_ARROW "\xef\x81\xa1"
#define ICON_CLONE "\xef\x89\x8d"
#define ICON_TIDY "\xef\x80\xb6"
#define ICON_MAGIC "\xef\x83\x90"
#define ICON_FILTER "\xef\x82\xb0"
#define ICON_PRINT "\xef\x80\xaf"
#define ICON_READABLE "\xef\x87\xaa"

}  // namespace coplan::ui
