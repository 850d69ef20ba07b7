// Loading: parse safely, check the format marker and version, migrate, read, then check that
// ids are unique and that everything an item points to exists.
#include <algorithm>
#include <unordered_set>

#include "json_text.h"
#include "model/sync.h"
#include "migrate.h"
#include "file_fields.h"
#include "model/fields.h"

namespace coplan {
namespace {

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
bool CheckHeader(Reader& r, const Value& root, int& version) {
  if (!root.IsObject()) {
    r.Error("This file is not a Coplan plan: it is " + Describe(root) + ", not a plan.");
    return false;
  }
  auto format = root.Find("format");
  if (!format || !format->IsString() || format->Str() != "coplan") {
    r.Error("This file is not a Coplan plan: it does not say \"format\": \"coplan\".");
    return false;
  }
  auto v = root.Find("version");
  if (!v || !v->IsInteger() || v->Int() < 1) {
    r.Error("This file has no version number that Coplan understands (\"version\" should be a whole number like 2).");
    return false;
  }
  if (v->Int() > kFileVersion) {
    r.Error("This plan was saved by a newer Coplan (file version " + std::to_string(v->Int()) +
            "). This Coplan reads files up to version " + std::to_string(kFileVersion) +
            ". Please open it with the newer Coplan.");
    return false;
  }
  version = static_cast<int>(v->Int());
  return true;
}

}  // namespace

LoadResult LoadPlanText(std::string_view text) {
  LoadResult result;
  json::Tree doc;
  if (!ParseJsonText(text, doc, result.errors, result.warnings)) return result;
  Value root = doc.Root();
  Reader r(result.errors, result.warnings);
  if (!CheckHeader(r, root, result.file_version)) return result;
  r.file_version = result.file_version;
  Plan plan;
  PlanFields fields;
  PlanIn in{plan, fields};
  ReadObject<PlanFields>(r, root, in);
  SetPlanFields(plan, fields);
  CheckUnique(r, plan.vision.parts, "vision.parts");
  CheckUnique(r, plan.changes, "changes");
  CheckUnique(r, plan.actions, "actions");
  CheckUnique(r, plan.notes, "notes");
  CheckUnique(r, plan.links, "links");
  CheckUnique(r, plan.people, "people");
  if (r.Failed()) return result;
  CheckReferences(r, plan);
  NoteMigration(result.file_version, result.warnings);
  if (plan.lineage.empty()) plan.lineage = LineageFromContent(root);
  result.plan = std::move(plan);
  return result;
}

}  // namespace coplan
