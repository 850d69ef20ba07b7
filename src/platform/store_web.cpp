// The browser's store: IndexedDB, through web/coplan-store.js. Values travel as bytes, copied
// once each way (HEAPU8), never as JavaScript assembled in C++.
#include <emscripten/emscripten.h>

#include <map>

#include "platform/store.h"
#include "platform/window.h"

namespace coplan::platform {
namespace {

EM_JS(void, JsStoreRead, (int id, const char* keys), {
  window.coplanStore.read(id, UTF8ToString(keys).split('\n'));
});
EM_JS(void, JsStoreList, (int id, const char* prefix), { window.coplanStore.list(id, UTF8ToString(prefix)); });
EM_JS(void, JsStoreBegin, (int id), { window.coplanStore.begin(id); });
EM_JS(void, JsStorePut, (int id, const char* key, const char* data, int length), {
  window.coplanStore.put(id, UTF8ToString(key), HEAPU8.slice(data, data + length));
});
EM_JS(void, JsStoreRemove, (int id, const char* key), { window.coplanStore.remove(id, UTF8ToString(key)); });
EM_JS(void, JsStoreCommit, (int id), { window.coplanStore.commit(id); });

struct Pending {
  StoreDone done;
  StoreReply reply;
};

class WebStore : public Store {
 public:
  void Read(std::vector<std::string> keys, StoreDone done) override {
    int id = Remember(std::move(done));
    std::string joined;
    for (const std::string& key : keys) joined += (joined.empty() ? "" : "\n") + key;
    JsStoreRead(id, joined.c_str());
  }
  void Write(std::vector<StoreEntry> puts, std::vector<std::string> removes, StoreDone done) override {
    int id = Remember(std::move(done));
    JsStoreBegin(id);
    for (const StoreEntry& entry : puts)
      JsStorePut(id, entry.first.c_str(), entry.second.data(), static_cast<int>(entry.second.size()));
    for (const std::string& key : removes) JsStoreRemove(id, key.c_str());
    JsStoreCommit(id);
  }
  void List(std::string prefix, StoreDone done) override { JsStoreList(Remember(std::move(done)), prefix.c_str()); }
  void Value(int id, std::string key, std::string value) {
    auto it = m_pending.find(id);
    if (it != m_pending.end()) it->second.reply.values.emplace_back(std::move(key), std::move(value));
  }
  void Done(int id, bool ok, bool full, std::string error) {
    auto it = m_pending.find(id);
    if (it == m_pending.end()) return;
    Pending pending = std::move(it->second);
    m_pending.erase(it);
    pending.reply.ok = ok;
    pending.reply.full = full;
    pending.reply.error = std::move(error);
    RequestRedraw();
    if (pending.done) pending.done(std::move(pending.reply));
  }

 private:
  int Remember(StoreDone done) {
    int id = ++m_next;
    m_pending[id].done = std::move(done);
    return id;
  }
  int m_next = 0;
  std::map<int, Pending> m_pending;
};

WebStore& TheStore() {
  static WebStore store;
  return store;
}

}  // namespace

Store& MachineStore() { return TheStore(); }
const char* StorePlaceName() { return "in this browser"; }

}  // namespace coplan::platform

extern "C" {

// One value that a read found (the page frees `value` after the call).
EMSCRIPTEN_KEEPALIVE void coplan_store_value(int id, const char* key, const char* value, int length) {
  coplan::platform::TheStore().Value(id, key, std::string(value, static_cast<std::size_t>(length)));
}

// A read or write finished. `error` is plain English when ok is 0.
EMSCRIPTEN_KEEPALIVE void coplan_store_done(int id, int ok, int full, const char* error) {
  coplan::platform::TheStore().Done(id, ok != 0, full != 0, error ? error : "");
}
}
