// Keeps the open plan safe and moves plans in and out: autosave into the library (IndexedDB in
// the browser, a folder on the desktop), earlier versions, My plans, opening and saving files,
// sharing, recovery after a crash, and "save before closing?". It has no drawing: the File menu
// and its dialogs (documents.cpp, ui/file_panels.h) call it and show what it reports.
#pragma once
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "app/keep_timer.h"
#include "app/library.h"
#include "model/command.h"
#include "model/plan.h"
#include "platform/file_host.h"
#include "platform/file_system.h"
#include "ui/merge_review.h"

namespace coplan {

class App;

// A question the person must answer before Coplan goes on (drawn as a modal dialog).
struct Question {
  enum class Kind { Close, ChangedOnDisk, Dropped } kind;
  std::string title, text;
  std::vector<std::string> choices;  // the first is the default; the last cancels
};

// Whether the open plan is kept on this machine, for the top bar.
enum class KeepState { Starting, NotYet, Keeping, Kept, Failing, Off };

// A finished share link, or why there is none.
struct ShareLink {
  std::string link;
  std::string problem;  // e.g. too large for a link
};

// A version to look at before restoring it.
struct VersionPreview {
  VersionInfo version;
  std::optional<Plan> plan;
  std::string problem;
};

struct KeeperServices {
  platform::Store* store = nullptr;       // default: the machine's
  platform::FileSystem* fs = nullptr;     // default: the real one
  std::function<double()> clock;          // seconds; default: platform::Seconds
  std::optional<bool> paths;              // desktop behaviour; default: platform::Abilities()
};

constexpr std::size_t kMaxShareLink = 8000;      // characters: what email programs pass on whole
constexpr double kVersionEvery = 5 * 60.0;        // seconds of editing between earlier versions

class Keeper {
 public:
  Keeper(App& app, KeeperServices services = {});

  void Start();            // first frame: reads the library, listens to the page
  void Tick();             // after each frame's edits
  bool WantsFrame() const; // a write or reply is due: the loop must not idle
  bool Ready() const { return m_phase == Phase::Ready; }

  // Opening. A plan with changes not saved to a file is kept in the library first.
  bool OpenText(std::string_view text, const std::string& name, platform::Arrival how = platform::Arrival::Picker);
  bool OpenPath(const std::string& path);
  void NewPlan();
  void SwitchTo(const std::string& key);
  void KeepLinkPlan();     // the plan that came in a link goes into My plans
  // Desktop: changes that were never saved to a file when Coplan last stopped, offered at start.
  bool CanRecover() const { return !m_recoverable.empty(); }
  void Recover();
  bool FromLink() const { return m_from_link; }

  // Saving. Desktop: Save and SaveAs return false when a path must be chosen first.
  bool Save(bool ask_where = false);
  bool SaveToPath(const std::string& path);
  void ShareByEmail();
  void MakeLink();
  void LinkShared();       // the link was copied or emailed: the plan counts as shared
  std::optional<ShareLink>& Link() { return m_link; }
  bool WantsSaveDialog();  // desktop: a path is needed (once)
  void SaveDialogCancelled();

  // My plans and earlier versions.
  void Rename(const std::string& key, const std::string& title);
  void Duplicate(const std::string& key);
  void Delete(const std::string& key);
  void UndoDelete();
  const std::string& LastDeleted() const { return m_last_deleted; }
  void Preview(const VersionInfo& version);
  std::optional<VersionPreview>& Previewing() { return m_preview; }
  void Restore(const VersionInfo& version);

  // Merging a copy into the open plan (keeper_merge.cpp). Reading it makes a review; nothing
  // changes until the person confirms it. A file that cannot be read is reported, as for opening.
  bool MergeText(std::string_view text, const std::string& name);
  bool MergePath(const std::string& path);
  ui::MergeReviewState* Reviewing() { return m_review ? &*m_review : nullptr; }
  void FinishMerge();  // the review's choices, as one undo step; the plan as it was is kept first
  void AddAsNew();     // a different plan: its actions and notes added as new ones, one undo step
  void CancelMerge();
  // A file dropped on the page or window: asks whether to open it or merge it into the open plan
  // (merging is the first choice for a copy of this plan). An untouched new plan just opens it.
  void Dropped(std::string text, const std::string& name, const std::string& path = "");
  bool DroppedPath(const std::string& path);

  // Questions and closing.
  const Question* Asking() const { return m_question ? &*m_question : nullptr; }
  void Answer(std::size_t choice);
  bool MayClose();
  void Flush();            // keeps the plan now (the page is hidden, the program closes)
  void ReloadFromDisk();
  // Browser: another tab kept the plan `key`. If it is the open one, both would overwrite each other.
  void ChangedElsewhere(const std::string& key);

