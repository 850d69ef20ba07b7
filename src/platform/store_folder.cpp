// The desktop's store: files in folders.
#include "platform/store_folder.h"

#include <cerrno>
#include <cstdlib>
#include <filesystem>

#include "platform/files.h"
#include "platform/window.h"

namespace coplan::platform {
namespace {

constexpr std::size_t kMaxValueBytes = 256u << 20;

std::string FolderFrom(const char* variable, const char* fallback_under_home) {
  const char* value = std::getenv(variable);
  if (value && value[0] == '/') return std::string(value) + "/coplan";
  const char* home = std::getenv("HOME");
  return std::string(home && home[0] ? home : ".") + "/" + fallback_under_home + "/coplan";
}

bool KeyAllowed(const std::string& key) {
  if (key.empty() || key.front() == '/' || key.back() == '/' || key.find("..") != std::string::npos) return false;
  for (char c : key) {
    bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '/' || c == '-' || c == '_' || c == '.';
    if (!ok) return false;
  }
  return true;
}

}  // namespace

std::string ConfigFolder() { return FolderFrom("XDG_CONFIG_HOME", ".config"); }
std::string StateFolder() { return FolderFrom("XDG_STATE_HOME", ".local/state"); }

FolderStore::FolderStore(std::string state_folder, std::string config_folder, FileSystem& fs, bool background)
    : m_state(std::move(state_folder)), m_config(std::move(config_folder)), m_fs(fs) {
  if (background) m_worker = std::thread([this] { Work(); });
  Submit([this] { return RemoveStaleWrites(); }, nullptr);
}

// Writes that an earlier run never finished (it was stopped mid-write) left temporary files.
StoreReply FolderStore::RemoveStaleWrites() const {
  std::error_code ec;
  RemoveStaleSaves(m_config);
  RemoveStaleSaves(m_state);
  for (auto it = std::filesystem::recursive_directory_iterator(m_state, ec);
       !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec))
    if (it->is_directory(ec) && !it->is_symlink(ec)) RemoveStaleSaves(it->path().string());
  return {};
}

FolderStore::~FolderStore() {
  {
    std::lock_guard<std::mutex> lock(m_mutex);
    m_stopping = true;
  }
  m_wake.notify_all();
  if (m_worker.joinable()) m_worker.join();
}

void FolderStore::Submit(Job job, StoreDone done) {
  if (!m_worker.joinable()) {
    StoreReply reply = job();
    std::lock_guard<std::mutex> lock(m_mutex);
    m_replies.emplace_back(std::move(done), std::move(reply));
    return;
  }
  {
    std::lock_guard<std::mutex> lock(m_mutex);
    m_jobs.emplace_back(std::move(job), std::move(done));
  }
  m_wake.notify_one();
}

void FolderStore::Work() {
  std::unique_lock<std::mutex> lock(m_mutex);
  for (;;) {
    m_wake.wait(lock, [this] { return m_stopping || !m_jobs.empty(); });
    if (m_jobs.empty()) return;  // stopping, and every request is done
    Job job = std::move(m_jobs.front().first);
    lock.unlock();
    StoreReply reply = job();
    lock.lock();
    m_replies.emplace_back(std::move(m_jobs.front().second), std::move(reply));
    m_jobs.pop_front();
  }
}

bool FolderStore::HasReplies() const {
  std::lock_guard<std::mutex> lock(m_mutex);
  return !m_replies.empty() || !m_jobs.empty();
}

std::string FolderStore::PathOf(const std::string& key) const {
  if (!KeyAllowed(key)) return "";
  return (key == "settings" ? m_config : m_state) + "/" + key + ".json";
}

void FolderStore::Read(std::vector<std::string> keys, StoreDone done) {
  Submit([this, keys = std::move(keys)] { return DoRead(keys); }, std::move(done));
}

StoreReply FolderStore::DoRead(const std::vector<std::string>& keys) const {
  StoreReply reply;
  for (const std::string& key : keys) {
    std::string path = PathOf(key), text, error;
    std::error_code ec;
    if (path.empty() || !std::filesystem::exists(path, ec)) continue;
    if (ReadWholeFile(path, kMaxValueBytes, text, error)) {
      reply.values.emplace_back(key, std::move(text));
    } else {
      reply.ok = false;
      reply.error = error;
    }
  }
  return reply;
}

bool FolderStore::Put(const StoreEntry& entry, StoreReply& reply) {
  std::string path = PathOf(entry.first);
  if (path.empty()) {
    reply.error = "Could not keep " + entry.first + ": not a name Coplan uses.";
    return false;
  }
  std::error_code ec;
  std::filesystem::create_directories(std::filesystem::path(path).parent_path(), ec);
  if (ec) {
    reply.error = "Could not make the folder " + std::filesystem::path(path).parent_path().string() + ": " +
                  ReasonFor(ec.value()) + ".";
    reply.full = ec.value() == ENOSPC;
    return false;
  }
  if (WriteFileAtomically(m_fs, path, entry.second, reply.error)) return true;
  reply.full = reply.error.find("disk is full") != std::string::npos;
  return false;
}

void FolderStore::Write(std::vector<StoreEntry> puts, std::vector<std::string> removes, StoreDone done) {
  Submit([this, puts = std::move(puts), removes = std::move(removes)] { return DoWrite(puts, removes); },
         std::move(done));
}

StoreReply FolderStore::DoWrite(const std::vector<StoreEntry>& puts, const std::vector<std::string>& removes) {
  StoreReply reply;
  for (const StoreEntry& entry : puts) {
    if (!Put(entry, reply)) {
      reply.ok = false;
      break;
    }
  }
  if (reply.ok) {
    for (const std::string& key : removes) {
      std::string path = PathOf(key);
      std::error_code ec;
      if (!path.empty()) std::filesystem::remove(path, ec);
    }
  }
  return reply;
}

void FolderStore::List(std::string prefix, StoreDone done) {
  Submit([this, prefix = std::move(prefix)] { return DoList(prefix); }, std::move(done));
}

StoreReply FolderStore::DoList(const std::string& prefix) const {
  StoreReply reply;
  std::error_code ec;
  std::filesystem::path root(m_state);
  for (auto it = std::filesystem::recursive_directory_iterator(root, ec);
       !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec)) {
    if (!it->is_regular_file(ec) || it->path().extension() != ".json") continue;
    std::string key = std::filesystem::relative(it->path(), root, ec).replace_extension().generic_string();
    if (!ec && key.rfind(prefix, 0) == 0 && key != "settings") reply.values.emplace_back(key, "");
  }
  return reply;
}

void FolderStore::Pump() {
  std::vector<std::pair<StoreDone, StoreReply>> ready;
  {
    std::lock_guard<std::mutex> lock(m_mutex);
    ready.swap(m_replies);
  }
  for (auto& [done, reply] : ready)
    if (done) done(std::move(reply));
  // What the replies changed (a plan opened, a notice, "Recover unsaved changes") is drawn now,
  // not at the next key or click, as the browser's store does.
  if (!ready.empty()) RequestRedraw();
}

}  // namespace coplan::platform
