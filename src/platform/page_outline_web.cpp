// The page's outline (web/coplan-outline.js) and the functions it calls into.
#include <emscripten/emscripten.h>

#include <cstdlib>
#include <cstring>

#include "platform/page_outline.h"
#include "platform/window.h"

namespace coplan::platform {
namespace {
OutlineHandlers g_outline;
}

EM_JS(void, JsShowOutline, (const char* json), {
  if (window.coplanOutline) window.coplanOutline.update(JSON.parse(UTF8ToString(json)));
});
EM_JS(void, JsShowListView, (int on), { if (window.coplanOutline) window.coplanOutline.setListView(!!on); });
EM_JS(void, JsLeaveCanvas, (int forward), {
  if (window.coplanOutline) setTimeout(() => window.coplanOutline.leaveCanvas(!!forward), 0);
});
EM_JS(void, JsAlert, (const char* text, int length), {
  if (window.coplanOutline) window.coplanOutline.say(UTF8ToString(text, length), true);
});

void ConnectOutline(OutlineHandlers handlers) { g_outline = std::move(handlers); }
bool PageOutline() { return true; }
void ShowOutline(const std::string& json) { JsShowOutline(json.c_str()); }
void ShowListView(bool on) { JsShowListView(on ? 1 : 0); }
void LeaveCanvas(bool forward) { JsLeaveCanvas(forward ? 1 : 0); }
void Alert(std::string_view text) { JsAlert(text.data(), static_cast<int>(text.size())); }

}  // namespace coplan::platform

using coplan::platform::g_outline;

extern "C" {

// An edit from the page; the answer is JSON in memory the caller frees with free().
EMSCRIPTEN_KEEPALIVE char* coplan_outline_request(const char* text) {
  std::string answer = g_outline.request ? g_outline.request(text) : std::string("{\"said\":\"\",\"error\":true}");
  coplan::platform::RequestRedraw();
  char* out = static_cast<char*>(std::malloc(answer.size() + 1));
  std::memcpy(out, answer.c_str(), answer.size() + 1);
  return out;
}

EMSCRIPTEN_KEEPALIVE void coplan_outline_show(const char* item) {
  if (g_outline.show) g_outline.show(item);
  coplan::platform::RequestRedraw();
}

EMSCRIPTEN_KEEPALIVE void coplan_list_view(int on) {
  if (g_outline.list_view) g_outline.list_view(on != 0);
  coplan::platform::RequestRedraw();
}
}
