// A real HTML text field over the canvas while text is edited in the browser, so that accents,
// dead keys, input methods, on-screen keyboards and emoji all work. The desktop has none: ImGui's
// own text input handles text there.
#pragma once
#include <string>

namespace coplan::platform {

bool TextOverlayAvailable();

struct OverlayPlace {
  float x, y, width, height;  // framebuffer pixels
  float font_pixels;
  bool multiline;
};

// Opens the overlay for `owner` with `value` and gives it the keyboard.
void OpenTextOverlay(unsigned owner, const OverlayPlace& place, const std::string& value, const std::string& label);
// Keeps the overlay over its control (the canvas may move under it).
void PlaceTextOverlay(const OverlayPlace& place);
// Hides the overlay (if still open) and forgets what it reported.
void CloseTextOverlay();

enum class OverlayState { Closed, Editing, Committed, Cancelled };
// An edit that was finished before the overlay opened (typed ahead, then Enter or Escape): `owner`
// reads `value` in `state` as if the overlay had reported it; no field is shown.
void SettleTextOverlay(unsigned owner, const std::string& value, OverlayState state);
struct OverlayReport {
  OverlayState state = OverlayState::Closed;
  unsigned owner = 0;
  std::string value;  // what is in the field now
};
// What the overlay holds now. It stays Committed or Cancelled until its owner closes it.
OverlayReport ReadTextOverlay();

}  // namespace coplan::platform
