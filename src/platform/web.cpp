// The web page around the app (web/index.html, web/coplan-page.js): readiness, screen-reader
// announcements, and the functions the page calls into.
#include <emscripten/emscripten.h>

#include <cstdlib>
#include <cstring>

#include "imgui.h"
#include "platform/host.h"
#include "platform/window.h"

namespace coplan::platform {
HostHandlers g_handlers;

EM_JS(void, JsHostReady, (), { if (window.coplanPage) window.coplanPage.ready(); });
EM_JS(void, JsAnnounce, (const char* text, int length),
      { if (window.coplanPage) window.coplanPage.announce(UTF8ToString(text, length)); });

EM_JS(int, JsBenchRequest, (), {
  const n = parseInt(new URLSearchParams(location.search).get('bench') || '0', 10);
  return Number.isFinite(n) && n > 0 ? Math.min(n, 100000) : 0;
});

int BenchRequest() { return JsBenchRequest(); }

EM_JS(char*, JsTestStopWord, (), {
  const word = new URLSearchParams(location.search).get("test-stop") || "";
  const size = lengthBytesUTF8(word) + 1;
  const ptr = _malloc(size);
  stringToUTF8(word, ptr, size);
  return ptr;
});

std::string TestStopWord() {
  char* word = JsTestStopWord();
  std::string out = word;
  std::free(word);
  return out;
}

void ConnectHost(HostHandlers handlers) { g_handlers = std::move(handlers); }

// What was last copied in the app or pasted into the page. Copying also tries the async
// clipboard API, for copies made from a menu (keyboard copies go through the copy event).
std::string g_clipboard;
EM_JS(void, JsClipboardWrite, (const char* text), {
  if (navigator.clipboard && navigator.clipboard.writeText)
    navigator.clipboard.writeText(UTF8ToString(text)).catch(() => {});
});

void UsePageClipboard() {
  ImGuiIO& io = ImGui::GetIO();
  io.GetClipboardTextFn = [](void*) { return g_clipboard.c_str(); };
  io.SetClipboardTextFn = [](void*, const char* text) {
    g_clipboard = text ? text : "";
    JsClipboardWrite(g_clipboard.c_str());
  };
}
void HostReady() { JsHostReady(); }
void Announce(std::string_view text) { JsAnnounce(text.data(), static_cast<int>(text.size())); }

}  // namespace coplan::platform

using coplan::platform::g_handlers;

extern "C" {

// Opens a plan from text the page read from a file. Returns 1 if it opened.
EMSCRIPTEN_KEEPALIVE int coplan_open_text(const char* text, int length, const char* name) {
  if (!g_handlers.open_text) return 0;
  coplan::platform::RequestRedraw();
  return g_handlers.open_text(std::string_view(text, static_cast<std::size_t>(length)), name) ? 1 : 0;
}

namespace {
char* CopyOut(const std::string& text) {
  char* out = static_cast<char*>(std::malloc(text.size() + 1));
  std::memcpy(out, text.c_str(), text.size() + 1);
  return out;
}
}  // namespace

EMSCRIPTEN_KEEPALIVE int coplan_bench_count() { return g_handlers.bench_count ? g_handlers.bench_count() : 0; }
EMSCRIPTEN_KEEPALIVE void coplan_pan_by(float dx, float dy) {
  if (g_handlers.pan_by) g_handlers.pan_by(dx, dy);
  coplan::platform::RequestRedraw();
}
EMSCRIPTEN_KEEPALIVE void coplan_bench_zoom(float zoom) {
  if (g_handlers.bench_zoom) g_handlers.bench_zoom(zoom);
  coplan::platform::RequestRedraw();
}
EMSCRIPTEN_KEEPALIVE void coplan_bench_fit() {
  if (g_handlers.bench_fit) g_handlers.bench_fit();
  coplan::platform::RequestRedraw();
}

// The page's copy and cut events: the selected cards and notes as text ("" when none), in memory
// the caller frees with free().
EMSCRIPTEN_KEEPALIVE char* coplan_copy_text() {
  return CopyOut(g_handlers.copy_text ? g_handlers.copy_text() : std::string());
}
// The page's paste event: the text the next paste in the app (Ctrl+V, which follows) uses.
EMSCRIPTEN_KEEPALIVE void coplan_page_pasted(const char* text) {
  coplan::platform::g_clipboard = text;
  coplan::platform::RequestRedraw();
}
// A pinch on a touchpad or touch screen: zoom by `factor` around (x, y) in framebuffer pixels.
EMSCRIPTEN_KEEPALIVE void coplan_zoom_at(float factor, float x, float y) {
  if (g_handlers.zoom_at) g_handlers.zoom_at(factor, x, y);
  coplan::platform::RequestRedraw();
}

// Where the canvas draws lanes and cards, in memory the caller frees with free().
EMSCRIPTEN_KEEPALIVE char* coplan_canvas_geometry() {
  return CopyOut(g_handlers.canvas_geometry ? g_handlers.canvas_geometry() : std::string("{}"));
}

// The open plan as file text, in memory the caller frees with free().
EMSCRIPTEN_KEEPALIVE char* coplan_plan_text() {
  return CopyOut(g_handlers.plan_text ? g_handlers.plan_text() : std::string());
}
}
