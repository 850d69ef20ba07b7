// Reading files from a path (the desktop and coplan-cli; in the browser files arrive from the page).
#include "platform/files.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <cstring>

namespace coplan::platform {
namespace {

// Why a file could not be read, in plain words.
std::string ReadReasonFor(int error_number) {
  switch (error_number) {
    case ENOENT: return "there is no such file";
    case EISDIR: return "it is a folder, not a file";
    case EACCES:
    case EPERM: return "Coplan is not allowed to read it";
    case ENAMETOOLONG: return "the name is too long";
    case ENOTDIR: return "part of the path is not a folder";
    case EIO: return "the disk reported an error";
    default: return std::strerror(error_number);
  }
}

std::string TooLarge(const std::string& path, std::size_t max_bytes) {
  return path + " is larger than " + std::to_string(max_bytes / (1024 * 1024)) +
         " MB, far larger than any plan. It is probably not a Coplan plan.";
}

}  // namespace

bool ReadWholeFile(const std::string& path, std::size_t max_bytes, std::string& text, std::string& error) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  struct stat st;
  int failure = fd < 0 ? errno : ::fstat(fd, &st) != 0 ? errno : S_ISDIR(st.st_mode) ? EISDIR : 0;
  if (failure) {
    if (fd >= 0) ::close(fd);
    error = "Could not open " + path + ": " + ReadReasonFor(failure) + ".";
    return false;
  }
  bool too_large = static_cast<std::uint64_t>(st.st_size) > max_bytes;  // refused before reading it all
  text.clear();
  char buffer[1 << 16];
  while (!too_large) {
    ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      failure = n < 0 ? errno : 0;
      break;
    }
    text.append(buffer, static_cast<std::size_t>(n));
    too_large = text.size() > max_bytes;
  }
  ::close(fd);
  if (too_large) error = TooLarge(path, max_bytes);
  else if (failure) error = "Could not read " + path + ": " + ReadReasonFor(failure) + ".";
  return !too_large && !failure;
}

}  // namespace coplan::platform
