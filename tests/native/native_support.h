// Helpers for the native tests: a store in memory whose replies and failures the test controls,
// a file system that fails at a chosen step, and temporary folders.
#pragma once
#include <cerrno>
#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <sstream>
#include <string>

#include "platform/file_system.h"
#include "platform/store.h"

namespace coplan::test {

class MemoryStore : public platform::Store {
 public:
  void Read(std::vector<std::string> keys, platform::StoreDone done) override {
    platform::StoreReply reply;
    if (read_failures > 0) {
      --read_failures;
      reply.ok = false;
      reply.error = "the test broke reading";
    }
    for (const auto& key : keys)
      if (auto it = values.find(key); reply.ok && it != values.end()) reply.values.emplace_back(key, it->second);
    Queue(std::move(done), std::move(reply));
  }
  void Write(std::vector<platform::StoreEntry> puts, std::vector<std::string> removes, platform::StoreDone done) override {
    ++writes;
    platform::StoreReply reply;
    if (write_failures > 0) {
      --write_failures;
      reply.ok = false;
      reply.full = full;
      reply.error = full ? "the storage is full" : "the test broke writing";
    } else {
      for (auto& [key, value] : puts) values[key] = value;
      for (const auto& key : removes) values.erase(key);
    }
    Queue(std::move(done), std::move(reply));
  }
  void List(std::string prefix, platform::StoreDone done) override {
    platform::StoreReply reply;
    for (const auto& [key, value] : values)
      if (key.rfind(prefix, 0) == 0) reply.values.emplace_back(key, "");
    Queue(std::move(done), std::move(reply));
  }
  void Pump() override {
    if (held) return;
    auto ready = std::move(replies);
    replies.clear();
    for (auto& [done, reply] : ready)
      if (done) done(reply);
  }
  bool HasReplies() const override { return !replies.empty(); }

  std::map<std::string, std::string> values;
  int writes = 0;
  int write_failures = 0;
  int read_failures = 0;
  bool full = false;
  bool held = false;  // replies wait until the test lets them go

 private:
  void Queue(platform::StoreDone done, platform::StoreReply reply) { replies.emplace_back(std::move(done), std::move(reply)); }
  std::vector<std::pair<platform::StoreDone, platform::StoreReply>> replies;
};

// The real file system, except that the `fail_at` step returns `error_number`.
class BreakableFileSystem : public platform::FileSystem {
 public:
  enum class Step { None, Create, Write, Flush, Close, Rename };
  Step fail_at = Step::None;
  int error_number = ENOSPC;
  std::vector<std::string> created;

  int CreateNew(const std::string& path, unsigned mode, int& fd) override {
    if (fail_at == Step::Create) return error_number;
    created.push_back(path);
    return Real().CreateNew(path, mode, fd);
  }
  int Write(int fd, const char* data, std::size_t size) override {
    if (fail_at == Step::Write) {
      Real().Write(fd, data, size / 2);  // half written, as when a disk fills up
      return error_number;
    }
    return Real().Write(fd, data, size);
  }
  int Flush(int fd) override { return fail_at == Step::Flush ? error_number : Real().Flush(fd); }
  int Close(int fd) override {
    int result = Real().Close(fd);
    return fail_at == Step::Close ? error_number : result;
  }
  int Rename(const std::string& from, const std::string& to) override {
    return fail_at == Step::Rename ? error_number : Real().Rename(from, to);
  }
  int Remove(const std::string& path) override { return Real().Remove(path); }
  int FlushFolder(const std::string& folder) override { return Real().FlushFolder(folder); }
  int ModeOf(const std::string& path) override { return Real().ModeOf(path); }

 private:
  static platform::FileSystem& Real() { return platform::RealFileSystem(); }
};

// A fresh folder under the system's temporary folder, removed afterwards.
class TempFolder {
 public:
  TempFolder() {
    std::random_device rd;
    path_ = std::filesystem::temp_directory_path() / ("coplan-test-" + std::to_string(rd()) + std::to_string(rd()));
    std::filesystem::create_directories(path_);
  }
  ~TempFolder() {
    std::error_code ec;
    std::filesystem::permissions(path_, std::filesystem::perms::owner_all, ec);
    std::filesystem::remove_all(path_, ec);
  }
  std::string Path(const std::string& name = "") const { return name.empty() ? path_.string() : (path_ / name).string(); }

 private:
  std::filesystem::path path_;
};

inline std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

inline void WriteFile(const std::string& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
}

inline std::size_t FilesIn(const std::string& folder) {
  std::size_t n = 0;
  for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(folder)) ++n;
  return n;
}

}  // namespace coplan::test
