// The desktop's store: one file a key in a folder under $XDG_STATE_HOME/coplan (settings in
// $XDG_CONFIG_HOME/coplan), each written atomically. Requests finish at once; their callbacks
// run at the next Pump(), as the browser's would.
#pragma once
#include <string>
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
  FolderStore(std::string state_folder, std::string config_folder, FileSystem& fs = RealFileSystem());
  void Read(std::vector<std::string> keys, StoreDone done) override;
  void Write(std::vector<StoreEntry> puts, std::vector<std::string> removes, StoreDone done) override;
  void List(std::string prefix, StoreDone done) override;
  void Pump() override;
  bool HasReplies() const override { return !m_replies.empty(); }
  // The file that holds `key` ("" for a key that is not allowed).
  std::string PathOf(const std::string& key) const;

 private:
  bool Put(const StoreEntry& entry, StoreReply& reply);

  std::string m_state, m_config;
  FileSystem& m_fs;
  std::vector<std::pair<StoreDone, StoreReply>> m_replies;
};

}  // namespace coplan::platform
