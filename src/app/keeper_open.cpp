// Opening plans (files, links, My plans, earlier versions) without ever losing the open one,
// and tending My plans: rename, duplicate, delete with undo.
#include <filesystem>

#include "app/app.h"
#include "app/keeper.h"
#include "io/plan_file.h"
#include "model/commands.h"
#include "model/fields.h"
#include "model/history.h"
#include "model/queries.h"
#include "model/sync.h"
#include "model/template.h"
#include "platform/files.h"

namespace coplan {
namespace {

std::string Quoted(const std::string& title) { return "“" + (title.empty() ? std::string("Untitled plan") : title) + "”"; }

}  // namespace

void Keeper::KeepCurrentFirst(const std::string& reason) {
  if (auto snapshot = Capture(reason)) Put(std::move(*snapshot));
}

bool Keeper::OpenText(std::string_view text, const std::string& name, platform::Arrival how) {
  return ReplaceFromText(text, name, how);
}

bool Keeper::OpenPath(const std::string& given) {
  std::error_code ec;
  std::string path = std::filesystem::absolute(given, ec).lexically_normal().string();
  if (ec) path = given;
  std::string text, error;
  if (!platform::ReadWholeFile(path, kMaxFileBytes, text, error)) {
    m_app.ShowNotice(Notice::Kind::Error, error + " Your plan was left as it was.");
    return false;
  }
  m_path_opening = path;
  bool opened = ReplaceFromText(text, path, platform::Arrival::Picker);
  m_path_opening.clear();
  return opened;
}

bool Keeper::ReplaceFromText(std::string_view text, const std::string& name, platform::Arrival how) {
  std::optional<Snapshot> old = Capture("Before opening " + name);
  bool had_unsaved = m_kept && Unsaved();
  std::string old_title = m_app.plan().title;
  if (!m_app.OpenText(text, name)) return false;  // nothing changed, nothing kept
  if (old) Put(std::move(*old));
  bool link = how == platform::Arrival::Link;
  PlanInfo entry;
  if (const PlanInfo* same = link ? nullptr : SameFileEntry(name)) entry = *same;
  else if (!link && !m_library_broken) entry.key = m_library.NewKey(m_app.ids());
  if (!link) entry.file = name;
  BecomeEntry(entry, true);
  m_from_link = link;
  m_path = m_path_opening;
  m_stamp = m_path.empty() ? platform::FileStamp{} : platform::StampOf(m_path);
  if (!m_path.empty()) m_library.AddRecentFile(m_path);
  if (m_phase != Phase::Ready) m_opened_early = true;
  else WriteNow("Opened");
  if (link)
    m_app.ShowNotice(Notice::Kind::Info, "This plan came in a link. It is not kept " +
                                             std::string(platform::StorePlaceName()) +
                                             " yet: choose “Keep this plan” at the top, or change something, "
                                             "and it will be.");
  if (had_unsaved)
    m_app.ShowNotice(Notice::Kind::Info, Quoted(old_title) +
                                             " had changes that were not saved to a file. They are kept in My "
                                             "plans (File, then My plans), so nothing is lost.");
  return true;
}

// The entry in My plans for the file just opened, if it has one: the same file (the same path on
// the desktop, the same name in the browser) holding the same plan. Not one in the bin, nor one
// with changes that were never saved to a file unless it is the plan that was open (whose
// changes were kept as an earlier version just before).
const PlanInfo* Keeper::SameFileEntry(const std::string& file) {
  const std::string& lineage = m_app.plan().lineage.text;
  if (m_library_broken || lineage.empty()) return nullptr;
  for (const PlanInfo* entry : m_library.Plans())
    if (entry->file == file && entry->lineage == lineage && (!entry->unsaved || entry->key == m_entry.key))
      return entry;
  return nullptr;
}

void Keeper::Arrived(platform::ArrivedFile file) {
  if (!file.error.empty()) {
    m_app.ShowNotice(Notice::Kind::Error, TheFileCalled(file.name) + " could not be opened: " + file.error + " Your plan was left as it was.");
    if (file.how == platform::Arrival::Link && Ready() && !m_kept) StartPlan();
    return;
  }
  if (file.how == platform::Arrival::Merge) {
    MergeText(file.text, file.name);
    return;
  }
  if (file.how == platform::Arrival::Drop) {
    Dropped(std::move(file.text), file.name);
    return;
  }
  if (OpenText(file.text, file.name, file.how) && file.how != platform::Arrival::Link)
    platform::KeepArrivedFileFor(m_entry.key);
}

void Keeper::OpenStored(const std::string& key, const std::string& why) {
  const PlanInfo* found = m_library.Find(key);
  if (!found) return;
  // Marked as being opened before it is read: should Coplan stop while reading or drawing it, the
  // next start knows not to open it again (see CheckStoppedLastTime).
  m_library.Settings().opening = key;
  m_library.SaveIndex([this, entry = *found, why](const platform::StoreReply& reply) {
    WriteFinished(reply);
    ReadStored(entry, why);
  });
}

void Keeper::ReadStored(const PlanInfo& entry, const std::string& why) {
  m_library.ReadText(entry.key, [this, entry, why](bool ok, std::string text, std::string error) {
    LoadResult loaded = ok ? LoadPlanText(text) : LoadResult{};
    if (!loaded.ok()) {
      if (ok) error = loaded.errors.empty() ? "it is damaged" : loaded.errors.front().Text();
      StoredUnreadable(entry, why, error);
      return;
    }
    Flush();
    m_app.ReplacePlan(std::move(*loaded.plan));
    BecomeEntry(entry, !entry.unsaved);
    m_path = m_paths ? entry.file : "";
    m_stamp = m_path.empty() ? platform::FileStamp{} : platform::StampOf(m_path);
    WriteNow("Opened");
    std::string place = platform::StorePlaceName();
    std::string notice = why == "start"     ? "Carried on with " + Quoted(entry.title) + ", as kept " + place +
                                                 " (last change " + FriendlyTime(entry.changed_at) + ")."
                         : why == "recover" ? "Recovered the changes to " + Quoted(entry.title) +
                                                  ". Save the plan to keep them in its file."
                                            : "Opened " + Quoted(entry.title) + " from My plans.";
    if (entry.unsaved && why != "recover") notice += " It has changes that are not saved to a file yet.";
    m_app.ShowNotice(Notice::Kind::Info, notice);
  });
}

void Keeper::StoredUnreadable(const PlanInfo& entry, const std::string& why, const std::string& error) {
  LibrarySettings& settings = m_library.Settings();
  settings.opening = m_kept && m_frames_shown >= 0 ? m_entry.key : "";
  if (why == "start" && settings.last_plan == entry.key) settings.last_plan.clear();  // not tried at every start
  m_library.SaveIndex([this](const platform::StoreReply& reply) { WriteFinished(reply); });
  std::string place = platform::StorePlaceName();
  std::string text = "Coplan could not open " + Quoted(entry.title) +
                     (why == "start" ? ", the plan you had open last time," : "") + " as kept " + place + ": " +
                     error + ".";
  if (why == "start")
    text += " It started with a new, empty plan instead. Your other plans are in My plans (File, then My plans).";
  m_app.ShowNotice(Notice::Kind::Error, text);
}

void Keeper::NewPlan() {
  bool had_unsaved = m_kept && Unsaved();
  KeepCurrentFirst("Before starting a new plan");
  m_app.ReplacePlan(coplan::NewPlan("Our plan", m_app.ids(), m_app.copy(), NowUtc()));
  BecomeEntry(PlanInfo{}, true);
  m_path.clear();
  m_app.ShowNotice(Notice::Kind::Info, had_unsaved ? "Started a new plan. The one you had open is kept in My plans."
                                                   : "Started a new plan.");
}

void Keeper::SwitchTo(const std::string& key) {
  if (key == m_entry.key && m_kept) return;
  KeepCurrentFirst("Before switching plans");
  OpenStored(key, "switch");
}

void Keeper::KeepLinkPlan() {
  if (!m_from_link || m_library_broken) return;
  m_entry.key = m_library.NewKey(m_app.ids());
  m_kept = true;
  m_from_link = false;
  platform::ForgetLink();
  m_seen = MarkOf();
  WriteNow("Opened from a link");
  m_app.ShowNotice(Notice::Kind::Info, "Kept " + Quoted(m_app.plan().title) + " in My plans.");
}

void Keeper::EditStoredPlan(const std::string& key, std::function<Command(const Plan&)> edit, PlanInfo info) {
  m_library.ReadText(key, [this, edit, info](bool ok, std::string text, std::string error) mutable {
    LoadResult loaded = ok ? LoadPlanText(text) : LoadResult{};
    if (!loaded.ok()) {
      m_app.ShowNotice(Notice::Kind::Error, "Coplan could not change " + Quoted(info.title) + ": " +
                                                (ok ? std::string("it could not be read") : error) + ".");
      return;
    }
    Plan plan = std::move(*loaded.plan);
    History history(m_app.copy());
    history.Apply(plan, edit(plan));
    info.title = plan.title;
    info.changed_at = plan.changed_at;
    m_library.Keep(info, SavePlanText(plan), "", static_cast<std::uint32_t>(LiveActions(plan).size()),
                   m_app.ids(), [this](const platform::StoreReply& reply) { WriteFinished(reply); });
  });
}

void Keeper::Rename(const std::string& key, const std::string& title) {
  auto retitle = [title](const Plan& plan) {
    PlanFields fields = GetPlanFields(plan);
    fields.title = title;
    return EditPlan(plan, fields);
  };
  if (title.empty()) return;
  if (key == m_entry.key) {
    m_app.Apply(retitle(m_app.plan()));
    return;
  }
  if (const PlanInfo* info = m_library.Find(key)) EditStoredPlan(key, retitle, *info);
}

void Keeper::Duplicate(const std::string& key) {
  Flush();
  const PlanInfo* found = m_library.Find(key);
  if (!found) return;
  PlanInfo copy;
  copy.key = m_library.NewKey(m_app.ids());
  copy.title = found->title;
  copy.place = found->place;
  copy.unsaved = true;
  EditStoredPlan(key, [](const Plan& plan) {
    PlanFields fields = GetPlanFields(plan);
    fields.title = plan.title + " (copy)";
    return EditPlan(plan, fields);
  }, copy);
}

void Keeper::Delete(const std::string& key) {
  bool current = key == m_entry.key && m_kept;
  if (current) Flush();
  m_library.MoveToBin(key, NowUtc());
  m_last_deleted = key;
  m_library.SaveIndex([this](const platform::StoreReply& reply) { WriteFinished(reply); });
  if (!current) return;
  std::vector<const PlanInfo*> left = m_library.Plans();
  if (!left.empty()) {
    OpenStored(left.front()->key, "switch");
  } else {
    m_app.ReplacePlan(coplan::NewPlan("Our plan", m_app.ids(), m_app.copy(), NowUtc()));
    BecomeEntry(PlanInfo{}, true);
    m_path.clear();
  }
}

void Keeper::UndoDelete() {
  if (m_last_deleted.empty()) return;
  m_library.TakeFromBin(m_last_deleted);
  m_last_deleted.clear();
  m_library.SaveIndex([this](const platform::StoreReply& reply) { WriteFinished(reply); });
}

void Keeper::Preview(const VersionInfo& version) {
  m_preview = VersionPreview{version, std::nullopt, ""};
  m_library.ReadText(version.key, [this, version](bool ok, std::string text, std::string error) {
    if (!m_preview || m_preview->version.key != version.key) return;
    LoadResult loaded = ok ? LoadPlanText(text) : LoadResult{};
    if (loaded.ok()) m_preview->plan = std::move(*loaded.plan);
    else m_preview->problem = ok ? "This version could not be read." : "This version could not be read: " + error + ".";
  });
}

void Keeper::Restore(const VersionInfo& version) {
  if (!m_preview || !m_preview->plan || m_preview->version.key != version.key) return;
  WriteNow("Before going back to an earlier version");
  m_app.ReplacePlan(std::move(*m_preview->plan));
  m_preview.reset();
  ShowingPlan();
  m_clean_is_saved = false;
  m_timer.Changed(Now());
  m_timer.Hurry();
  m_app.ShowNotice(Notice::Kind::Info, "Went back to the version from " + FriendlyTime(version.at) +
                                           ". The plan as it was just before is kept in Earlier versions.");
}

}  // namespace coplan
