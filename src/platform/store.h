// Where plans are kept on this machine between visits: IndexedDB in the browser, a folder under
// $XDG_STATE_HOME (settings under $XDG_CONFIG_HOME) on the desktop. A small key-value store of
// text, asynchronous on both platforms so the app has one shape.
#pragma once
#include <functional>
#include <string>
#include <utility>
#include <vector>

namespace coplan::platform {

using StoreEntry = std::pair<std::string, std::string>;  // key, value

struct StoreReply {
  bool ok = true;
  bool full = false;               // the storage is full (a quota was reached)
  std::string error;               // plain English, when !ok
  std::vector<StoreEntry> values;  // Read: the keys that were found; List: keys, no values
};
using StoreDone = std::function<void(StoreReply)>;

class Store {
 public:
  virtual ~Store() = default;
  // Reads the values of `keys`; keys that are not there are left out of the reply.
  virtual void Read(std::vector<std::string> keys, StoreDone done) = 0;
  // Writes `puts` and removes `removes` together (all or nothing where the store allows).
  // Writes finish in the order they were asked for.
  virtual void Write(std::vector<StoreEntry> puts, std::vector<std::string> removes, StoreDone done) = 0;
  // The keys that start with `prefix`, as values with empty text.
  virtual void List(std::string prefix, StoreDone done) = 0;
  // Runs the callbacks of requests that have finished. Call once a frame.
  virtual void Pump() {}
  // True while a callback waits for Pump().
  virtual bool HasReplies() const { return false; }
};

// This machine's store.
Store& MachineStore();

// "in this browser" or "on this computer", for messages.
const char* StorePlaceName();

}  // namespace coplan::platform
