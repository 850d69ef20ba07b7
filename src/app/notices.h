// The notices under the top bar: newest first, at most three; past three, the oldest confirmation
// goes first, so warnings and errors stay until they are dismissed.
#pragma once
#include <string>
#include <vector>

namespace coplan {

struct Notice {
  enum class Kind { Info, Warning, Error } kind;
  std::string text;
};

inline constexpr std::size_t kMostNotices = 3;

// The name the page gives a plan that came in a link (web/coplan-files.js), not in a file.
inline constexpr const char* kLinkName = "the plan in the link";

// How a notice names a file: "The file “plan.coplan.json”", its name as it is written (a capital
// can change which file is meant); a plan from a link is "The plan in the link".
std::string TheFileCalled(const std::string& name);

// Puts `notice` first; past the most, the oldest confirmation goes, or else the oldest notice.
void AddNotice(std::vector<Notice>& notices, Notice notice);

}  // namespace coplan
