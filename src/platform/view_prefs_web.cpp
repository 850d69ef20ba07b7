// The browser keeps view settings in localStorage; the extra typefaces are fetched from the site
// (same origin, kept offline by the service worker) only when someone chooses one.
#include <emscripten/emscripten.h>

#include <cstdlib>
#include <string>
#include <vector>

#include "platform/view_prefs.h"
#include "platform/window.h"

namespace coplan::platform {
namespace {
struct Face {
  bool asked = false;
  std::vector<unsigned char> bytes;
};
Face g_faces[4];  // OpenDyslexic regular and bold, then Atkinson Hyperlegible
}  // namespace

EM_JS(char*, JsLoadPrefs, (), {
  let text = "";
  try { text = localStorage.getItem('coplan-view') || ""; } catch (e) { /* storage may be off */ }
  const length = lengthBytesUTF8(text) + 1;
  const ptr = _malloc(length);
  stringToUTF8(text, ptr, length);
  return ptr;
});
EM_JS(void, JsSavePrefs, (const char* text), {
  try { localStorage.setItem('coplan-view', UTF8ToString(text)); } catch (e) { /* kept for this visit only */ }
});
EM_JS(int, JsLessMotion, (), {
  return window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 1 : 0;
});
EM_JS(void, JsShowSettings, (const char* text), {
  if (window.coplanOutline) window.coplanOutline.applySettings(UTF8ToString(text));
});
EM_JS(void, JsFetchFace, (int slot, const char* file), {
  fetch('fonts/' + UTF8ToString(file)).then((r) => {
    if (!r.ok) throw new Error(r.statusText);
    return r.arrayBuffer();
  }).then((buffer) => {
    const bytes = new Uint8Array(buffer);
    const data = _malloc(bytes.length);
    HEAPU8.set(bytes, data);
    _coplan_face_arrived(slot, data, bytes.length);
    _free(data);
  }).catch(() => {
    if (window.coplanOutline) window.coplanOutline.say('The typeface could not be loaded, so Coplan uses Noto Sans for now.', true);
  });
});

std::string LoadViewPrefs() {
  char* text = JsLoadPrefs();
  std::string out = text;
  std::free(text);
  return out;
}
void SaveViewPrefs(const std::string& text) { JsSavePrefs(text.c_str()); }
bool SystemPrefersLessMotion() { return JsLessMotion() != 0; }
void ShowPageSettings(const std::string& text) { JsShowSettings(text.c_str()); }

FontBytes ExtraFace(const std::string& face, bool bold) {
  static const char* const kFiles[] = {"OpenDyslexic-Regular.otf", "OpenDyslexic-Bold.otf",
                                        "AtkinsonHyperlegible-Regular.ttf", "AtkinsonHyperlegible-Bold.ttf"};
  int slot = face == "opendyslexic" ? 0 : face == "atkinson" ? 2 : -1;
  if (slot < 0) return {};
  slot += bold ? 1 : 0;
  Face& f = g_faces[slot];
  if (!f.bytes.empty()) return {f.bytes.data(), f.bytes.size()};
  if (!f.asked) f.asked = true, JsFetchFace(slot, kFiles[slot]);
  return {};
}

}  // namespace coplan::platform

extern "C" EMSCRIPTEN_KEEPALIVE void coplan_face_arrived(int slot, const unsigned char* data, int size) {
  if (slot < 0 || slot > 3) return;
  coplan::platform::g_faces[slot].bytes.assign(data, data + size);
  coplan::platform::RequestRedraw();
}
