// The browser's side of file handling, through web/coplan-files.js: pickers, downloads, the File
// System Access API, Web Share, links, the "leave page?" warning and the flush when hidden.
#include <emscripten/emscripten.h>

#include <cstdlib>
#include <cstring>
#include <map>

#include "platform/file_host.h"
#include "platform/window.h"

namespace coplan::platform {
namespace {

EM_JS(int, JsCanWriteBack, (), { return window.coplanFiles.canWriteBack() ? 1 : 0; });
EM_JS(void, JsPickFile, (int merge), { window.coplanFiles.pickFile(!!merge); });
EM_JS(void, JsAcceptFiles, (), { window.coplanFiles.acceptFiles(); });
EM_JS(void, JsKeepArrived, (const char* slot), { window.coplanFiles.keepArrivedFor(UTF8ToString(slot)); });
EM_JS(int, JsLinkPending, (), { return window.coplanFiles.linkPending() ? 1 : 0; });
EM_JS(void, JsForgetLink, (), { window.coplanFiles.forgetLink(); });
EM_JS(void, JsSaveFile, (int id, const char* slot, const char* name, const char* data, int length, int ask), {
  window.coplanFiles.saveFile(id, UTF8ToString(slot), UTF8ToString(name), HEAPU8.slice(data, data + length), !!ask);
});
EM_JS(void, JsShareFile, (int id, const char* slot, const char* name, const char* data, int length,
                          const char* subject, const char* body), {
  window.coplanFiles.shareFile(id, UTF8ToString(slot), UTF8ToString(name), HEAPU8.slice(data, data + length),
                               UTF8ToString(subject), UTF8ToString(body));
});
EM_JS(void, JsMakeLink, (int id, const char* data, int length), {
  window.coplanFiles.makeLink(id, HEAPU8.slice(data, data + length));
});
EM_JS(void, JsCopyText, (const char* text), { window.coplanFiles.copyText(UTF8ToString(text)); });
EM_JS(char*, JsPageAddress, (), {
  const text = window.coplanFiles.pageAddress();
  const size = lengthBytesUTF8(text) + 1;
  const ptr = _malloc(size);
  stringToUTF8(text, ptr, size);
  return ptr;
});
EM_JS(int, JsOpenMail, (const char* subject, const char* body), {
  return window.coplanFiles.openMail(UTF8ToString(subject), UTF8ToString(body)) ? 1 : 0;
});
EM_JS(void, JsSetUnsaved, (int unsaved), { window.coplanFiles.setUnsaved(!!unsaved); });
EM_JS(void, JsPersist, (int id), { window.coplanFiles.persist(id); });

std::function<void(ArrivedFile)> g_arrived;
std::function<void()> g_hidden;
PageCommand g_command;
std::map<int, SaveDone> g_replies;
std::map<int, std::function<void(bool)>> g_persist;
int g_next_id = 0;

int Remember(SaveDone done) {
  g_replies[++g_next_id] = std::move(done);
  return g_next_id;
}

}  // namespace

FileAbilities Abilities() { return {false, JsCanWriteBack() != 0}; }

void OnFileArrived(std::function<void(ArrivedFile)> handler) {
  g_arrived = std::move(handler);
  JsAcceptFiles();
}
void KeepArrivedFileFor(const std::string& slot) { JsKeepArrived(slot.c_str()); }
void PickFileToOpen() { JsPickFile(0); }
void PickFileToMerge() { JsPickFile(1); }
bool LinkPending() { return JsLinkPending() != 0; }
void ForgetLink() { JsForgetLink(); }

void SaveFile(const std::string& slot, const std::string& name, std::string_view text, bool ask_where, SaveDone done) {
  int id = Remember(std::move(done));
  JsSaveFile(id, slot.c_str(), name.c_str(), text.data(), static_cast<int>(text.size()), ask_where ? 1 : 0);
}

void ShareFile(const std::string& slot, const std::string& name, std::string_view text, const std::string& subject,
               const std::string& body, SaveDone done) {
  int id = Remember(std::move(done));
  JsShareFile(id, slot.c_str(), name.c_str(), text.data(), static_cast<int>(text.size()), subject.c_str(),
              body.c_str());
}

void MakeShareLink(std::string_view text, SaveDone done) {
  int id = Remember(std::move(done));
  JsMakeLink(id, text.data(), static_cast<int>(text.size()));
}

void CopyText(const std::string& text) { JsCopyText(text.c_str()); }

std::string PageAddress() {
  char* ptr = JsPageAddress();
  std::string address = ptr;
  std::free(ptr);
  return address;
}

bool OpenMailProgram(const std::string& subject, const std::string& body) {
  return JsOpenMail(subject.c_str(), body.c_str()) != 0;
}

void SetUnsavedWork(bool unsaved) {
  static int last = -1;
  if (last == static_cast<int>(unsaved)) return;
  last = unsaved;
  JsSetUnsaved(unsaved ? 1 : 0);
}

void OnPageHidden(std::function<void()> handler) { g_hidden = std::move(handler); }
void OnPageCommand(PageCommand handler) { g_command = std::move(handler); }

void RequestPersistentStorage(std::function<void(bool)> done) {
  g_persist[++g_next_id] = std::move(done);
  JsPersist(g_next_id);
}

void RequestWindowClose() {}

double Seconds() { return emscripten_get_now() / 1000.0; }

}  // namespace coplan::platform

using namespace coplan::platform;

extern "C" {

// A file the page read (picker, drop, link, merge). how: 0 picker, 1 drop, 2 link, 3 merge. `error` is set and
// `text` empty when the file could not be read.
EMSCRIPTEN_KEEPALIVE void coplan_file_arrived(const char* text, int length, const char* name, int how,
                                              const char* error) {
  if (!g_arrived) return;
  ArrivedFile file{std::string(text, static_cast<std::size_t>(length)), name,
                   how == 3 ? Arrival::Merge : how == 2 ? Arrival::Link : how == 1 ? Arrival::Drop : Arrival::Picker,
                   error ? error : ""};
  RequestRedraw();
  g_arrived(std::move(file));
}

// A save, share or link finished: ok, cancelled, the file's name (or the link), an error, and
// whether the file went to the downloads.
EMSCRIPTEN_KEEPALIVE void coplan_file_reply(int id, int ok, int cancelled, const char* name, const char* error,
                                            int downloaded) {
  auto it = g_replies.find(id);
  if (it == g_replies.end()) return;
  SaveDone done = std::move(it->second);
  g_replies.erase(it);
  RequestRedraw();
  if (done) done({ok != 0, cancelled != 0, name ? name : "", error ? error : "", downloaded != 0});
}

EMSCRIPTEN_KEEPALIVE void coplan_persist_reply(int id, int granted) {
  auto it = g_persist.find(id);
  if (it == g_persist.end()) return;
  auto done = std::move(it->second);
  g_persist.erase(it);
  if (done) done(granted != 0);
}

// A request from the page (see OnPageCommand). The answer is in memory the page frees.
EMSCRIPTEN_KEEPALIVE char* coplan_page_command(const char* what, const char* argument) {
  RequestRedraw();
  std::string answer = g_command ? g_command(what, argument ? argument : "") : std::string("not ready");
  char* out = static_cast<char*>(std::malloc(answer.size() + 1));
  std::memcpy(out, answer.c_str(), answer.size() + 1);
  return out;
}

// The page is being hidden or closed: keep what must be kept now.
EMSCRIPTEN_KEEPALIVE void coplan_page_hidden() {
  if (g_hidden) g_hidden();
}
}
