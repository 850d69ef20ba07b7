// Files on disk, behind a seam that tests can break at any step, and the one safe way to save:
// write a temporary file in the same folder, flush it to the disk, then rename it over the old one.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace coplan::platform {

// The few system calls a save needs. Each returns 0 or an errno value.
class FileSystem {
 public:
  virtual ~FileSystem() = default;
  // Creates a new file that must not exist yet, with permission bits `mode`.
  virtual int CreateNew(const std::string& path, unsigned mode, int& fd) = 0;
  virtual int Write(int fd, const char* data, std::size_t size) = 0;
  virtual int Flush(int fd) = 0;  // fsync: the bytes are on the disk
  virtual int Close(int fd) = 0;
  virtual int Rename(const std::string& from, const std::string& to) = 0;
  virtual int Remove(const std::string& path) = 0;
  virtual int FlushFolder(const std::string& folder) = 0;
  // The permission bits of an existing file, or -1 if there is none.
  virtual int ModeOf(const std::string& path) = 0;
};

FileSystem& RealFileSystem();

// Saves `data` at `path` so that either the old file or the whole new one is there, never a
// part. On failure the old file is untouched, the temporary file is removed, and `error` says
// why in plain English.
bool WriteFileAtomically(FileSystem& fs, const std::string& path, std::string_view data, std::string& error);

// A save stopped half way (the program was killed, the power went) leaves its temporary file
// behind, ".NAME.saving-DIGITS" beside the file. These are removed at the next save into their
// folder (WriteFileAtomically does it) and when the store starts: only files named so, unchanged
// for `older_than` seconds and not locked by a save under way (each save locks its own while it
// writes). Returns how many were removed.
constexpr double kStaleSaveAge = 300;
std::size_t RemoveStaleSaves(const std::string& folder, double older_than = kStaleSaveAge);
bool IsTemporarySaveName(std::string_view file_name);

// "the disk is full", "the folder is read-only", ... for an errno value.
std::string ReasonFor(int error_number);

// When a file was last changed, to notice changes made by someone else.
struct FileStamp {
  bool exists = false;
  std::int64_t modified_ns = 0;
  std::uint64_t size = 0;
  bool operator==(const FileStamp&) const = default;
};
FileStamp StampOf(const std::string& path);

}  // namespace coplan::platform
