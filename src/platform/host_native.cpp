// The desktop has no page around the app: files come from the command line and dialogs.
#include "platform/host.h"

namespace coplan::platform {

void ConnectHost(HostHandlers) {}
void UsePageClipboard() {}
void HostReady() {}
void Announce(std::string_view) {}
int BenchRequest() { return 0; }

}  // namespace coplan::platform
