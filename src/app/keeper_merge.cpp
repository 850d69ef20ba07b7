// Merging a copy of the plan into the open one: reading it, the review, applying it as one undo
// step after keeping the plan as it was, and the question a dropped file asks.
#include <filesystem>

#include "app/app.h"
#include "app/keeper.h"
#include "io/plan_file.h"
#include "model/merge.h"
#include "model/sync.h"
#include "platform/files.h"
#include "platform/host.h"
#include "ui/canvas_edit.h"

namespace coplan {
namespace {

std::string Quoted(const std::string& name) { return "“" + name + "”"; }

std::string FileNameOf(const std::string& name) {
  std::string file = std::filesystem::path(name).filename().string();
  return file.empty() ? name : file;
}

// The same words as when a file cannot be opened: the plan open now is left as it was.
std::string UnreadableText(const std::string& name, const LoadResult& loaded) {
  std::string message = TheFileCalled(name) + " could not be opened, so your plan was left as it was.";
  for (const Problem& p : loaded.errors) message += "\n" + p.Text();
  return message;
}

}  // namespace

bool Keeper::HasWork() const {
  return m_kept || m_from_link || !m_path.empty() || m_app.history().StepCount() > 0;
}

void Keeper::KeepAsItWas(const std::string& why) {
  if (m_kept) Put(Take(why));  // an earlier version (the library skips one the same as the last)
}

bool Keeper::MergeText(std::string_view text, const std::string& name) {
  LoadResult loaded = LoadPlanText(text);
  if (!loaded.ok()) {
    m_app.ShowNotice(Notice::Kind::Error, UnreadableText(name, loaded));
    return false;
  }
  m_theirs = std::move(*loaded.plan);
  m_review = ui::StartReview(MergePlans(m_app.plan(), m_theirs), FileNameOf(name), FriendlyTime);
  return true;
}

bool Keeper::MergePath(const std::string& path) {
  std::string text, error;
  if (!platform::ReadWholeFile(path, kMaxFileBytes, text, error)) {
    m_app.ShowNotice(Notice::Kind::Error, error + " Your plan was left as it was.");
    return false;
  }
  return MergeText(text, path);
}

void Keeper::FinishMerge() {
  if (!m_review) return;
  ui::MergeReviewState review = std::move(*m_review);
  m_review.reset();
  MergeOptions options;
  for (const Conflict& c : review.result.conflicts) options.choices.emplace_back(c.Key(), c.chosen);
  MergeResult result = MergePlans(m_app.plan(), m_theirs, options);
  m_theirs = Plan{};
  std::vector<TypedValue> typed = ui::TypedValues(review);
  if (typed.empty() && result.merged == m_app.plan()) {
    m_app.ShowNotice(Notice::Kind::Info, "This plan already has everything in " + Quoted(review.their_name) +
                                             ", so nothing changed.");
    return;
  }
  KeepAsItWas("Before merging " + review.their_name);
  // Cards their file gave no position get one now, as this copy's edit (see App::ReplacePlan).
  if (Command placed = ui::PlaceUnplacedCards(result.merged); !placed.Empty())
    History(m_app.history().Copy()).Apply(result.merged, std::move(placed));
  m_app.Apply(MergeCommand(m_app.plan(), std::move(result.merged), typed, m_app.history().Copy(), NowUtc()));
  m_app.ShowNotice(Notice::Kind::Info, "Merged " + Quoted(review.their_name) +
                                           " into this plan. To take the whole merge back, choose Undo." +
                                           (m_kept ? " The plan as it was is kept in Earlier versions." : ""));
  platform::Announce("Merged.");
}

void Keeper::AddAsNew() {
  if (!m_review) return;
  std::string name = m_review->their_name;
  m_review.reset();
  Command import = ImportAsNew(m_app.plan(), m_theirs, m_app.ids());
  ui::PlaceImportedItems(m_app.plan(), import);  // where they were in their plan may be taken in ours
  m_theirs = Plan{};
  if (import.Empty()) {
    m_app.ShowNotice(Notice::Kind::Info, Quoted(name) + " has no actions or notes to add.");
    return;
  }
  KeepAsItWas("Before adding items from " + name);
  m_app.Apply(std::move(import));
  m_app.ShowNotice(Notice::Kind::Info, "Added the actions and notes of " + Quoted(name) +
                                           " to this plan as new ones. Undo takes them out again.");
}

void Keeper::CancelMerge() {
  m_review.reset();
  m_theirs = Plan{};
}

void Keeper::Dropped(std::string text, const std::string& name, const std::string& path) {
  CancelMerge();  // a review still open was for another file: this one is asked about instead
  m_dropped = DroppedFile{std::move(text), name, path, false};
  if (!HasWork()) return OpenDropped();
  LoadResult loaded = LoadPlanText(m_dropped->text);
  if (!loaded.ok()) {
    m_app.ShowNotice(Notice::Kind::Error, UnreadableText(name, loaded));
    m_dropped.reset();
    return;
  }
  const Plan& plan = m_app.plan();
  bool copy = !plan.lineage.empty() && loaded.plan->lineage == plan.lineage;
  m_dropped->merge_first = copy;
  std::string file = Quoted(FileNameOf(name));
  std::string text_of = copy ? file + " is a copy of the plan you have open. Merge it to bring in what was "
                               "changed in it and keep your own changes, or open it instead of this plan."
                             : file + " is a different plan, not a copy of this one. Open it instead of this "
                               "plan, or add its actions and notes to this one.";
  std::string merge = copy ? "Merge it into this plan" : "Add its actions to this plan…";
  std::vector<std::string> choices = copy ? std::vector<std::string>{merge, "Open it", "Cancel"}
                                          : std::vector<std::string>{"Open it", merge, "Cancel"};
  m_question = Question{Question::Kind::Dropped, "Open " + file + " or merge it?", text_of, choices};
}

bool Keeper::DroppedPath(const std::string& path) {
  if (!HasWork()) return OpenPath(path);
  std::string text, error;
  if (!platform::ReadWholeFile(path, kMaxFileBytes, text, error)) {
    m_app.ShowNotice(Notice::Kind::Error, error + " Your plan was left as it was.");
    return false;
  }
  Dropped(std::move(text), path, path);
  return true;
}

void Keeper::OpenDropped() {
  if (!m_dropped) return;
  DroppedFile file = std::move(*m_dropped);
  m_dropped.reset();
  if (!file.path.empty()) {
    OpenPath(file.path);
    return;
  }
  if (OpenText(file.text, file.name, platform::Arrival::Drop)) platform::KeepArrivedFileFor(m_entry.key);
}

void Keeper::AnswerDropped(std::size_t choice) {
  if (!m_dropped) return;
  bool merge = choice == (m_dropped->merge_first ? 0u : 1u);
  bool open = choice == (m_dropped->merge_first ? 1u : 0u);
  if (open) return OpenDropped();
  DroppedFile file = std::move(*m_dropped);
  m_dropped.reset();
  if (merge) MergeText(file.text, file.name);
}

}  // namespace coplan
