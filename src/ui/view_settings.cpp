#include "ui/view_settings.h"

#include <cmath>
#include <cstdlib>
#include <iterator>

namespace coplan::ui {
namespace {

// The step in `steps` nearest to `value`.
template <std::size_t N>
float Nearest(const float (&steps)[N], float value) {
  float best = steps[0];
  for (float s : steps)
    if (std::abs(s - value) < std::abs(best - value)) best = s;
  return best;
}

std::string Number(float v) {
  std::string s = std::to_string(static_cast<int>(std::lround(v * 100)));
  return s.size() > 2 ? s.substr(0, s.size() - 2) + "." + s.substr(s.size() - 2) : "0." + s;
}

}  // namespace

const char* ThemeWord(ThemeKind theme) {
  switch (theme) {
    case ThemeKind::Light: return "light";
    case ThemeKind::Dark: return "dark";
    case ThemeKind::HighContrast: return "high-contrast";
  }
  return "light";
}

const char* FaceWord(Typeface face) {
  switch (face) {
    case Typeface::NotoSans: return "noto-sans";
    case Typeface::OpenDyslexic: return "opendyslexic";
    case Typeface::Atkinson: return "atkinson";
  }
  return "noto-sans";
}

std::string WriteViewSettings(const ViewSettings& s) {
  return std::string("theme=") + ThemeWord(s.theme) + "\ntext-size=" + Number(s.text_size) + "\ntypeface=" +
         FaceWord(s.face) + "\nline-spacing=" + Number(s.line_spacing) + "\nless-motion=" +
         (s.less_motion ? "yes" : "no") + "\n";
}

ViewSettings ReadViewSettings(std::string_view text) {
  ViewSettings s;
  while (!text.empty()) {
    std::size_t end = text.find('\n');
    std::string_view line = text.substr(0, end);
    text = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
    std::size_t eq = line.find('=');
    if (eq == std::string_view::npos) continue;
    std::string_view key = line.substr(0, eq);
    std::string value(line.substr(eq + 1));
    if (key == "theme") {
      for (ThemeKind k : kThemes)
        if (value == ThemeWord(k)) s.theme = k;
    } else if (key == "typeface") {
      for (Typeface f : {Typeface::NotoSans, Typeface::OpenDyslexic, Typeface::Atkinson})
        if (value == FaceWord(f)) s.face = f;
    } else if (key == "text-size" || key == "line-spacing") {
      float v = std::strtof(value.c_str(), nullptr);
      if (!(v > 0)) continue;
      if (key == "text-size") s.text_size = Nearest(kTextSizes, v);
      else s.line_spacing = Nearest(kLineSpacings, v);
    } else if (key == "less-motion") {
      s.less_motion = value == "yes";
    }
  }
  return s;
}

}  // namespace coplan::ui
