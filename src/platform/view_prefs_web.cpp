// The browser keeps view settings in localStorage; the extra typefaces are fetched from the site
// (same origin, kept offline by the service worker) only when someone chooses one.
#include <emscripten/emscripten.h>

#include <cstdlib>
#include <map>
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
std::map<std::string, Face> g_faces;  // by "<face>-regular" / "<face>-bold"
}  // namespace

EM_JS(char*, JsLoadPrefs, (), {
  let text = '';
  try { text = localStorage.getItem('coplan-view') || ''; } catch (e) { /* storage may be off */ }
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
EM_JS(void, JsShowSettings, (const char* json), {
  if (window.coplanOutline) window.coplanOutline.applySettings(JSON.parse(UTF8ToString(json)));
});
EM_JS(void, JsFetchFace, (const char* key, const char* file), {
  const name = UTF8ToString(key);
  fetch('fonts/' + UTF8ToString(file)).then((r) => {
    if (!r.ok) throw new Error(r.statusText);
    return r.arrayBuffer();
  }).then((buffer) => {
    const bytes = new Uint8Array(buffer);
    const data = _malloc(bytes.length);
    HEAPU8.set(bytes, data);
    const length = lengthBytesUTF8(name) + 1;
    const key = _malloc(length);
    stringToUTF8(name, key, length);
    _coplan_face_arrived(key, data, bytes.length);
    _free(key);
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
void ShowPageSettings(const std::string& json) { JsShowSettings(json.c_str()); }

FontBytes ExtraFace(const std::string& face, bool bold) {
  const char* file = nullptr;
  if (face == "opendyslexic") file = bold ? "OpenDyslexic-Bold.otf" : "OpenDyslexic-Regular.otf";
  if (face == "atkinson") file = bold ? "AtkinsonHyperlegible-Bold.ttf" : "AtkinsonHyperlegible-Regular.ttf";
  if (!file) return {};
  std::string key = face + (bold ? "-bold" : "-regular");
  Face& f = g_faces[key];
  if (!f.bytes.empty()) return {f.bytes.data(), f.bytes.size()};
  if (!f.asked) f.asked = true, JsFetchFace(key.c_str(), file);
  return {};
}

}  // namespace coplan::platform

extern "C" EMSCRIPTEN_KEEPALIVE void coplan_face_arrived(const char* key, const unsigned char* data, int size) {
  coplan::platform::g_faces[key].bytes.assign(data, data + size);
  coplan::platform::RequestRedraw();
}
