// Loading: parse safely, check the format marker and version, migrate, read, then check that
// ids are unique and that everything an item points to exists.
#include <algorithm>
#include <unordered_set>

#include "json_text.h"
#include "model/sync.h"
#include "migrate.h"
#include "plan_read_items.h"

namespace coplan {
namespace {

template <class T>
void ReadList(Reader& r, const json& v, std::vector<T>& out) {
  if (!v.is_array()) return r.Error("should be a list, but it is " + Describe(v) + ".");
  out.resize(v.size());
  for (std::size_t i = 0; i < v.size(); ++i) {
    Scope scope(r, i);
    ReadItem(r, v[i], out[i]);
  }
}

void ReadSeen(Reader& r, const json& v, VersionVector& seen) {
  if (!v.is_array()) return r.Error("should be a list, but it is " + Describe(v) + ".");
  for (std::size_t i = 0; i < v.size(); ++i) {
    Scope scope(r, i);
    const json& entry = v[i];
    CopySeen c;
    if (!entry.is_object() || !entry.contains("copy") || !entry.contains("counter")) {
      r.Warn("this entry is not a copy and counter; it was left out.");
      continue;
    }
    bool ok = ReadText(r, entry["copy"], c.copy.text) && ReadUInt(r, entry["counter"], c.counter);
    if (auto at = entry.find("at"); at != entry.end()) ok = ok && ReadText(r, *at, c.last_at);
    if (ok && !c.copy.empty()) Observe(seen, c.copy, c.counter, c.last_at);
  }
}

const Handler<Plan> kSyncHandlers[] = {
    {"lineage", [](Reader& r, const json& v, Plan& p) { ReadText(r, v, p.lineage.text); }},
    {"plan", [](Reader& r, const json& v, Plan& p) { ReadMeta(r, v, p.meta); }},
    {"saved_by", [](Reader& r, const json& v, Plan& p) { ReadText(r, v, p.saved_by.text); }},
    {"seen", [](Reader& r, const json& v, Plan& p) { ReadSeen(r, v, p.seen); }},
};

const Handler<PlanSettings> kSettingsHandlers[] = {
    {"making_it_real", [](Reader& r, const json& v, PlanSettings& s) { ReadBool(r, v, s.show_making_it_real); }},
};

const Handler<Vision> kVisionHandlers[] = {
    {"parts", [](Reader& r, const json& v, Vision& x) { ReadList(r, v, x.parts); }},
    {"statement", [](Reader& r, const json& v, Vision& x) { ReadText(r, v, x.statement); }},
};

void Ignore(Reader&, const json&, Plan&) {}

template <class T>
void ReadGroup(Reader& r, const json& v, T& out, std::span<const Handler<T>> handlers, UnknownFields* unknown) {
  if (!v.is_object()) return r.Error("should be a group of fields, but it is " + Describe(v) + ".");
  ReadFields(r, v, out, handlers, unknown);
}

const Handler<Plan> kPlanHandlers[] = {
    {"actions", [](Reader& r, const json& v, Plan& p) { ReadList(r, v, p.actions); }},
    {"changed_at", [](Reader& r, const json& v, Plan& p) { ReadText(r, v, p.changed_at); }},
    {"changes", [](Reader& r, const json& v, Plan& p) { ReadList(r, v, p.changes); }},
    {"created_at", [](Reader& r, const json& v, Plan& p) { ReadText(r, v, p.created_at); }},
    {"description", [](Reader& r, const json& v, Plan& p) { ReadText(r, v, p.description); }},
    {"format", Ignore},
    {"group", [](Reader& r, const json& v, Plan& p) { ReadText(r, v, p.group); }},
    {"links", [](Reader& r, const json& v, Plan& p) { ReadList(r, v, p.links); }},
    {"notes", [](Reader& r, const json& v, Plan& p) { ReadList(r, v, p.notes); }},
    {"people", [](Reader& r, const json& v, Plan& p) { ReadList(r, v, p.people); }},
    {"place", [](Reader& r, const json& v, Plan& p) { ReadText(r, v, p.place); }},
    {"settings", [](Reader& r, const json& v, Plan& p) {
       ReadGroup<PlanSettings>(r, v, p.settings, kSettingsHandlers, &p.settings.unknown); }},
    {"sync", [](Reader& r, const json& v, Plan& p) { ReadGroup<Plan>(r, v, p, kSyncHandlers, nullptr); }},
    {"title", [](Reader& r, const json& v, Plan& p) { ReadText(r, v, p.title); }},
    {"version", Ignore},
    {"vision", [](Reader& r, const json& v, Plan& p) {
       ReadGroup<Vision>(r, v, p.vision, kVisionHandlers, &p.vision.unknown); }},
};

template <class T>
void CheckUnique(Reader& r, const std::vector<T>& items, std::string_view kind) {
  std::unordered_set<std::string_view> seen;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (seen.insert(items[i].id.text).second) continue;
    Scope scope(r, kind);
    Scope index(r, i);
    r.Error("the id \"" + items[i].id.text + "\" is used by another item in " + std::string(kind) + ". Ids must be unique.");
  }
}

template <class T>
std::unordered_set<std::string_view> IdSet(const std::vector<T>& items) {
  std::unordered_set<std::string_view> ids;
  for (const auto& item : items) ids.insert(item.id.text);
  return ids;
}

template <class IdT>
void DropMissing(Reader& r, std::vector<IdT>& refs, const std::unordered_set<std::string_view>& known,
                 std::string_view what) {
  std::erase_if(refs, [&](const IdT& id) {
    if (known.count(id.text)) return false;
    r.Warn("it pointed to " + std::string(what) + " \"" + id.text + "\" that is not in the plan; that was dropped.");
    return true;
  });
}

void CheckReferences(Reader& r, Plan& plan) {
  auto changes = IdSet(plan.changes), parts = IdSet(plan.vision.parts), actions = IdSet(plan.actions);
  for (std::size_t i = 0; i < plan.actions.size(); ++i) {
    Scope scope(r, "actions");
    Scope index(r, i);
    DropMissing(r, plan.actions[i].changes, changes, "a change");
    DropMissing(r, plan.actions[i].vision_parts, parts, "a part of the vision");
  }
  std::size_t i = 0;
  std::erase_if(plan.links, [&](const Link& link) {
    Scope scope(r, "links");
    Scope index(r, i++);
    if (actions.count(link.from.text) && actions.count(link.to.text)) return false;
    r.Warn("this link points to an action that is not in the plan; the link was dropped.");
    return true;
  });
}

// The format marker and version; false if the file cannot be read by this Coplan.
bool CheckHeader(Reader& r, const json& root, int& version) {
  if (!root.is_object()) {
    r.Error("This file is not a Coplan plan: it is " + Describe(root) + ", not a plan.");
    return false;
  }
  auto format = root.find("format");
  if (format == root.end() || !format->is_string() || format->get_ref<const std::string&>() != "coplan") {
    r.Error("This file is not a Coplan plan: it does not say \"format\": \"coplan\".");
    return false;
  }
  auto v = root.find("version");
  if (v == root.end() || !v->is_number_integer() || v->get<std::int64_t>() < 1) {
    r.Error("This file has no version number that Coplan understands (\"version\" should be a whole number like 2).");
    return false;
  }
  if (v->get<std::int64_t>() > kFileVersion) {
    r.Error("This plan was saved by a newer Coplan (file version " + std::to_string(v->get<std::int64_t>()) +
            "). This Coplan reads files up to version " + std::to_string(kFileVersion) +
            ". Please use the newer Coplan, or ask for the plan to be saved for older versions.");
    return false;
  }
  version = static_cast<int>(v->get<std::int64_t>());
  if (!root.contains("title")) r.Error("the required field \"title\" is missing.");
  return !r.Failed();
}

}  // namespace

LoadResult LoadPlanText(std::string_view text) {
  LoadResult result;
  auto root = ParseJsonText(text, result.errors, result.warnings);
  if (!root) return result;
  Reader r(result.errors, result.warnings);
  if (!CheckHeader(r, *root, result.file_version)) return result;
  if (result.file_version < kFileVersion) MigrateToCurrent(*root, result.file_version, result.warnings);
  Plan plan;
  ReadFields<Plan>(r, *root, plan, kPlanHandlers, &plan.unknown);
  CheckUnique(r, plan.vision.parts, "vision.parts");
  CheckUnique(r, plan.changes, "changes");
  CheckUnique(r, plan.actions, "actions");
  CheckUnique(r, plan.notes, "notes");
  CheckUnique(r, plan.links, "links");
  CheckUnique(r, plan.people, "people");
  if (r.Failed()) return result;
  CheckReferences(r, plan);
  if (plan.lineage.empty()) plan.lineage = LineageFromContent(*root);
  result.plan = std::move(plan);
  return result;
}

}  // namespace coplan
