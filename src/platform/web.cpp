// The web page around the app (web/index.html, web/coplan-page.js): readiness, screen-reader
// announcements, and the functions the page calls into.
#include <emscripten/emscripten.h>

#include <cstdlib>
#include <cstring>

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

void ConnectHost(HostHandlers handlers) { g_handlers = std::move(handlers); }
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
EMSCRIPTEN_KEEPALIVE void coplan_bench_pan(float dx, float dy) {
  if (g_handlers.bench_pan) g_handlers.bench_pan(dx, dy);
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

// Where the canvas draws lanes and cards, in memory the caller frees with free().
EMSCRIPTEN_KEEPALIVE char* coplan_canvas_geometry() {
  return CopyOut(g_handlers.canvas_geometry ? g_handlers.canvas_geometry() : std::string("{}"));
}

// The open plan as file text, in memory the caller frees with free().
EMSCRIPTEN_KEEPALIVE char* coplan_plan_text() {
  std::string text = g_handlers.plan_text ? g_handlers.plan_text() : std::string();
  char* out = static_cast<char*>(std::malloc(text.size() + 1));
  std::memcpy(out, text.c_str(), text.size() + 1);
  return out;
}
}
