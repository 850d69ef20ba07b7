// The desktop keeps view settings in a file; the extra typefaces are compiled in.
#include <cstdio>
#include <filesystem>

#include "platform/file_system.h"
#include "platform/files.h"
#include "platform/store_folder.h"
#include "platform/view_prefs.h"

extern const unsigned char coplan_font_dyslexic_regular[];
extern const std::size_t coplan_font_dyslexic_regular_size;
extern const unsigned char coplan_font_dyslexic_bold[];
extern const std::size_t coplan_font_dyslexic_bold_size;
extern const unsigned char coplan_font_atkinson_regular[];
extern const std::size_t coplan_font_atkinson_regular_size;
extern const unsigned char coplan_font_atkinson_bold[];
extern const std::size_t coplan_font_atkinson_bold_size;

namespace coplan::platform {
namespace {
std::string PrefsPath() { return ConfigFolder() + "/view.txt"; }
}  // namespace

std::string LoadViewPrefs() {
  std::string text, error;
  return ReadWholeFile(PrefsPath(), 4096, text, error) ? text : std::string();
}

void SaveViewPrefs(const std::string& text) {
  std::string error;
  std::error_code ignored;
  std::filesystem::create_directories(ConfigFolder(), ignored);
  if (!WriteFileAtomically(RealFileSystem(), PrefsPath(), text, error))
    std::fprintf(stderr, "coplan: the view settings were not kept: %s\n", error.c_str());
}

bool SystemPrefersLessMotion() { return false; }
void ShowPageSettings(const std::string&) {}

FontBytes ExtraFace(const std::string& face, bool bold) {
  if (face == "opendyslexic")
    return bold ? FontBytes{coplan_font_dyslexic_bold, coplan_font_dyslexic_bold_size}
                : FontBytes{coplan_font_dyslexic_regular, coplan_font_dyslexic_regular_size};
  if (face == "atkinson")
    return bold ? FontBytes{coplan_font_atkinson_bold, coplan_font_atkinson_bold_size}
                : FontBytes{coplan_font_atkinson_regular, coplan_font_atkinson_regular_size};
  return {};
}

}  // namespace coplan::platform
