// What the page (browser) or the operating system (desktop) does with plan files: pickers,
// downloads, writing back to an opened file, sharing, the "leave page?" warning. The app asks
// Abilities() and takes one path or the other, never by #ifdef.
#pragma once
#include <functional>
#include <string>
#include <string_view>

namespace coplan::platform {

struct FileAbilities {
  bool paths = false;       // desktop: files have paths; the app draws its own file dialog
  bool write_back = false;  // browser with the File System Access API: Save writes to the opened file
};
FileAbilities Abilities();

// Files the page hands over: from its file picker, dropped on the page, in the page address, or
// picked to be merged into the open plan.
enum class Arrival { Picker, Drop, Link, Merge };
struct ArrivedFile {
  std::string text, name;
  Arrival how = Arrival::Picker;
  std::string error;  // set when the file could not be read (text is then empty)
};
void OnFileArrived(std::function<void(ArrivedFile)> handler);
// Browser: shows the file picker (its file arrives through OnFileArrived).
void PickFileToOpen();
// Browser: the same, for a copy to merge into the open plan (it arrives as Arrival::Merge).
void PickFileToMerge();
// Browser: the file that arrived last is the one Save writes back to for `slot`.
void KeepArrivedFileFor(const std::string& slot);
// Browser: true if the page address holds a plan that has not arrived yet.
bool LinkPending();
// Browser: takes the plan out of the page address (once it is kept).
void ForgetLink();

struct SaveReply {
  bool ok = false;
  bool cancelled = false;  // the person closed the "save where?" dialog
  std::string name;        // the file's name as saved
  std::string error;       // plain English, when neither ok nor cancelled
  bool downloaded = false; // it went to the browser's downloads
};
using SaveDone = std::function<void(SaveReply)>;
// Browser: saves `text` as a file called `name`. With `ask_where` false it writes back to the file
// last opened or saved for `slot` (a plan in this browser) if it can; otherwise it asks where
// (File System Access API) or downloads.
void SaveFile(const std::string& slot, const std::string& name, std::string_view text, bool ask_where, SaveDone done);
// Browser: Web Share with the file where it can, otherwise the same as SaveFile then the mail
// program. `reply.name` is "shared" when the share sheet took the file.
void ShareFile(const std::string& slot, const std::string& name, std::string_view text, const std::string& subject,
               const std::string& body, SaveDone done);
// Browser: the page address with `text` compressed after the '#'. Replies with the link in `name`.
void MakeShareLink(std::string_view text, SaveDone done);
// Puts text on the clipboard.
void CopyText(const std::string& text);
// The address of this page (browser) or "" (desktop).
std::string PageAddress();

// Opens the mail program with a message (mailto:). False if none could be started.
bool OpenMailProgram(const std::string& subject, const std::string& body);

// Browser: whether leaving the page should ask "leave page?" first.
void SetUnsavedWork(bool unsaved);
// The page's own requests (and its test hooks): e.g. "save", "open", "rename" with `argument`.
// The handler's answer goes back to the page ("state" answers with JSON).
using PageCommand = std::function<std::string(const std::string& what, const std::string& argument)>;
void OnPageCommand(PageCommand handler);
// Called when the page is hidden or closed (browser), to keep what must be kept at once.
void OnPageHidden(std::function<void()> handler);
// Asks the browser to keep this site's storage even when space runs low. `done(granted)`.
void RequestPersistentStorage(std::function<void(bool)> done);
// Desktop: asks the window to close (after the person agreed to lose or saved their changes).
void RequestWindowClose();
// Seconds since some fixed moment, for timers.
double Seconds();

}  // namespace coplan::platform
