// Plans as files: open, save, autosave, recover and share. The App calls it each frame; it
// draws the File menu and its dialogs, and keeps the plan safe between frames.
#pragma once
#include <string>

namespace coplan {

class App;

class Documents {
 public:
  // Draws the File menu button (in the top bar) and any file dialog that is open.
  void DrawMenu(App& app);
  // After each frame's edits were applied: autosave and other upkeep.
  void AfterFrame(App& app);
  // The window is asked to close: true if it may. Otherwise asks the person (and returns false).
  bool MayClose(App& app);
  // A name for the open plan's file, e.g. "Our plan.coplan.json".
  std::string FileName(const App& app) const;
};

}  // namespace coplan
