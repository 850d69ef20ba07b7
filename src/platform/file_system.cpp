// POSIX files and the atomic save (desktop; the browser saves through the page instead).
#include "platform/file_system.h"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <filesystem>
#include <random>

namespace coplan::platform {
namespace {

class PosixFileSystem : public FileSystem {
 public:
  int CreateNew(const std::string& path, unsigned mode, int& fd) override {
    fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
    if (fd < 0) return errno;
    ::flock(fd, LOCK_EX | LOCK_NB);  // while it is written: not a stale one (see RemoveStaleSaves)
    return 0;
  }
  int Write(int fd, const char* data, std::size_t size) override {
    while (size > 0) {
      ssize_t n = ::write(fd, data, size);
      if (n < 0 && errno == EINTR) continue;
      if (n < 0) return errno;
      data += n;
      size -= static_cast<std::size_t>(n);
    }
    return 0;
  }
  int Flush(int fd) override { return ::fsync(fd) == 0 ? 0 : errno; }
  int Close(int fd) override { return ::close(fd) == 0 ? 0 : errno; }
  int Rename(const std::string& from, const std::string& to) override {
    return std::rename(from.c_str(), to.c_str()) == 0 ? 0 : errno;
  }
  int Remove(const std::string& path) override { return ::unlink(path.c_str()) == 0 ? 0 : errno; }
  int FlushFolder(const std::string& folder) override {
    int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) return errno;
    int result = ::fsync(fd) == 0 ? 0 : errno;
    ::close(fd);
    return result;
  }
  int ModeOf(const std::string& path) override {
    struct stat st;
    if (::stat(path.c_str(), &st) != 0) return -1;
    return static_cast<int>(st.st_mode & 07777);
  }
};

constexpr std::string_view kSaving = ".saving-";

std::string TempNameBeside(const std::filesystem::path& target) {
  static std::mt19937 rng(std::random_device{}());
  std::string suffix = std::to_string(rng() % 1000000);
  return (target.parent_path() / ("." + target.filename().string() + std::string(kSaving) + suffix)).string();
}

// Removes `path` if no save holds its lock. The lock is kept while unlinking, so a save cannot
// take it in between.
bool RemoveIfUnlocked(const std::string& path) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK);
  if (fd < 0) return false;
  bool removed = ::flock(fd, LOCK_EX | LOCK_NB) == 0 && ::unlink(path.c_str()) == 0;
  ::close(fd);
  return removed;
}

// Saves through a symbolic link to the file it points at, rather than replacing the link.
std::filesystem::path RealTarget(const std::string& path) {
  std::error_code ec;
  std::filesystem::path target(path);
  if (std::filesystem::is_symlink(target, ec)) {
    std::filesystem::path resolved = std::filesystem::canonical(target, ec);
    if (!ec) return resolved;
  }
  return target;
}

}  // namespace

FileSystem& RealFileSystem() {
  static PosixFileSystem fs;
  return fs;
}

std::string ReasonFor(int error_number) {
  switch (error_number) {
    case ENOSPC:
    case EDQUOT: return "the disk is full";
    case EACCES:
    case EPERM: return "Coplan is not allowed to write there";
    case EROFS: return "that place is read-only";
    case ENOENT: return "the folder is not there (it may have been moved or removed)";
    case ENOTDIR: return "part of the path is not a folder";
    case EIO: return "the disk reported an error";
    case ENAMETOOLONG: return "the name is too long";
    case EISDIR: return "there is a folder of that name";
    case EFBIG: return "the file would be larger than that place allows";
    default: return std::strerror(error_number);
  }
}

bool WriteFileAtomically(FileSystem& fs, const std::string& path, std::string_view data, std::string& error) {
  std::filesystem::path target = RealTarget(path);
  std::string temp = TempNameBeside(target);
  int mode = fs.ModeOf(target.string());
  int fd = -1;
  int failure = fs.CreateNew(temp, mode >= 0 ? static_cast<unsigned>(mode) : 0666u, fd);
  bool opened = failure == 0;
  if (!failure) failure = fs.Write(fd, data.data(), data.size());
  if (!failure) failure = fs.Flush(fd);
  if (opened) {
    int closed = fs.Close(fd);
    if (!failure) failure = closed;
  }
  if (!failure) failure = fs.Rename(temp, target.string());
  if (failure) {
    if (opened) fs.Remove(temp);
    error = "Could not save " + target.filename().string() + ": " + ReasonFor(failure) + ".";
    return false;
  }
  std::string folder = target.parent_path().empty() ? "." : target.parent_path().string();
  fs.FlushFolder(folder);  // the rename is done; this only hurries it onto the disk
  RemoveStaleSaves(folder);
  return true;
}

bool IsTemporarySaveName(std::string_view name) {
  std::size_t at = name.rfind(kSaving);
  if (name.size() < 2 || name[0] != '.' || at == std::string_view::npos || at < 2) return false;
  std::string_view digits = name.substr(at + kSaving.size());
  return !digits.empty() && digits.find_first_not_of("0123456789") == std::string_view::npos;
}

std::size_t RemoveStaleSaves(const std::string& folder, double older_than) {
  std::size_t removed = 0;
  std::error_code ec;
  auto now = std::filesystem::file_time_type::clock::now();
  for (auto it = std::filesystem::directory_iterator(folder, ec); !ec && it != std::filesystem::directory_iterator();
       it.increment(ec)) {
    if (!IsTemporarySaveName(it->path().filename().string()) || !it->is_regular_file(ec) || it->is_symlink(ec)) continue;
    auto changed = it->last_write_time(ec);
    if (ec || std::chrono::duration<double>(now - changed).count() < older_than) continue;
    removed += RemoveIfUnlocked(it->path().string());
  }
  return removed;
}

FileStamp StampOf(const std::string& path) {
  struct stat st;
  if (::stat(path.c_str(), &st) != 0) return {};
  FileStamp stamp;
  stamp.exists = true;
  stamp.modified_ns = static_cast<std::int64_t>(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
  stamp.size = static_cast<std::uint64_t>(st.st_size);
  return stamp;
}

}  // namespace coplan::platform
