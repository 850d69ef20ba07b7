#include "app/notices.h"

#include <algorithm>

namespace coplan {

std::string TheFileCalled(const std::string& name) {
  if (name.empty()) return "The file";
  if (name == kLinkName) return "The plan in the link";
  return "The file “" + name + "”";
}

void AddNotice(std::vector<Notice>& notices, Notice notice) {
  notices.insert(notices.begin(), std::move(notice));
  if (notices.size() <= kMostNotices) return;
  auto oldest_info = std::find_if(notices.rbegin(), notices.rend(),
                                  [](const Notice& n) { return n.kind == Notice::Kind::Info; });
  notices.erase(oldest_info != notices.rend() ? std::next(oldest_info).base() : std::prev(notices.end()));
}

}  // namespace coplan
