#include "merge.h"

#include <algorithm>
#include <optional>
#include <tuple>
#include <type_traits>
#include <unordered_map>
#include <unordered_set>

#include "fields.h"
#include "sync.h"

namespace coplan {
namespace {

struct Sides {
  const VersionVector& ours_seen;
  const VersionVector& theirs_seen;
  const MergeOptions& options;
  MergeResult& result;
};

bool DotLess(const Dot& a, const Dot& b) {
  return a.counter != b.counter ? a.counter < b.counter : a.copy < b.copy;
}

Side ChoiceFor(const Sides& s, const std::string& key) {
  for (const auto& [k, side] : s.options.choices)
    if (k == key) return side;
  return s.options.default_side;
}

std::string LastAt(const VersionVector& seen, const CopyId& copy) {
  for (const auto& c : seen.copies)
    if (c.copy == copy) return c.last_at;
  return {};
}

template <class T> std::string Label(const T& item);
template <> std::string Label(const Action& x) { return x.title; }
template <> std::string Label(const Change& x) { return x.title; }
template <> std::string Label(const VisionPart& x) { return x.text; }
template <> std::string Label(const Note& x) { return x.text; }
template <> std::string Label(const Link& x) { return x.from.text + " -> " + x.to.text; }
template <> std::string Label(const Person& x) { return x.name; }
template <> std::string Label(const PlanFields& x) { return x.title; }

template <class T>
std::string IdText(const T& item) {
  if constexpr (std::is_same_v<T, PlanFields>) return {};
  else return item.id.text;
}

template <class T>
Conflict MakeConflict(const Sides& s, std::string_view kind, const T& ours, const T& theirs, const FieldDef<T>& f,
                      const Dot& ours_dot, const Dot& theirs_dot) {
  Conflict c;
  c.item_kind = std::string(kind);
  c.item_id = IdText(ours);
  c.label = Label(ours);
  c.field = std::string(f.name);
  c.ours_text = f.text(ours);
  c.theirs_text = f.text(theirs);
  c.ours_by = ours_dot.copy;
  c.theirs_by = theirs_dot.copy;
  c.ours_at = LastAt(s.ours_seen, ours_dot.copy);
  c.theirs_at = LastAt(s.theirs_seen, theirs_dot.copy);
  c.chosen = ChoiceFor(s, c.Key());
  return c;
}

// The newest dot of `item` that the other copy has not seen, if any.
template <class T>
std::optional<Dot> UnseenEdit(const T& item, const VersionVector& other_seen) {
  std::optional<Dot> newest;
  for (const auto& f : FieldsOf<T>()) {
    if (f.name == "deleted") continue;
    const Dot& d = DotOf(item.meta, f.name);
    if (!Covers(other_seen, d) && (!newest || DotLess(*newest, d))) newest = d;
  }
  return newest;
}

// The fields of `item` set by edits the other copy has not seen.
template <class T>
std::string UnseenFields(const T& item, const VersionVector& other_seen) {
  std::string out;
  for (const auto& f : FieldsOf<T>())
    if (f.name != "deleted" && !Covers(other_seen, DotOf(item.meta, f.name)))
      out += (out.empty() ? "" : ", ") + std::string(f.name);
  return out;
}

// A deletion on one side against edits on the other that the deleting copy never saw.
template <class T>
void CheckDeleteEdit(Sides& s, std::string_view kind, const T& ours, const T& theirs, T& out) {
  if (ours.meta.deleted == theirs.meta.deleted || !out.meta.deleted) return;
  bool ours_deleted = ours.meta.deleted;
  const T& keeper = ours_deleted ? theirs : ours;
  const VersionVector& deleter_seen = ours_deleted ? s.ours_seen : s.theirs_seen;
  auto edit = UnseenEdit(keeper, deleter_seen);
  if (!edit) return;
  const FieldDef<T>& f = *FindField<T>("deleted");
  Conflict c = MakeConflict(s, kind, ours, theirs, f, DotOf(ours.meta, "deleted"), DotOf(theirs.meta, "deleted"));
  c.kind = Conflict::Kind::DeletedAndChanged;
  c.label = Label(keeper);
  std::string& keeper_text = ours_deleted ? c.theirs_text : c.ours_text;
  keeper_text = "kept and changed (" + UnseenFields(keeper, deleter_seen) + ")";
  (ours_deleted ? c.theirs_by : c.ours_by) = edit->copy;
  (ours_deleted ? c.theirs_at : c.ours_at) = LastAt(ours_deleted ? s.theirs_seen : s.ours_seen, edit->copy);
  if ((c.chosen == Side::Ours) != ours_deleted) {
    out.meta.deleted = false;
    SetFieldDot(out.meta, "deleted", *edit);  // an edit the deleting copy has not seen, so this sticks
  }
  s.result.conflicts.push_back(std::move(c));
}

UnknownFields MergeUnknown(const UnknownFields& a, const UnknownFields& b) {
  if (a == b || b.empty()) return a;
  if (a.empty()) return b;
  UnknownFields out = a;
  for (const auto& entry : b) {
    auto it = std::find_if(out.begin(), out.end(), [&](const auto& e) { return e.first == entry.first; });
    if (it == out.end()) out.push_back(entry);
    else it->second = std::max(it->second, entry.second);
  }
  std::sort(out.begin(), out.end());
  return out;
}

// Merges one item present in both copies, field by field.
template <class T>
T MergeItem(Sides& s, std::string_view kind, const T& ours, const T& theirs) {
  T out = ours;
  bool deletion_conflicted = false;
  for (const auto& f : FieldsOf<T>()) {
    const Dot& a = DotOf(ours.meta, f.name);
    const Dot& b = DotOf(theirs.meta, f.name);
    bool same_value = f.same(ours, theirs);
    if (a == b && same_value) continue;
    bool theirs_saw_ours = Covers(s.theirs_seen, a), ours_saw_theirs = Covers(s.ours_seen, b);
    Side take;
    if (ours_saw_theirs != theirs_saw_ours) {
      take = ours_saw_theirs ? Side::Ours : Side::Theirs;
    } else if (same_value || ours_saw_theirs) {
      take = DotLess(a, b) ? Side::Theirs : Side::Ours;  // no real disagreement: the newer dot, either way round
    } else {
      Conflict c = MakeConflict(s, kind, ours, theirs, f, a, b);
      take = c.chosen;
      deletion_conflicted = deletion_conflicted || f.name == "deleted";
      s.result.conflicts.push_back(std::move(c));
    }
    if (take == Side::Ours) continue;
    f.copy(out, theirs);
    SetFieldDot(out.meta, f.name, b);
    if (same_value) continue;
    ++s.result.stats.fields_from_theirs;
    if (f.name == "deleted" && theirs.meta.deleted) ++s.result.stats.deleted_from_theirs;
  }
  if (!deletion_conflicted) CheckDeleteEdit(s, kind, ours, theirs, out);
  out.meta.revision = std::max(ours.meta.revision, theirs.meta.revision);
  if (std::tie(ours.meta.changed_at, ours.meta.changed_by) < std::tie(theirs.meta.changed_at, theirs.meta.changed_by)) {
    out.meta.changed_at = theirs.meta.changed_at;
    out.meta.changed_by = theirs.meta.changed_by;
  }
  out.meta.unknown = MergeUnknown(ours.meta.unknown, theirs.meta.unknown);
  return out;
}

// The union of both lists in an order that does not depend on which side is "ours": common items
// in their shared order, items only one side has after their predecessor, ties by id.
template <class T>
std::vector<T> MergeList(Sides& s, std::string_view kind, const std::vector<T>& ours, const std::vector<T>& theirs) {
  using IdT = decltype(T::id);
  std::vector<T> out;
  out.reserve(std::max(ours.size(), theirs.size()));
  // Copies of one plan usually share their first items in the same order: merge those directly.
  std::size_t i = 0, j = 0;
  while (i < ours.size() && j < theirs.size() && ours[i].id == theirs[j].id)
    out.push_back(MergeItem(s, kind, ours[i++], theirs[j++]));
  std::unordered_map<IdT, std::size_t> in_ours, in_theirs;
  for (std::size_t k = i; k < ours.size(); ++k) in_ours.emplace(ours[k].id, k);
  for (std::size_t k = j; k < theirs.size(); ++k) in_theirs.emplace(theirs[k].id, k);
  std::unordered_set<IdT> done;
  auto emit = [&](const IdT& id) {
    if (!done.insert(id).second) return;
    auto a = in_ours.find(id), b = in_theirs.find(id);
    if (a != in_ours.end() && b != in_theirs.end()) {
      out.push_back(MergeItem(s, kind, ours[a->second], theirs[b->second]));
    } else if (a != in_ours.end()) {
      out.push_back(ours[a->second]);
    } else {
      out.push_back(theirs[b->second]);
      ++s.result.stats.items_from_theirs;
      if constexpr (std::is_same_v<T, Action>) s.result.stats.actions_from_theirs += !theirs[b->second].meta.deleted;
    }
  };
  while (i < ours.size() || j < theirs.size()) {
    while (i < ours.size() && done.count(ours[i].id)) ++i;
    while (j < theirs.size() && done.count(theirs[j].id)) ++j;
    if (i == ours.size() && j == theirs.size()) break;
    if (i == ours.size()) { emit(theirs[j].id); continue; }
    if (j == theirs.size()) { emit(ours[i].id); continue; }
    const IdT& a = ours[i].id;
    const IdT& b = theirs[j].id;
    if (a == b) { emit(a); continue; }
    bool a_only = !in_theirs.count(a), b_only = !in_ours.count(b);
    if (a_only != b_only) emit(a_only ? a : b);
    else emit(a < b ? a : b);
  }
  return out;
}

// Deleting an action deletes its links in the same edit. When the merge keeps an action that one
// copy deleted (the other copy changed it), the links that copy deleted with it come back too. A
// link deleted on its own, or in both copies, stays deleted, and so does one whose deletion was a
// conflict of its own.
void RestoreLinksOfKeptActions(const Plan& ours, const Plan& theirs, const std::vector<Conflict>& conflicts,
                               Plan& merged) {
  std::unordered_map<ActionId, const Action*> live;
  for (const Action& a : merged.actions)
    if (!a.meta.deleted) live.emplace(a.id, &a);
  const Plan* sides[] = {&ours, &theirs};
  std::unordered_map<ActionId, Dot> deleted_with[2];  // per copy: kept actions -> the edit that deleted them
  std::unordered_map<LinkId, const Link*> gone[2];    // per copy: its deleted links
  for (int i = 0; i < 2; ++i)
    for (const Action& a : sides[i]->actions)
      if (a.meta.deleted && live.count(a.id)) deleted_with[i].emplace(a.id, DotOf(a.meta, "deleted"));
  if (deleted_with[0].empty() && deleted_with[1].empty()) return;
  for (int i = 0; i < 2; ++i)
    for (const Link& l : sides[i]->links)
      if (l.meta.deleted) gone[i].emplace(l.id, &l);
  std::unordered_set<std::string> decided;
  for (const Conflict& c : conflicts)
    if (c.item_kind == "link" && c.field == "deleted") decided.insert(c.item_id);
  for (Link& link : merged.links) {
    if (!link.meta.deleted || decided.count(link.id.text) || !live.count(link.from) || !live.count(link.to)) continue;
    auto a = gone[0].find(link.id), b = gone[1].find(link.id);
    if ((a != gone[0].end()) == (b != gone[1].end())) continue;  // deleted in both copies (or in neither)
    int i = a != gone[0].end() ? 0 : 1;
    const Dot& deletion = DotOf((i == 0 ? a : b)->second->meta, "deleted");
    for (const ActionId& end : {link.from, link.to}) {
      auto with = deleted_with[i].find(end);
      if (with == deleted_with[i].end() || !(with->second == deletion)) continue;
      link.meta.deleted = false;
      SetFieldDot(link.meta, "deleted", DotOf(live[end]->meta, "deleted"));  // the edit that kept the action
      break;
    }
  }
}

}  // namespace

MergeResult MergePlans(const Plan& ours, const Plan& theirs, const MergeOptions& options) {
  MergeResult result;
  result.related = !ours.lineage.empty() && ours.lineage == theirs.lineage;
  if (!result.related) {
    result.merged = ours;
    return result;
  }
  Sides s{ours.seen, theirs.seen, options, result};
  Plan merged;
  PlanFields fields = MergeItem(s, "plan", GetPlanFields(ours), GetPlanFields(theirs));
  merged.vision.parts = MergeList(s, "part of the vision", ours.vision.parts, theirs.vision.parts);
  merged.changes = MergeList(s, "change", ours.changes, theirs.changes);
  merged.actions = MergeList(s, "action", ours.actions, theirs.actions);
  merged.notes = MergeList(s, "note", ours.notes, theirs.notes);
  merged.links = MergeList(s, "link", ours.links, theirs.links);
  merged.people = MergeList(s, "person", ours.people, theirs.people);
  RestoreLinksOfKeptActions(ours, theirs, result.conflicts, merged);
  SetPlanFields(merged, fields);
  merged.vision.unknown = MergeUnknown(ours.vision.unknown, theirs.vision.unknown);
  merged.settings.unknown = MergeUnknown(ours.settings.unknown, theirs.settings.unknown);
  merged.unknown = MergeUnknown(ours.unknown, theirs.unknown);
  merged.lineage = ours.lineage;
  merged.created_at = std::min(ours.created_at, theirs.created_at);
  merged.changed_at = std::max(ours.changed_at, theirs.changed_at);
  merged.seen = MergeSeen(ours.seen, theirs.seen);
  merged.saved_by = ours.saved_by;
  result.merged = std::move(merged);
  return result;
}

}  // namespace coplan
