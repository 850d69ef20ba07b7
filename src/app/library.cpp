#include "app/library.h"

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <memory>

#include "io/json_tree.h"
#include "io/json_writer.h"
#include "io/plan_file.h"
#include "model/queries.h"
#include "model/sync.h"

namespace coplan {
namespace {

std::string Text(const json::Value& object, std::string_view key) {
  auto v = object.Find(key);
  return v && v->IsString() ? std::string(v->Str()) : std::string();
}

bool Flag(const json::Value& object, std::string_view key) {
  auto v = object.Find(key);
  return v && v->IsBool() && v->Bool();
}

bool Parse(std::string_view text, json::Tree& doc) {
  std::vector<Problem> errors, warnings;
  return doc.Parse(text, errors, warnings) && doc.Root().IsObject();
}

void WriteText(JsonWriter& w, std::string_view key, std::string_view value) {
  w.Key(key);
  w.String(value);
}

VersionInfo ReadVersion(const json::Value& v) {
  VersionInfo version{Text(v, "key"), Text(v, "at"), Text(v, "why"), Text(v, "title"), 0, Text(v, "hash")};
  if (auto n = v.Find("actions"); n && n->IsUnsigned()) version.actions = static_cast<std::uint32_t>(n->UInt());
  return version;
}

// What a rebuilt entry can learn from a plan's text.
PlanInfo InfoFromText(const std::string& key, std::string_view text) {
  PlanInfo info;
  info.key = key;
  LoadResult loaded = LoadPlanText(text);
  if (!loaded.ok()) {
    info.title = "A plan that could not be read";
    return info;
  }
  info.title = Shortened(loaded.plan->title);
  info.place = Shortened(loaded.plan->place);
  info.changed_at = loaded.plan->changed_at;
  info.lineage = loaded.plan->lineage.text;
  info.unsaved = true;  // nobody can say whether it was saved to a file
  return info;
}

std::uint32_t CountActions(std::string_view text) {
  LoadResult loaded = LoadPlanText(text);
  return loaded.ok() ? static_cast<std::uint32_t>(LiveActions(*loaded.plan).size()) : 0;
}

}  // namespace

std::string Shortened(const std::string& text, std::size_t bytes) {
  if (text.size() <= bytes) return text;
  std::size_t end = bytes;
  while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
  return text.substr(0, end) + "…";
}

std::string TextHash(std::string_view text) {
  std::uint64_t h = 1469598103934665603ull;
  for (unsigned char c : text) h = (h ^ c) * 1099511628211ull;
  static const char* hex = "0123456789abcdef";
  std::string out(16, '0');
  for (int i = 15; i >= 0; --i, h >>= 4) out[static_cast<std::size_t>(i)] = hex[h & 15];
  return out;
}

std::string FriendlyTime(const std::string& iso) {
  std::tm utc{};
  if (std::sscanf(iso.c_str(), "%d-%d-%dT%d:%d:%d", &utc.tm_year, &utc.tm_mon, &utc.tm_mday, &utc.tm_hour,
                  &utc.tm_min, &utc.tm_sec) < 5)
    return "at an unknown time";
  utc.tm_year -= 1900;
  utc.tm_mon -= 1;
  std::time_t when = timegm(&utc);
  std::time_t now = std::time(nullptr);
  std::tm local{}, today{};
  localtime_r(&when, &local);
  localtime_r(&now, &today);
  char clock[16];
  std::strftime(clock, sizeof clock, "%H:%M", &local);
  std::time_t yesterday_time = now - 24 * 3600;
  std::tm yesterday{};
  localtime_r(&yesterday_time, &yesterday);
  auto same_day = [](const std::tm& a, const std::tm& b) { return a.tm_year == b.tm_year && a.tm_yday == b.tm_yday; };
  if (same_day(local, today)) return std::string("today at ") + clock;
  if (same_day(local, yesterday)) return std::string("yesterday at ") + clock;
  static const char* months[] = {"January", "February", "March",     "April",   "May",      "June",
                                 "July",    "August",   "September", "October", "November", "December"};
  return std::to_string(local.tm_mday) + " " + months[local.tm_mon] + " " + std::to_string(local.tm_year + 1900) +
         " at " + clock;
}

void Library::Load(std::function<void(bool, std::string)> done) {
  m_store->Read({"index", "settings"}, [this, done](const platform::StoreReply& reply) {
    if (!reply.ok) {
      done(false, reply.error);
      return;
    }
    // Which plan was being opened when Coplan last stopped is what the store says; a file opened
    // while it was read marked itself in memory, and the keeper marks it again once loaded.
    m_settings.opening.clear();
    bool has_index = false;
    for (const auto& [key, value] : reply.values) {
      if (key == "settings") ReadSettings(value);
      if (key == "index") has_index = ReadIndex(value);
    }
    if (has_index) FindMissing(done);
    else Rebuild(done);
  });
}

// Plans that are kept but not in the index (two tabs each wrote their own index) are put back.
void Library::FindMissing(std::function<void(bool, std::string)> done) {
  m_store->List("plan/", [this, done](const platform::StoreReply& listed) {
    std::vector<std::string> missing;
    for (const auto& entry : listed.values)
      if (!Find(entry.first)) missing.push_back(entry.first);
    if (!listed.ok || missing.empty()) {
      FinishLoad(done);
      return;
    }
    m_store->Read(missing, [this, done](const platform::StoreReply& read) {
      for (const auto& [key, text] : read.values) m_plans.push_back(InfoFromText(key, text));
      m_found = read.values.size();
      FinishLoad(done);
    });
  });
}

void Library::Rebuild(std::function<void(bool, std::string)> done) {
  m_store->List("", [this, done](const platform::StoreReply& listed) {
    if (!listed.ok) {
      done(false, listed.error);
      return;
    }
    std::vector<std::string> keys;
    for (const auto& entry : listed.values)
      if (entry.first.rfind("plan/", 0) == 0 || entry.first.rfind("version/", 0) == 0) keys.push_back(entry.first);
    if (keys.empty()) {
      FinishLoad(done);
      return;
    }
    m_store->Read(keys, [this, done](const platform::StoreReply& read) {
      m_plans.clear();
      for (const auto& [key, text] : read.values)
        if (key.rfind("plan/", 0) == 0) m_plans.push_back(InfoFromText(key, text));
      for (const auto& [key, text] : read.values) {
        if (key.rfind("version/", 0) != 0) continue;
        std::string plan_key = "plan/" + key.substr(8, key.rfind('/') - 8);
        PlanInfo* plan = FindMutable(plan_key);
        if (!plan) continue;  // a version of a plan that is gone
        PlanInfo from = InfoFromText(key, text);
        plan->versions.push_back({key, from.changed_at, "Found again", from.title, CountActions(text), TextHash(text)});
      }
      for (PlanInfo& plan : m_plans)
        std::sort(plan.versions.begin(), plan.versions.end(),
                  [](const VersionInfo& a, const VersionInfo& b) { return a.at < b.at; });
      m_rebuilt = m_plans.size();
      FinishLoad(done);
    });
  });
}

void Library::FinishLoad(std::function<void(bool, std::string)> done) {
  m_loaded = true;
  m_removals = PurgeBin();
  done(true, "");
}

std::vector<std::string> Library::PurgeBin() {
  std::vector<std::string> removals;
  for (const PlanInfo& plan : m_plans) {
    if (plan.deleted_at.empty()) continue;
    removals.push_back(plan.key);
    for (const VersionInfo& v : plan.versions) removals.push_back(v.key);
  }
  std::erase_if(m_plans, [](const PlanInfo& p) { return !p.deleted_at.empty(); });
  return removals;
}

std::vector<const PlanInfo*> Library::Plans(bool with_bin) const {
  std::vector<const PlanInfo*> out;
  for (const PlanInfo& plan : m_plans)
    if (with_bin || plan.deleted_at.empty()) out.push_back(&plan);
  std::stable_sort(out.begin(), out.end(), [](const PlanInfo* a, const PlanInfo* b) { return a->changed_at > b->changed_at; });
  return out;
}

const PlanInfo* Library::Find(const std::string& key) const {
  for (const PlanInfo& plan : m_plans)
    if (plan.key == key) return &plan;
  return nullptr;
}

PlanInfo* Library::FindMutable(const std::string& key) { return const_cast<PlanInfo*>(Find(key)); }

void Library::Keep(const PlanInfo& info, const std::string& text, const std::string& why, std::uint32_t actions,
                   IdMaker& ids, Done done) {
  PlanInfo* entry = FindMutable(info.key);
  if (!entry) entry = &m_plans.emplace_back(info);
  std::vector<VersionInfo> versions = std::move(entry->versions);
  *entry = info;
  entry->versions = std::move(versions);
  entry->title = Shortened(info.title);
  entry->place = Shortened(info.place);
  std::vector<platform::StoreEntry> puts = {{info.key, text}};
  std::string hash = why.empty() ? std::string() : TextHash(text);
  if (!why.empty() && (entry->versions.empty() || entry->versions.back().hash != hash)) {
    std::string version_key = "version/" + info.key.substr(5) + "/" + ids.NewText();
    entry->versions.push_back({version_key, NowUtc(), why, entry->title, actions, hash});
    puts.emplace_back(version_key, text);
    while (entry->versions.size() > kMaxVersions) {
      m_removals.push_back(entry->versions.front().key);
      entry->versions.erase(entry->versions.begin());
    }
  }
  puts.emplace_back("index", IndexText());
  puts.emplace_back("settings", SettingsText());
  std::vector<std::string> removals;
  removals.swap(m_removals);
  m_store->Write(std::move(puts), std::move(removals), std::move(done));
}

void Library::SaveIndex(Done done) {
  std::vector<std::string> removals;
  removals.swap(m_removals);
  m_store->Write({{"index", IndexText()}, {"settings", SettingsText()}}, std::move(removals), std::move(done));
}

void Library::ReadText(const std::string& key, TextDone done) {
  m_store->Read({key}, [key, done](const platform::StoreReply& reply) {
    if (!reply.ok) done(false, "", reply.error);
    else if (reply.values.empty()) done(false, "", "it is no longer there");
    else done(true, reply.values.front().second, "");
  });
}

void Library::MoveToBin(const std::string& key, const std::string& now) {
  if (PlanInfo* plan = FindMutable(key)) plan->deleted_at = now;
}

void Library::TakeFromBin(const std::string& key) {
  if (PlanInfo* plan = FindMutable(key)) plan->deleted_at.clear();
}

void Library::AddRecentFile(const std::string& path) {
  auto& recent = m_settings.recent_files;
  std::erase(recent, path);
  recent.insert(recent.begin(), path);
  if (recent.size() > kMaxRecentFiles) recent.resize(kMaxRecentFiles);
}

std::string Library::IndexText() const {
  JsonWriter w;
  w.BeginObject();
  WriteText(w, "format", "coplan-library");
  w.Key("version");
  w.UInt(1);
  w.Key("plans");
  w.BeginArray();
  for (const PlanInfo& plan : m_plans) {
    w.BeginObject();
    WriteText(w, "key", plan.key);
    WriteText(w, "title", plan.title);
    WriteText(w, "place", plan.place);
    WriteText(w, "changed_at", plan.changed_at);
    WriteText(w, "file", plan.file);
    WriteText(w, "lineage", plan.lineage);
    w.Key("unsaved");
    w.Bool(plan.unsaved);
    WriteText(w, "deleted_at", plan.deleted_at);
    w.Key("versions");
    w.BeginArray();
    for (const VersionInfo& v : plan.versions) {
      w.BeginObject();
      WriteText(w, "key", v.key);
      WriteText(w, "at", v.at);
      WriteText(w, "why", v.why);
      WriteText(w, "title", v.title);
      w.Key("actions");
      w.UInt(v.actions);
      WriteText(w, "hash", v.hash);
      w.EndObject();
    }
    w.EndArray();
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  return w.Take();
}

bool Library::ReadIndex(std::string_view text) {
  json::Tree doc;
  if (!Parse(text, doc) || Text(doc.Root(), "format") != "coplan-library") return false;
  auto plans = doc.Root().Find("plans");
  if (!plans || !plans->IsArray()) return false;
  m_plans.clear();
  for (std::size_t i = 0; i < plans->Size(); ++i) {
    json::Value p = (*plans)[i];
    PlanInfo plan{Text(p, "key"),     Text(p, "title"),   Text(p, "place"),      Text(p, "changed_at"),
                  Text(p, "file"),    Text(p, "lineage"), Flag(p, "unsaved"), Text(p, "deleted_at"), {}};
    if (plan.key.rfind("plan/", 0) != 0 || Find(plan.key)) continue;
    if (auto versions = p.Find("versions"); versions && versions->IsArray())
      for (std::size_t j = 0; j < versions->Size(); ++j) plan.versions.push_back(ReadVersion((*versions)[j]));
    m_plans.push_back(std::move(plan));
  }
  return true;
}

std::string Library::SettingsText() const {
  JsonWriter w;
  w.BeginObject();
  WriteText(w, "copy_id", m_settings.copy_id);
  WriteText(w, "last_plan", m_settings.last_plan);
  WriteText(w, "opening", m_settings.opening);
  w.Key("recent_files");
  w.BeginArray();
  for (const std::string& path : m_settings.recent_files) w.String(path);
  w.EndArray();
  w.EndObject();
  return w.Take();
}

void Library::ReadSettings(std::string_view text) {
  json::Tree doc;
  if (!Parse(text, doc)) return;
  m_settings.copy_id = Text(doc.Root(), "copy_id");
  m_settings.last_plan = Text(doc.Root(), "last_plan");
  m_settings.opening = Text(doc.Root(), "opening");
  m_settings.recent_files.clear();
  if (auto recent = doc.Root().Find("recent_files"); recent && recent->IsArray())
    for (std::size_t i = 0; i < recent->Size(); ++i)
      if ((*recent)[i].IsString()) m_settings.recent_files.emplace_back((*recent)[i].Str());
}

}  // namespace coplan
