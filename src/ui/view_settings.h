// How the app looks for the person using it: theme, text size, typeface, line spacing and less
// motion. View state, not plan: remembered per browser and per desktop user, never in the plan.
#pragma once
#include <string>
#include <string_view>

#include "ui/theme.h"

namespace coplan::ui {

enum class Typeface { NotoSans, OpenDyslexic, Atkinson };

struct ViewSettings {
  ThemeKind theme = ThemeKind::Light;
  float text_size = 1.0f;     // 1 to 3, on top of the display's own scale
  Typeface face = Typeface::NotoSans;
  float line_spacing = 1.0f;  // 1, 1.25 or 1.5 times the usual space between lines
  bool less_motion = false;   // no blinking caret, no transitions on the page
  bool operator==(const ViewSettings&) const = default;
};

constexpr float kTextSizes[] = {1.0f, 1.25f, 1.5f, 1.75f, 2.0f, 2.5f, 3.0f};
constexpr float kLineSpacings[] = {1.0f, 1.25f, 1.5f};

// As lines of "key=value", and back: unknown keys and values that are not ours are ignored.
std::string WriteViewSettings(const ViewSettings& settings);
ViewSettings ReadViewSettings(std::string_view text);

const char* ThemeWord(ThemeKind theme);  // "light", "dark", "high-contrast"
const char* FaceWord(Typeface face);     // "noto-sans", "opendyslexic", "atkinson"

// The View menu's controls (in an open popup or panel): true when a setting changed.
bool DrawViewSettings(ViewSettings& settings);

}  // namespace coplan::ui
