// The desktop has no page around the app: files come from the command line and dialogs.
#include "platform/host.h"

#include <cstdlib>

namespace coplan::platform {

void ConnectHost(HostHandlers) {}
void UsePageClipboard() {}
void HostReady() {}
void Announce(std::string_view) {}
int BenchRequest() { return 0; }
std::string TestStopWord() {
  const char* word = std::getenv("COPLAN_TEST_STOP");
  return word ? word : "";
}

}  // namespace coplan::platform
