// The plans kept on this machine ("My plans") and their earlier versions, over a platform::Store.
// An index record lists the plans; each plan's text and each version's text is a record of its
// own ("plan/<key>", "version/<key>/<id>"), and settings (the copy id, the last plan, recent
// files) are one more. The index is written with every change, in the same write as the texts.
#pragma once
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "model/ids.h"
#include "platform/store.h"

namespace coplan {

struct VersionInfo {
  std::string key;    // the store key of its text
  std::string at;     // ISO 8601 UTC
  std::string why;    // "Opened", "Saved to a file", "While editing", ...
  std::string title;
  std::uint32_t actions = 0;
  std::string hash;   // of its text: a version the same as the one before is not kept twice
};

struct PlanInfo {
  std::string key;               // "plan/<16 hex>"; empty while the plan is not kept
  std::string title, place;
  std::string changed_at;        // ISO 8601 UTC
  std::string file;              // the file it was last opened from or saved to (a path on the desktop)
  std::string lineage;           // the plan's lineage: copies of one plan share it
  bool unsaved = false;          // it has changes that are not saved to a file or shared
  std::string deleted_at;        // set while in the bin (removed for good at the next start)
  std::vector<VersionInfo> versions;  // oldest first
};

struct LibrarySettings {
  std::string copy_id;
  std::string last_plan;                  // the key of the plan open last (once it was drawn)
  std::string opening;                    // the key of a plan being opened, until it has been drawn:
                                          // still set at the next start, Coplan stopped opening it
  std::vector<std::string> recent_files;  // desktop: newest first
};

constexpr std::size_t kMaxVersions = 20;   // per plan; the oldest go first
constexpr std::size_t kMaxListedTitle = 200;  // bytes of a title or place kept in the list of plans
constexpr std::size_t kMaxRecentFiles = 8;

// "today at 10:32", "yesterday at 09:15", "3 November 2026 at 16:05" in local time, from ISO 8601 UTC.
std::string FriendlyTime(const std::string& iso_utc);
// `text` cut to at most `bytes` at a letter's boundary, with "…" when it was cut: the list of plans
// is read at every start and must stay small, whatever a plan holds.
std::string Shortened(const std::string& text, std::size_t bytes = kMaxListedTitle);
// A short fingerprint of a text (FNV-1a, 16 hex digits).
std::string TextHash(std::string_view text);

class Library {
 public:
  using Done = std::function<void(const platform::StoreReply&)>;
  using TextDone = std::function<void(bool ok, std::string text, std::string error)>;

  explicit Library(platform::Store& store) : m_store(&store) {}

  // Reads the index and settings. Until it has finished (ok), nothing is written. A damaged or
  // missing index is rebuilt from the plan records that are there, which `rebuilt` counts.
  void Load(std::function<void(bool ok, std::string error)> done);
  bool Loaded() const { return m_loaded; }
  std::size_t Rebuilt() const { return m_rebuilt; }
  std::size_t Found() const { return m_found; }  // kept plans that were missing from the index

  // The plans, newest change first; with_bin: also those in the bin.
  std::vector<const PlanInfo*> Plans(bool with_bin = false) const;
  const PlanInfo* Find(const std::string& key) const;
  LibrarySettings& Settings() { return m_settings; }
  std::string NewKey(IdMaker& ids) const { return "plan/" + ids.NewText(); }

  // Keeps `text` as the plan `info` (adding or updating its entry); `why` non-empty adds an
  // earlier version with the same text. Settings and index go in the same write.
  void Keep(const PlanInfo& info, const std::string& text, const std::string& why, std::uint32_t actions,
            IdMaker& ids, Done done);
  // Writes the index and settings (after a rename, a delete, a new last plan).
  void SaveIndex(Done done);
  void ReadText(const std::string& key, TextDone done);

  void MoveToBin(const std::string& key, const std::string& now);
  void TakeFromBin(const std::string& key);

  void AddRecentFile(const std::string& path);
  bool HasRemovals() const { return !m_removals.empty(); }

  // The index and settings as text, and back (exposed for tests).
  std::string IndexText() const;
  bool ReadIndex(std::string_view text);
  std::string SettingsText() const;
  void ReadSettings(std::string_view text);

 private:
  void FinishLoad(std::function<void(bool, std::string)> done);
  void Rebuild(std::function<void(bool, std::string)> done);
  void FindMissing(std::function<void(bool, std::string)> done);
  std::vector<std::string> PurgeBin();
  PlanInfo* FindMutable(const std::string& key);

  platform::Store* m_store;
  std::vector<PlanInfo> m_plans;
  LibrarySettings m_settings;
  std::vector<std::string> m_removals;  // records to remove with the next write
  bool m_loaded = false;
  std::size_t m_rebuilt = 0;
  std::size_t m_found = 0;
};

}  // namespace coplan
