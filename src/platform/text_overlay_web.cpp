// The browser's text overlay: web/coplan-page.js owns the HTML field; this side keeps its state.
#include <emscripten/emscripten.h>

#include "platform/text_overlay.h"
#include "platform/window.h"

namespace coplan::platform {
OverlayReport g_report;

EM_JS(void, JsOpenOverlay, (const char* value, const char* label, float x, float y, float w, float h, float font, int multiline), {
  window.coplanPage.openOverlay(UTF8ToString(value), UTF8ToString(label), x, y, w, h, font, !!multiline);
});
EM_JS(void, JsPlaceOverlay, (float x, float y, float w, float h, float font), {
  window.coplanPage.placeOverlay(x, y, w, h, font);
});
EM_JS(void, JsCloseOverlay, (), { window.coplanPage.closeOverlay(); });

bool TextOverlayAvailable() { return true; }

void OpenTextOverlay(unsigned owner, const OverlayPlace& p, const std::string& value, const std::string& label) {
  g_report = {OverlayState::Editing, owner, value};
  JsOpenOverlay(value.c_str(), label.c_str(), p.x, p.y, p.width, p.height, p.font_pixels, p.multiline ? 1 : 0);
}

void SettleTextOverlay(unsigned owner, const std::string& value, OverlayState state) {
  if (g_report.state == OverlayState::Editing) JsCloseOverlay();
  g_report = {state, owner, value};
}

void PlaceTextOverlay(const OverlayPlace& p) { JsPlaceOverlay(p.x, p.y, p.width, p.height, p.font_pixels); }

void CloseTextOverlay() {
  if (g_report.state == OverlayState::Editing) JsCloseOverlay();
  g_report = {};
}

OverlayReport ReadTextOverlay() { return g_report; }

}  // namespace coplan::platform

using coplan::platform::g_report;
using coplan::platform::OverlayState;

extern "C" {
// The page reports what is in the field: state 1 = still editing, 2 = finished, 3 = abandoned.
EMSCRIPTEN_KEEPALIVE void coplan_overlay_report(const char* value, int state) {
  if (g_report.state != OverlayState::Editing) return;
  g_report.value = value;
  if (state == 2) g_report.state = OverlayState::Committed;
  if (state == 3) g_report.state = OverlayState::Cancelled;
  coplan::platform::RequestRedraw();
}
}
