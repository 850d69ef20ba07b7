// The keyboard shortcuts sheet (press ?), and the list the README repeats.
#pragma once

namespace coplan::ui {

struct Shortcut {
  const char* keys;
  const char* what;
};

// Every shortcut, in the order the sheet shows them.
const Shortcut* Shortcuts(int& count);
// Draws the sheet as a window while `open` is true (Escape or the button closes it).
void DrawShortcutsSheet(bool& open);

}  // namespace coplan::ui
