#include "platform/text_overlay.h"

namespace coplan::platform {

bool TextOverlayAvailable() { return false; }
void OpenTextOverlay(unsigned, const OverlayPlace&, const std::string&, const std::string&) {}
void PlaceTextOverlay(const OverlayPlace&) {}
void CloseTextOverlay() {}
void SettleTextOverlay(unsigned, const std::string&, OverlayState) {}
OverlayReport ReadTextOverlay() { return {}; }

}  // namespace coplan::platform
