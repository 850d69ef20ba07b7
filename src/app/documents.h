// Plans as files: open, save, autosave, recover and share. The App calls it each frame; it
// draws the File menu and its dialogs, and keeps the plan safe between frames (see keeper.h).
#pragma once
#include <memory>
#include <string>
#include <string_view>

namespace coplan {

class App;
class Keeper;
struct KeeperServices;
struct DocumentsPanels;

class Documents {
 public:
  Documents();
  ~Documents();

  // Draws the File menu button (in the top bar) and any file dialog that is open.
  void DrawMenu(App& app);
  // After each frame's edits were applied: autosave and other upkeep.
  void AfterFrame(App& app);
  // The window is asked to close: true if it may. Otherwise asks the person (and returns false).
  bool MayClose(App& app);
  // A name for the open plan's file, e.g. "Our plan.coplan.json".
  std::string FileName(const App& app) const;

  // Opens a plan from a file's text (the page, tests). Unsaved work is kept in My plans first.
  bool OpenText(App& app, std::string_view text, const std::string& name);
  // Desktop: a file given on the command line or dropped on the window. Opens it, or when a plan
  // is open already, asks whether to open it or merge it into that plan.
  void OpenPath(App& app, const std::string& path);
  // The File menu's "Merge a copy into this plan…": the browser's file picker or the desktop's
  // file dialog; the file chosen is read into the merge review.
  void StartMerge(App& app);
  // True when a write or reply is due, so the frame loop must not idle.
  bool WantsFrame() const;
  // Tests: use another store, file system or clock. Call before anything else.
  void UseServices(const KeeperServices& services);
  Keeper& keeper(App& app);

 private:
  void Shortcuts(App& app);
  std::string SuggestedName(App& app);  // the open file's name, or one made from the title
  void StartOpen(App& app);
  void PickFile(App& app, bool merge);
  void StartSave(App& app, bool ask_where);
  void DrawFileMenu(App& app);
  void DrawDialogs(App& app);
  std::string PageCommand(App& app, const std::string& what, const std::string& argument);

  std::unique_ptr<KeeperServices> m_services;
  std::unique_ptr<Keeper> m_keeper;
  std::unique_ptr<DocumentsPanels> m_panels;
  int m_frames = 0;  // frames drawn before the keeper started (see AfterFrame)
};

}  // namespace coplan