  bool Unsaved() const;
  KeepState State() const;
  const PlanInfo& Current() const { return m_entry; }
  const std::string& Path() const { return m_path; }
  bool ChangedOnDisk() const { return m_disk_changed; }
  bool Paths() const { return m_paths; }
  bool Persistent() const { return m_persistent; }
  Library& library() { return m_library; }

 private:
  enum class Phase { NotStarted, Loading, Ready };
  struct Mark {
    std::string lineage, changed_at;
    std::uint64_t edits = 0;
    std::string typing;  // text typed in a field still open
    bool operator==(const Mark&) const = default;
  };
  enum class After { Nothing, Close, Email };

  Mark MarkOf() const;
  double Now() const { return m_clock(); }
  void LibraryLoaded(bool ok, const std::string& error);
  void StartPlan();
  void CheckStoppedLastTime();
  void StoppedWhileOpening(const std::string& key, bool started_empty);
  // A plan was put in place of the open one. It becomes the last plan (opened at the next start)
  // only once a frame was drawn with it; until then the library marks it as being opened.
  void ShowingPlan();
  void PlanDrawn();
  // The open plan's text and entry, to be kept now or once something else has worked.
  struct Snapshot {
    PlanInfo entry;
    std::string text, why;
    std::uint32_t actions = 0;
    Mark mark;
  };
  Snapshot Take(const std::string& why);
  void Put(Snapshot snapshot);
  // The open plan if it has anything not kept yet (a version `reason` if unsaved to a file).
  std::optional<Snapshot> Capture(const std::string& reason);
  void WriteNow(const std::string& why);
  void WriteFinished(const platform::StoreReply& reply);
  void KeepCurrentFirst(const std::string& reason);
  bool ReplaceFromText(std::string_view text, const std::string& name, platform::Arrival how);
  const PlanInfo* SameFileEntry(const std::string& file);
  void BecomeEntry(PlanInfo entry, bool saved);
  void OpenStored(const std::string& key, const std::string& notice);
  void ReadStored(const PlanInfo& entry, const std::string& why);
  void StoredUnreadable(const PlanInfo& entry, const std::string& why, const std::string& error);
  std::string FileText();
  void PlanSaved(const std::string& file);
  void Saved(const platform::SaveReply& reply, const Mark& mark);
  void CheckDisk();
  void AfterSaving();
  std::string Slot();
  void Arrived(platform::ArrivedFile file);
  void EditStoredPlan(const std::string& key, std::function<Command(const Plan&)> edit, PlanInfo info);
  bool HasWork() const;  // anything open that opening another file would put aside
  void KeepAsItWas(const std::string& why);
  void OpenDropped();
  void AnswerDropped(std::size_t choice);

  App& m_app;
  platform::Store* m_store;
  platform::FileSystem* m_fs;
  std::function<double()> m_clock;
  bool m_paths;
  Library m_library;
  KeepTimer m_timer;
  Phase m_phase = Phase::NotStarted;
  PlanInfo m_entry;               // the open plan; key empty until it is kept
  bool m_kept = false;            // the open plan has a place in the library
  bool m_from_link = false;
  bool m_clean_is_saved = true;   // the history's clean point is saved in a file
  bool m_opened_early = false;    // a file was opened before the library had loaded
  bool m_persistent = true;
  bool m_library_broken = false;
  Mark m_written, m_seen;
  std::string m_recover_notice;   // what was said about the changes to recover
  int m_frames_shown = -1;        // frames drawn since the open plan was put in place; -1: drawn
  double m_last_version_at = 0;
  std::string m_write_error;
  std::string m_path;                  // desktop: the open file
  std::string m_path_opening;          // desktop: the file being opened
  platform::FileStamp m_stamp;         // ... as we last read or wrote it
  bool m_disk_changed = false;
  double m_next_disk_check = 0;
  After m_after_save = After::Nothing;
  bool m_wants_save_dialog = false;
  bool m_close_agreed = false;
  std::optional<Question> m_question;
  std::optional<ShareLink> m_link;
  Mark m_link_mark;  // the plan as it was when the link was made
  std::optional<VersionPreview> m_preview;
  std::string m_last_deleted;
  std::string m_recoverable;     // the key of the plan whose unsaved changes are offered
  std::string m_told_elsewhere;  // the plan we warned about being open in another tab
  Plan m_theirs;                      // the copy being reviewed for a merge
  std::optional<ui::MergeReviewState> m_review;
  struct DroppedFile {
    std::string text, name, path;  // path: desktop
    bool merge_first = false;
  };
  std::optional<DroppedFile> m_dropped;  // waiting for "open it or merge it?"
};

// "Our plan.coplan.json": the title made safe as a file name on every system.
std::string SafeFileName(const std::string& title);

}  // namespace coplan
