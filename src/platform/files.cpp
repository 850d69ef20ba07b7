// Reading files from a path (the desktop; in the browser files arrive from the page instead).
#include <cerrno>
#include <cstdio>
#include <cstring>

#include "platform/files.h"

namespace coplan::platform {

bool ReadWholeFile(const std::string& path, std::size_t max_bytes, std::string& text, std::string& error) {
  FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) {
    error = "Could not open " + path + ": " + std::strerror(errno) + ".";
    return false;
  }
  text.clear();
  char buffer[1 << 16];
  std::size_t n;
  while ((n = std::fread(buffer, 1, sizeof buffer, f)) > 0) {
    text.append(buffer, n);
    if (text.size() > max_bytes) {
      std::fclose(f);
      error = path + " is larger than " + std::to_string(max_bytes / (1024 * 1024)) +
              " MB, far larger than any plan. It is probably not a Coplan plan.";
      return false;
    }
  }
  bool failed = std::ferror(f);
  std::fclose(f);
  if (failed) error = "Could not read " + path + ".";
  return !failed;
}

}  // namespace coplan::platform
