#include "platform/text_overlay.h"

namespace coplan::platform {

bool TextOverlayAvailable() { return false; }
void OpenTextOverlay(unsigned, const OverlayPlace&, const std::string&, const std::string&) {}
void PlaceTextOverlay(const OverlayPlace&) {}
void CloseTextOverlay() {}
OverlayReport ReadTextOverlay() { return {}; }

}  // namespace coplan::platform
