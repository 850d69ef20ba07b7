// The keeper's lifecycle: loading the library at start, noticing edits, autosave with retries,
// and what the top bar says about it.
#include "app/keeper.h"

#include "app/app.h"
#include "io/plan_file.h"
#include "model/queries.h"
#include "model/sync.h"
#include "model/template.h"

namespace coplan {

Keeper::Keeper(App& app, KeeperServices services)
    : m_app(app),
      m_store(services.store ? services.store : &platform::MachineStore()),
      m_fs(services.fs ? services.fs : &platform::RealFileSystem()),
      m_clock(services.clock ? services.clock : platform::Seconds),
      m_paths(services.paths ? *services.paths : platform::Abilities().paths),
      m_library(*m_store) {}

Keeper::Mark Keeper::MarkOf() const {
  const Plan& plan = m_app.plan();
  Mark mark{plan.lineage.text, plan.changed_at, 0, m_app.TypedSoFar()};
  for (const CopySeen& seen : plan.seen.copies) mark.edits += seen.counter;
  return mark;
}

void Keeper::Start() {
  if (m_phase != Phase::NotStarted) return;
  m_phase = Phase::Loading;
  m_seen = MarkOf();  // a change made while the library loads is kept once it has
  platform::OnFileArrived([this](platform::ArrivedFile file) { Arrived(std::move(file)); });
  platform::OnPageHidden([this] { Flush(); });
  platform::RequestPersistentStorage([this](bool granted) { m_persistent = granted; });
  m_library.Load([this](bool ok, std::string error) { LibraryLoaded(ok, error); });
}

void Keeper::LibraryLoaded(bool ok, const std::string& error) {
  m_phase = Phase::Ready;
  std::string place = platform::StorePlaceName();
  if (!ok) {
    m_library_broken = true;
    m_app.ShowNotice(Notice::Kind::Error, "Coplan could not read the plans kept " + place + ": " + error +
                                              ". Your changes are not being kept there, so save your plan to a "
                                              "file (File, then Save) before you close Coplan.");
    return;
  }
  LibrarySettings& settings = m_library.Settings();
  if (settings.copy_id.empty()) {
    settings.copy_id = m_app.copy().text;
  } else if (settings.copy_id != m_app.copy().text) {
    bool untouched = !m_kept && !m_opened_early && m_app.history().StepCount() == 0;
    m_app.AdoptCopyId(CopyId{settings.copy_id});
    if (untouched && m_app.copy().text == settings.copy_id) {
      m_app.ReplacePlan(coplan::NewPlan(m_app.plan().title, m_app.ids(), m_app.copy(), NowUtc()));
      m_seen = MarkOf();
    }
  }
  if (m_library.Rebuilt() > 0)
    m_app.ShowNotice(Notice::Kind::Warning, "The list of plans kept " + place +
                                                " was damaged, so Coplan made it again from the " +
                                                std::to_string(m_library.Rebuilt()) +
                                                " plans it found. Check their names in My plans.");
  if (m_library.Found() > 0)
    m_app.ShowNotice(Notice::Kind::Warning, "Coplan found " + std::to_string(m_library.Found()) +
                                                " kept plans missing from My plans (they may have been changed in "
                                                "another tab at the same time) and put them back.");
  if (m_library.Rebuilt() > 0 || m_library.Found() > 0 || m_library.HasRemovals()) m_library.SaveIndex({});
  CheckStoppedLastTime();
  if (m_opened_early) {
    if (m_kept) WriteNow("Opened");
  } else {
    StartPlan();
  }
}

// The plan being opened when Coplan stopped last time (it was never drawn) is not opened again.
void Keeper::CheckStoppedLastTime() {
  LibrarySettings& settings = m_library.Settings();
  std::string stopped = settings.opening;
  settings.opening = m_kept && m_frames_shown >= 0 ? m_entry.key : "";  // a file opened while loading
  if (stopped.empty()) return;
  if (stopped == settings.last_plan) settings.last_plan.clear();
  m_library.SaveIndex([this](const platform::StoreReply& reply) { WriteFinished(reply); });
  const PlanInfo* carry_on = m_library.Find(settings.last_plan);
  StoppedWhileOpening(stopped, !m_paths && !m_opened_early && (!carry_on || !carry_on->deleted_at.empty()));
}

void Keeper::StartPlan() {
  std::string last = m_library.Settings().last_plan;
  const PlanInfo* entry = m_library.Find(last);
  if (!entry || !entry->deleted_at.empty()) return;
  if (!m_paths) {
    if (!platform::LinkPending()) OpenStored(last, "start");
    return;
  }
  if (!entry->unsaved) return;
  // Offered beside the File menu rather than asked: whoever just wants to start is not stopped.
  m_recoverable = last;
  std::string title = entry->title.empty() ? "your plan" : "“" + entry->title + "”";
  m_recover_notice = "Coplan closed before the changes to " + title + " were saved to a file (last change " +
                     FriendlyTime(entry->changed_at) + "). They were kept on this computer: choose “Recover "
                     "unsaved changes” at the top to carry on with them, or find them later in My plans.";
  m_app.ShowNotice(Notice::Kind::Warning, m_recover_notice);
}

void Keeper::StoppedWhileOpening(const std::string& key, bool started_empty) {
  const PlanInfo* entry = m_library.Find(key);
  std::string title = !entry ? std::string("a plan") : entry->title.empty() ? "“Untitled plan”" : "“" + entry->title + "”";
  std::string kept = entry ? " " + title + " is still kept " + platform::StorePlaceName() + ", with your other plans: "
                             "choose File, then My plans. Opening it again may stop Coplan again."
                           : "";
  m_app.ShowNotice(Notice::Kind::Warning, "Coplan stopped last time while it was opening " + title + ", so " +
                                              (started_empty ? "it started with a new, empty plan this time."
                                                             : "it did not open it again.") +
                                              kept);
}

void Keeper::ShowingPlan() {
  m_frames_shown = 0;
  m_library.Settings().opening = m_kept ? m_entry.key : "";
}

void Keeper::PlanDrawn() {
  m_frames_shown = -1;
  LibrarySettings& settings = m_library.Settings();
  bool changed = !settings.opening.empty() || (m_kept && settings.last_plan != m_entry.key);
  settings.opening.clear();
  if (m_kept) settings.last_plan = m_entry.key;
  if (changed && m_phase == Phase::Ready && !m_library_broken)
    m_library.SaveIndex([this](const platform::StoreReply& reply) { WriteFinished(reply); });
}

void Keeper::Recover() {
  if (m_recoverable.empty()) return;
  std::string key = m_recoverable;
  m_recoverable.clear();
  m_app.DismissNotice(m_recover_notice);
  KeepCurrentFirst("Before recovering changes");
  OpenStored(key, "recover");
}

void Keeper::Tick() {
  m_store->Pump();
  // Ticks come once a frame: at the second, a whole frame has been drawn with the plan.
  if (m_frames_shown >= 0 && ++m_frames_shown >= 2) PlanDrawn();
  if (m_phase != Phase::Ready) return;
  Mark mark = MarkOf();
  if (!(mark == m_seen)) {
    m_seen = mark;
    if (!m_kept && !m_library_broken) {
      // An untouched new plan, or one from a link, is kept from its first change.
      if (m_entry.key.empty()) m_entry.key = m_library.NewKey(m_app.ids());
      m_kept = true;
      if (m_frames_shown >= 0) m_library.Settings().opening = m_entry.key;
      if (m_from_link) platform::ForgetLink();
      m_from_link = false;
    }
    m_timer.Changed(Now());
  }
  if (m_timer.Due(Now())) WriteNow("");
  platform::SetUnsavedWork(Unsaved());
  if (m_paths) CheckDisk();
}

bool Keeper::WantsFrame() const {
  return m_store->HasReplies() || m_frames_shown >= 0 || (m_phase == Phase::Ready && m_timer.Due(m_clock()));
}

Keeper::Snapshot Keeper::Take(const std::string& why) {
  // What is being typed is kept too: a crash or a closed tab loses no more than a second of it.
  std::optional<Plan> typed;
  if (m_app.Typing()) typed = m_app.PlanWithTyping();
  const Plan& plan = typed ? *typed : m_app.plan();
  m_entry.title = plan.title;
  m_entry.place = plan.place;
  m_entry.changed_at = plan.changed_at.empty() ? NowUtc() : plan.changed_at;
  m_entry.lineage = plan.lineage.text;
  m_entry.unsaved = Unsaved() || typed.has_value();
  Snapshot snapshot{m_entry, SavePlanText(plan), why, static_cast<std::uint32_t>(LiveActions(plan).size()), MarkOf()};
  if (snapshot.why.empty() && Now() - m_last_version_at >= kVersionEvery) snapshot.why = "While editing";
  if (!snapshot.why.empty()) m_last_version_at = Now();
  return snapshot;
}

void Keeper::Put(Snapshot snapshot) {
  if (snapshot.entry.key.empty() || m_library_broken || m_phase != Phase::Ready) return;
  if (m_kept && m_frames_shown < 0) m_library.Settings().last_plan = m_entry.key;
  m_timer.Started();
  m_library.Keep(snapshot.entry, snapshot.text, snapshot.why, snapshot.actions, m_app.ids(),
                 [this, mark = snapshot.mark, key = snapshot.entry.key](const platform::StoreReply& reply) {
                   if (reply.ok && key == m_entry.key) m_written = mark;
                   WriteFinished(reply);
                 });
}

void Keeper::WriteNow(const std::string& why) {
  if (m_kept) Put(Take(why));
}

std::optional<Keeper::Snapshot> Keeper::Capture(const std::string& reason) {
  if (m_phase != Phase::Ready) return std::nullopt;
  Tick();
  if (!m_kept) return std::nullopt;
  if (Unsaved()) return Take(reason);
  if (!(MarkOf() == m_written) || m_timer.Pending()) return Take("");
  return std::nullopt;
}

void Keeper::WriteFinished(const platform::StoreReply& reply) {
  m_timer.Finished(reply.ok, Now());
  std::string place = platform::StorePlaceName();
  if (reply.ok) {
    if (!m_write_error.empty())
      m_app.ShowNotice(Notice::Kind::Info, "Your changes are kept " + place + " again.");
    m_write_error.clear();
    return;
  }
  bool first = m_write_error.empty();
  m_write_error = reply.error.empty() ? "an unknown problem" : reply.error;
  if (!first) return;
  if (reply.full)
    m_app.ShowNotice(Notice::Kind::Error, "The storage Coplan may use " + place +
                                              " is full, so your latest changes could not be kept "
                                              "there. Delete plans you no longer need in My plans, or save this "
                                              "plan to a file (File, then Save).");
  else
    m_app.ShowNotice(Notice::Kind::Error, "Your latest changes could not be kept " + place + ": " +
                                              m_write_error +
                                              ". Coplan will keep trying. To be safe, save the plan to a file "
                                              "(File, then Save).");
}

void Keeper::Flush() {
  if (m_phase != Phase::Ready) return;
  Tick();
  if (!m_kept || (MarkOf() == m_written && !m_timer.Pending())) return;
  WriteNow("");
}

bool Keeper::Unsaved() const { return !m_app.history().IsClean() || !m_clean_is_saved; }

KeepState Keeper::State() const {
  if (m_library_broken) return KeepState::Off;
  if (m_phase != Phase::Ready) return KeepState::Starting;
  if (!m_write_error.empty()) return KeepState::Failing;
  if (!m_kept) return KeepState::NotYet;
  if (m_timer.Pending() || m_timer.Writing() || !(MarkOf() == m_written)) return KeepState::Keeping;
  return KeepState::Kept;
}

void Keeper::BecomeEntry(PlanInfo entry, bool saved) {
  m_entry = std::move(entry);
  m_kept = !m_entry.key.empty();
  m_from_link = false;
  m_clean_is_saved = saved;
  m_seen = MarkOf();
  m_written = m_kept ? m_seen : Mark{};
  m_last_version_at = Now();
  m_disk_changed = false;
  m_preview.reset();
  m_link.reset();
  m_recoverable.clear();
  ShowingPlan();
}

std::string SafeFileName(const std::string& title) {
  std::string name;
  for (unsigned char c : title) {
    bool bad = c < 0x20 || c == 0x7f || std::string_view("/\\:*?\"<>|").find(static_cast<char>(c)) != std::string_view::npos;
    name += bad ? '-' : static_cast<char>(c);
  }
  while (!name.empty() && (name.back() == ' ' || name.back() == '.')) name.pop_back();
  while (!name.empty() && (name.front() == ' ' || name.front() == '.')) name.erase(name.begin());
  if (name.size() > 80) {
    name.resize(80);
    while (!name.empty() && (static_cast<unsigned char>(name.back()) & 0xC0) == 0x80) name.pop_back();
    if (!name.empty() && static_cast<unsigned char>(name.back()) >= 0xC0) name.pop_back();
  }
  return (name.empty() ? std::string("Plan") : name) + ".coplan.json";
}

}  // namespace coplan
