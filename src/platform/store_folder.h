// The desktop's store: one file a key in a folder under $XDG_STATE_HOME/coplan (settings in
// $XDG_CONFIG_HOME/coplan), each written atomically. With `background`, requests run in order
// on a worker thread, so the disk's flushes never hold up a frame; callbacks always run at a
// later Pump(), on the caller's thread, as the browser's would. It starts by removing what writes
// of an earlier run left half done (see RemoveStaleSaves).
#pragma once
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "platform/file_system.h"
#include "platform/store.h"

namespace coplan::platform {

// $XDG_CONFIG_HOME/coplan or ~/.config/coplan; $XDG_STATE_HOME/coplan or ~/.local/state/coplan.
std::string ConfigFolder();
std::string StateFolder();

class FolderStore : public Store {
 public:
  FolderStore(std::string state_folder, std::string config_folder, FileSystem& fs = RealFileSystem(),
              bool background = false);
  ~FolderStore() override;  // finishes every request first
  void Read(std::vector<std::string> keys, StoreDone done) override;
  void Write(std::vector<StoreEntry> puts, std::vector<std::string> removes, StoreDone done) override;
  void List(std::string prefix, StoreDone done) override;
  void Pump() override;
  bool HasReplies() const override;
  // The file that holds `key` ("" for a key that is not allowed).
  std::string PathOf(const std::string& key) const;

 private:
  using Job = std::function<StoreReply()>;
  void Submit(Job job, StoreDone done);
  void Work();
  StoreReply DoRead(const std::vector<std::string>& keys) const;
  StoreReply DoWrite(const std::vector<StoreEntry>& puts, const std::vector<std::string>& removes);
  StoreReply DoList(const std::string& prefix) const;
  StoreReply RemoveStaleWrites() const;
  bool Put(const StoreEntry& entry, StoreReply& reply);

  std::string m_state, m_config;
  FileSystem& m_fs;
  mutable std::mutex m_mutex;
  std::condition_variable m_wake;
  std::deque<std::pair<Job, StoreDone>> m_jobs;
  std::vector<std::pair<StoreDone, StoreReply>> m_replies;
  bool m_stopping = false;
  std::thread m_worker;
};

}  // namespace coplan::platform
