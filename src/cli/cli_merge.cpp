#include "cli_merge.h"

#include <iostream>

namespace coplan {

int MergeCommand(const std::vector<std::string>&) {
  std::cerr << "merge is not available yet.\n";
  return 2;
}

}  // namespace coplan
