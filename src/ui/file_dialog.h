// The desktop's file dialog, drawn with ImGui: folders and plan files in one list, a path you
// can type, the home folder, and a name for saving. Everything works from the keyboard: Tab and
// the arrow keys move, Enter opens a folder or picks a file, Backspace goes up, Escape cancels.
#pragma once
#include <optional>
#include <string>
#include <vector>

namespace coplan::ui {

enum class FileDialogMode { Open, Save };

struct FileEntry {
  std::string name;
  bool folder = false;
};

struct FileDialogState {
  bool open = false;
  bool just_opened = false;
  FileDialogMode mode = FileDialogMode::Open;
  std::string folder;
  std::string name;              // Save: the file name
  std::vector<FileEntry> entries;
  int selected = -1;
  std::string problem;           // the folder could not be read
  bool show_all = false;         // every file, not only *.json
  bool focus_first = false;      // the keyboard goes to the first row (a new folder is shown)
  std::string replace_path;      // Save: asking whether to replace this file
};

// Opens the dialog at `start` (a file or a folder; empty: the home folder).
void OpenFileDialog(FileDialogState& state, FileDialogMode mode, const std::string& start,
                    const std::string& suggested_name = "");
// Reads the folder's entries again: folders first, then plan files, each by name.
void ListFolder(FileDialogState& state, const std::string& folder);
// Draws the dialog while it is open; returns the chosen path once. Sets `cancelled` when closed.
std::optional<std::string> DrawFileDialog(FileDialogState& state, bool& cancelled);

// The path for `name` in the dialog's folder. Saving over a file that is there asks first: then
// it returns nothing and sets `replace_path`.
std::optional<std::string> ChooseName(FileDialogState& state, const std::string& name);

// Ensures a saved plan's name ends in .coplan.json (or at least .json).
std::string WithPlanExtension(const std::string& name);

}  // namespace coplan::ui
