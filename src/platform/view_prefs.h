// The person's view settings (theme, text size, typeface, ...) kept between visits: in the
// browser's localStorage, on the desktop in $XDG_CONFIG_HOME/coplan/view.txt. Read at start,
// synchronously, so the first frame is drawn as the person chose. And the typefaces beyond the
// default: compiled into the desktop program, fetched by the page only when chosen.
#pragma once
#include <cstddef>
#include <string>

namespace coplan::platform {

std::string LoadViewPrefs();  // "" when nothing was kept
void SaveViewPrefs(const std::string& text);
// True when the system asks for less motion (the browser's prefers-reduced-motion).
bool SystemPrefersLessMotion();
// Tells the page the settings (as kept, see ui/view_settings.h), so the page around the app follows.
void ShowPageSettings(const std::string& text);

struct FontBytes {
  const unsigned char* data = nullptr;
  std::size_t size = 0;
};
// The typeface called `face` ("opendyslexic", "atkinson") in `bold` or regular weight; empty
// while the page has not fetched it yet (it is asked for, and a redraw comes when it arrives).
FontBytes ExtraFace(const std::string& face, bool bold);

}  // namespace coplan::platform
