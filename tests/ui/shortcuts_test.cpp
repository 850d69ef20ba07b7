// The shortcuts sheet (press ?) and the README's "Keyboard" table list the same keys.
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <fstream>
#include <set>
#include <sstream>
#include <string>

#include "ui/shortcuts.h"

namespace coplan::ui {
namespace {

// Keys as both write them: no Markdown marks, any case.
std::string Normal(std::string keys) {
  std::string out;
  for (std::size_t i = 0; i < keys.size(); ++i) {
    if (keys[i] == '`' || (keys[i] == '*' && i + 1 < keys.size() && keys[i + 1] == '*')) {
      if (keys[i] == '*') ++i;
      continue;
    }
    out += static_cast<char>(std::tolower(static_cast<unsigned char>(keys[i])));
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  while (!out.empty() && out.front() == ' ') out.erase(out.begin());
  return out;
}

// The first column of the table under "## Keyboard" in the README.
std::set<std::string> ReadmeKeys() {
  std::ifstream in(COPLAN_SOURCE_DIR "/README.md");
  std::string line;
  bool in_section = false, in_table = false;
  std::set<std::string> keys;
  while (std::getline(in, line)) {
    if (line.rfind("## ", 0) == 0) in_section = line == "## Keyboard";
    if (!in_section) continue;
    if (line.rfind("| keys |", 0) == 0) {
      in_table = true;
      continue;
    }
    if (!in_table || line.rfind("|---", 0) == 0) continue;
    if (line.empty() || line[0] != '|') break;
    std::size_t end = line.find(" |", 1);
    keys.insert(Normal(line.substr(1, end - 1)));
  }
  return keys;
}

TEST(Shortcuts, TheSheetAndTheReadmeListTheSameKeys) {
  std::set<std::string> readme = ReadmeKeys();
  ASSERT_GT(readme.size(), 20u) << "the README's Keyboard table was found";
  int count = 0;
  const Shortcut* sheet = Shortcuts(count);
  std::set<std::string> shown;
  for (int i = 0; i < count; ++i) shown.insert(Normal(sheet[i].keys));
  for (const std::string& k : readme) EXPECT_TRUE(shown.count(k)) << "in the README, not in the sheet: " << k;
  for (const std::string& k : shown) EXPECT_TRUE(readme.count(k)) << "in the sheet, not in the README: " << k;
}

// What the review found missing from the sheet.
TEST(Shortcuts, TheSheetNamesEveryWayToWork) {
  int count = 0;
  const Shortcut* sheet = Shortcuts(count);
  std::string all;
  for (int i = 0; i < count; ++i) all += Normal(sheet[i].keys) + "\n";
  for (const char* needed : {"backspace", "shift+n", "cmd", "drag the background", "middle mouse", "space + drag",
                             "shift + drag", "ctrl+click", "two fingers on a touchpad", "pinch"})
    EXPECT_NE(all.find(needed), std::string::npos) << needed;
}

}  // namespace
}  // namespace coplan::ui
