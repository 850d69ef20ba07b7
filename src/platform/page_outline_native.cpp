// The desktop has no page to show an HTML outline in.
#include "platform/page_outline.h"

namespace coplan::platform {

void ConnectOutline(OutlineHandlers) {}
bool PageOutline() { return false; }
void ShowOutline(const std::string&) {}
void ShowListView(bool) {}
void LeaveCanvas(bool) {}
void Alert(std::string_view) {}

}  // namespace coplan::platform
