// The desktop's side of file handling: paths, the system's mail program, the window's close.
#include <spawn.h>
#include <sys/wait.h>

#include <chrono>
#include <string>
#include <vector>

#include "platform/file_host.h"
#include "platform/store_folder.h"
#include <GLFW/glfw3.h>

extern char** environ;

namespace coplan::platform {
namespace {

std::string PercentEncode(const std::string& text) {
  static const char* hex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : text) {
    bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
                 c == '_' || c == '.' || c == '~';
    if (plain) {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += hex[c >> 4];
      out += hex[c & 15];
    }
  }
  return out;
}

}  // namespace

FileAbilities Abilities() { return {true, false}; }

void OnFileArrived(std::function<void(ArrivedFile)>) {}
void PickFileToOpen() {}
void PickFileToMerge() {}
void KeepArrivedFileFor(const std::string&) {}
bool LinkPending() { return false; }
void ForgetLink() {}

void SaveFile(const std::string&, const std::string&, std::string_view, bool, SaveDone done) {
  done({false, false, "", "Saving goes through the file dialog on the desktop.", false});
}
void ShareFile(const std::string& slot, const std::string& name, std::string_view text, const std::string&,
               const std::string&, SaveDone done) {
  SaveFile(slot, name, text, false, std::move(done));
}
void MakeShareLink(std::string_view, SaveDone done) {
  done({false, false, "", "Links to plans work in the browser version of Coplan.", false});
}

void CopyText(const std::string& text) {
  GLFWwindow* window = glfwGetCurrentContext();
  if (window) glfwSetClipboardString(window, text.c_str());
}

std::string PageAddress() { return ""; }

bool OpenMailProgram(const std::string& subject, const std::string& body) {
  std::string url = "mailto:?subject=" + PercentEncode(subject) + "&body=" + PercentEncode(body);
  std::vector<char*> argv = {const_cast<char*>("xdg-open"), url.data(), nullptr};
  pid_t pid = 0;
  if (posix_spawnp(&pid, "xdg-open", nullptr, nullptr, argv.data(), environ) != 0) return false;
  int status = 0;
  waitpid(pid, &status, 0);  // xdg-open hands over to the mail program and returns at once
  return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

void SetUnsavedWork(bool) {}
void OnPageCommand(PageCommand) {}
void OnPageHidden(std::function<void()>) {}
void RequestPersistentStorage(std::function<void(bool)> done) { done(true); }

void RequestWindowClose() {
  GLFWwindow* window = glfwGetCurrentContext();
  if (window) glfwSetWindowShouldClose(window, GLFW_TRUE);
}

double Seconds() {
  using namespace std::chrono;
  return duration<double>(steady_clock::now().time_since_epoch()).count();
}

Store& MachineStore() {
  static FolderStore store(StateFolder(), ConfigFolder(), RealFileSystem(), true);
  return store;
}

const char* StorePlaceName() { return "on this computer"; }

}  // namespace coplan::platform
