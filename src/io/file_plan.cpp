// What a file has for the plan beside its own fields: the format marker and version, times, the
// lists of items, and the merge bookkeeping of the whole plan.
#include "file_engine.h"
#include "model/sync.h"

namespace coplan {
namespace {

void Skip(Reader&, const Value&, PlanIn&) {}  // checked before reading (plan_read.cpp)
void WriteFormat(JsonWriter& w, const PlanOut&) { w.String("coplan"); }
void WriteVersion(JsonWriter& w, const PlanOut&) { w.Int(kFileVersion); }

// A text of the Plan itself (not one of its merged fields).
template <auto Member>
constexpr FileField<PlanFields> PlanText(std::string_view name) {
  return {name, Keep::IfSet,
          [](Reader& r, const Value& v, PlanIn& p) {
            if (ReadText(r, v, p.plan.*Member)) FitsIn(r, p.plan.*Member, kMaxShortText, "time it was made or changed");
          },
          [](JsonWriter& w, const PlanOut& p) { w.String(p.plan.*Member); },
          [](const PlanOut& p) { return !(p.plan.*Member).empty(); }};
}

// A list of items of at most Max, always written.
template <std::size_t Max, auto... Path>
constexpr FileField<PlanFields> Items(std::string_view name) {
  return {name, Keep::Always,
          [](Reader& r, const Value& v, PlanIn& p) {
            auto& items = Member<Path...>(p.plan);
            using T = typename std::remove_cvref_t<decltype(items)>::value_type;
            if (!v.IsArray()) return r.Error("should be a list, but it is " + Describe(v) + ".");
            if (v.Size() > Max)
              return r.Error("The plan has " + Thousands(v.Size()) + " " + std::string(Kind<T>::plural) +
                             "; Coplan opens up to " + Thousands(Max) + ".");
            items.resize(v.Size());
            for (std::size_t i = 0; i < v.Size(); ++i) {
              Scope scope(r, i);
              ItemScope item(r, Kind<T>::counted, i);
              ReadObject<T>(r, v[i], items[i]);
            }
          },
          [](JsonWriter& w, const PlanOut& p) {
            const auto& items = Member<Path...>(p.plan);
            using T = typename std::remove_cvref_t<decltype(items)>::value_type;
            w.BeginArray();
            for (const T& item : items) WriteObject<T>(w, item);
            w.EndArray();
          }};
}

// Bookkeeping that is damaged is repaired with a warning: it must never stop a plan opening.
void ReadLineage(Reader& r, const Value& v, PlanIn& p) {
  if (!v.IsString()) r.Warn("should be text, but it is " + Describe(v) + "; a lineage was made from the plan's content.");
  else if (v.Str().size() > kMaxShortText) r.Warn("is far too long; a lineage was made from the plan's content.");
  else p.plan.lineage.text = v.Str();
}
void WriteLineage(JsonWriter& w, const PlanOut& p) { w.String(p.plan.lineage.text); }

void ReadSavedBy(Reader& r, const Value& v, PlanIn& p) {
  if (!v.IsString()) r.Warn("should be text, but it is " + Describe(v) + "; it was left out.");
  else if (v.Str().size() > kMaxShortText) r.Warn("is far too long for a copy id; it was left out.");
  else p.plan.saved_by.text = v.Str();
}
void WriteSavedBy(JsonWriter& w, const PlanOut& p) { w.String(p.plan.saved_by.text); }
bool SavedBySet(const PlanOut& p) { return !p.plan.saved_by.empty(); }

void ReadSeen(Reader& r, const Value& v, PlanIn& p) {
  if (!v.IsArray()) return r.Warn("should be a list, but it is " + Describe(v) + "; it was left out.");
  for (std::size_t i = 0; i < v.Size(); ++i) {
    Scope scope(r, i);
    Value entry = v[i];
    auto copy = entry.IsObject() ? entry.Find("copy") : std::nullopt;
    auto counter = entry.IsObject() ? entry.Find("counter") : std::nullopt;
    if (!copy || !counter) {
      r.Warn("this entry is not a copy and counter; it was left out.");
      continue;
    }
    auto at = entry.Find("at");
    if (!copy->IsString() || copy->Str().empty() || !counter->IsUnsigned() || (at && !at->IsString()) ||
        copy->Str().size() > kMaxShortText || (at && at->Str().size() > kMaxShortText)) {
      r.Warn("this entry is not a copy id and a whole-number counter; it was left out.");
      continue;
    }
    Observe(p.plan.seen, CopyId{std::string(copy->Str())}, counter->UInt(), at ? at->Str() : std::string_view());
  }
}

void WriteSeen(JsonWriter& w, const PlanOut& p) {
  w.BeginArray();
  for (const CopySeen& c : p.plan.seen.copies) {
    w.BeginObject();
    w.Key("copy");
    w.String(c.copy.text);
    w.Key("counter");
    w.UInt(c.counter);
    if (!c.last_at.empty()) {
      w.Key("at");
      w.String(c.last_at);
    }
    w.EndObject();
  }
  w.EndArray();
}

void ReadPlanMeta(Reader& r, const Value& v, PlanIn& p) { ReadMeta(r, v, p.fields.meta); }
void WritePlanMeta(JsonWriter& w, const PlanOut& p) { WriteMeta(w, p.fields.meta); }

UnknownFields* VisionUnknown(PlanIn& p) { return &p.plan.vision.unknown; }
const UnknownFields* VisionUnknownOut(const PlanOut& p) { return &p.plan.vision.unknown; }

}  // namespace

template <>
struct FileKind<PlanFields> {
  static constexpr FileField<PlanFields> extras[] = {
      {"format", Keep::Always, Skip, WriteFormat},
      {"version", Keep::Always, Skip, WriteVersion},
      PlanText<&Plan::created_at>("created_at"),
      PlanText<&Plan::changed_at>("changed_at"),
      Items<kMaxVisionParts, &Plan::vision, &Vision::parts>("vision.parts"),
      Items<kMaxChanges, &Plan::changes>("changes"),
      Items<kMaxActions, &Plan::actions>("actions"),
      Items<kMaxNotes, &Plan::notes>("notes"),
      Items<kMaxLinks, &Plan::links>("links"),
      Items<kMaxPeople, &Plan::people>("people"),
      {"sync.lineage", Keep::Always, ReadLineage, WriteLineage},
      {"sync.saved_by", Keep::IfSet, ReadSavedBy, WriteSavedBy, SavedBySet},
      {"sync.seen", Keep::Always, ReadSeen, WriteSeen},
      {"sync.plan", Keep::Always, ReadPlanMeta, WritePlanMeta},
  };
  // "*" is the plan's title, place, group and description (and any new field of the plan).
  static constexpr std::string_view order[] = {
      "format",  "version", "*",     "created_at", "changed_at",   "settings",      "vision.statement",
      "vision.parts", "changes", "actions", "notes", "links", "people", "sync.lineage", "sync.saved_by",
      "sync.seen", "sync.plan"};
  static constexpr std::array groups{FileGroup<PlanFields>{"vision", false, VisionUnknown, VisionUnknownOut},
                                     FileGroup<PlanFields>{"sync", true}};
  static UnknownFields* Unknown(PlanIn& p) { return &p.plan.unknown; }
  static const UnknownFields& Unknown(const PlanOut& p) { return p.plan.unknown; }
};

COPLAN_FILE_KIND_TEMPLATES(, PlanFields);

}  // namespace coplan
