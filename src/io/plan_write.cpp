// Saving: the plan as text in the current format, in a fixed order so saves are byte-stable.
#include "json_value.h"
#include "json_writer.h"
#include "plan_file.h"
#include "model/words.h"

namespace coplan {
namespace {

std::string DotText(const Dot& dot) { return dot.copy.text + ":" + std::to_string(dot.counter); }

// A value kept from a newer Coplan, written back with the same layout as everything else.
void WriteValue(JsonWriter& w, const json::Value& v) {
  switch (v.kind()) {
    case json::Kind::Null: w.Raw("null"); break;
    case json::Kind::Bool: w.Bool(v.Bool()); break;
    case json::Kind::Number: w.Raw(v.Str()); break;
    case json::Kind::String: w.String(v.Str()); break;
    case json::Kind::Array:
      w.BeginArray();
      for (std::size_t i = 0; i < v.Size(); ++i) WriteValue(w, v[i]);
      w.EndArray();
      break;
    case json::Kind::Object:
      w.BeginObject();
      v.ForEachMember([&](std::string_view key, const json::Value& member) {
        w.Key(key);
        WriteValue(w, member);
      });
      w.EndObject();
      break;
  }
}

void WriteUnknown(JsonWriter& w, const UnknownFields& unknown) {
  for (const auto& [key, raw] : unknown) {
    w.Key(key);
    json::Doc doc;
    std::vector<Problem> ignored;
    if (doc.Parse(raw, ignored, ignored)) WriteValue(w, doc.Root());
    else w.Raw("null");
  }
}

void Text(JsonWriter& w, std::string_view key, const std::string& value, bool always = false) {
  if (value.empty() && !always) return;
  w.Key(key);
  w.String(value);
}

void Flag(JsonWriter& w, std::string_view key, bool value) {
  if (!value) return;
  w.Key(key);
  w.Bool(true);
}

template <class Items, class Fn>
void List(JsonWriter& w, std::string_view key, const Items& items, Fn each, bool always = false) {
  if (items.empty() && !always) return;
  w.Key(key);
  w.BeginArray();
  for (const auto& item : items) each(item);
  w.EndArray();
}

void Strings(JsonWriter& w, std::string_view key, const std::vector<std::string>& items) {
  List(w, key, items, [&](const std::string& s) { w.String(s); });
}

template <class IdT>
void Ids(JsonWriter& w, std::string_view key, const std::vector<IdT>& ids, bool always = false) {
  List(w, key, ids, [&](const IdT& id) { w.String(id.text); }, always);
}

void Position(JsonWriter& w, Point p) {
  w.Key("position");
  w.BeginObject();
  w.Key("x");
  w.Float(p.x);
  w.Key("y");
  w.Float(p.y);
  w.EndObject();
}

void SyncObject(JsonWriter& w, const ItemMeta& meta) {
  w.BeginObject();
  w.Key("rev");
  w.UInt(meta.revision);
  Text(w, "at", meta.changed_at);
  Text(w, "by", meta.changed_by.text);
  if (!meta.created.empty()) Text(w, "created", DotText(meta.created));
  if (!meta.dots.empty()) {
    w.Key("dots");
    w.BeginObject();
    for (const auto& d : meta.dots) Text(w, d.field, DotText(d.dot), true);
    w.EndObject();
  }
  w.EndObject();
}

// Every item ends the same way: tombstone flag, bookkeeping, then fields from newer Coplans.
void Tail(JsonWriter& w, const ItemMeta& meta) {
  Flag(w, "deleted", meta.deleted);
  w.Key("sync");
  SyncObject(w, meta);
  WriteUnknown(w, meta.unknown);
  w.EndObject();
}

void Write(JsonWriter& w, const VisionPart& p) {
  w.BeginObject();
  Text(w, "id", p.id.text, true);
  Text(w, "text", p.text, true);
  Tail(w, p.meta);
}

void Write(JsonWriter& w, const Change& c) {
  w.BeginObject();
  Text(w, "id", c.id.text, true);
  Text(w, "title", c.title, true);
  Text(w, "description", c.description);
  w.Key("is_key_change");
  w.Bool(c.is_key_change);
  Tail(w, c.meta);
}

void WriteNeeds(JsonWriter& w, const Needs& n) {
  if (n.money.empty() && n.time.empty() && n.people.empty() && n.places.empty()) return;
  w.Key("needs");
  w.BeginObject();
  Text(w, "money", n.money);
  Text(w, "time", n.time);
  Text(w, "people", n.people);
  Text(w, "places", n.places);
  w.EndObject();
}

void Write(JsonWriter& w, const Action& a) {
  w.BeginObject();
  Text(w, "id", a.id.text, true);
  Text(w, "title", a.title, true);
  Text(w, "description", a.description);
  Ids(w, "changes", a.changes, true);
  Ids(w, "vision_parts", a.vision_parts);
  Text(w, "lead", a.lead);
  Flag(w, "lead_has_lived_experience", a.lead_has_lived_experience);
  Strings(w, "involved", a.involved);
  w.Key("involvement");
  w.String(Word(a.involvement));
  w.Key("when");
  w.String(Word(a.when));
  Text(w, "start_date", a.start_date);
  Text(w, "due_date", a.due_date);
  w.Key("status");
  w.String(Word(a.status));
  WriteNeeds(w, a.needs);
  Strings(w, "how_we_will_know", a.how_we_will_know);
  Text(w, "notes", a.notes);
  Strings(w, "tags", a.tags);
  if (HasPosition(a)) Position(w, a.position);
  Text(w, "colour", a.colour);
  Tail(w, a.meta);
}

void Write(JsonWriter& w, const Note& n) {
  w.BeginObject();
  Text(w, "id", n.id.text, true);
  w.Key("kind");
  w.String(Word(n.kind));
  Text(w, "text", n.text, true);
  Position(w, n.position);
  Text(w, "colour", n.colour);
  Tail(w, n.meta);
}

void Write(JsonWriter& w, const Link& l) {
  w.BeginObject();
  Text(w, "id", l.id.text, true);
  Text(w, "from", l.from.text, true);
  Text(w, "to", l.to.text, true);
  w.Key("kind");
  w.String(Word(l.kind));
  Tail(w, l.meta);
}

void Write(JsonWriter& w, const Person& p) {
  w.BeginObject();
  Text(w, "id", p.id.text, true);
  Text(w, "name", p.name, true);
  w.Key("role");
  w.String(Word(p.role));
  w.Key("agrees_to_be_named");
  w.Bool(p.agrees_to_be_named);
  Tail(w, p.meta);
}

template <class T>
void Items(JsonWriter& w, std::string_view key, const std::vector<T>& items) {
  List(w, key, items, [&](const T& item) { Write(w, item); }, true);
}

void WriteVision(JsonWriter& w, const Vision& v) {
  w.Key("vision");
  w.BeginObject();
  Text(w, "statement", v.statement, true);
  Items(w, "parts", v.parts);
  WriteUnknown(w, v.unknown);
  w.EndObject();
}

void WriteSettings(JsonWriter& w, const PlanSettings& s) {
  w.Key("settings");
  w.BeginObject();
  w.Key("making_it_real");
  w.Bool(s.show_making_it_real);
  WriteUnknown(w, s.unknown);
  w.EndObject();
}

void WritePlanSync(JsonWriter& w, const Plan& plan) {
  w.Key("sync");
  w.BeginObject();
  Text(w, "lineage", plan.lineage.text, true);
  Text(w, "saved_by", plan.saved_by.text);
  List(w, "seen", plan.seen.copies, [&](const CopySeen& c) {
    w.BeginObject();
    Text(w, "copy", c.copy.text, true);
    w.Key("counter");
    w.UInt(c.counter);
    Text(w, "at", c.last_at);
    w.EndObject();
  }, true);
  w.Key("plan");
  SyncObject(w, plan.meta);
  w.EndObject();
}

}  // namespace

std::string SavePlanText(const Plan& plan) {
  JsonWriter w;
  w.Reserve(8192 + plan.actions.size() * 1600 + plan.notes.size() * 400 + plan.links.size() * 300 +
            plan.people.size() * 300);
  w.BeginObject();
  Text(w, "format", "coplan", true);
  w.Key("version");
  w.Int(kFileVersion);
  Text(w, "title", plan.title, true);
  Text(w, "place", plan.place);
  Text(w, "group", plan.group);
  Text(w, "description", plan.description);
  Text(w, "created_at", plan.created_at);
  Text(w, "changed_at", plan.changed_at);
  WriteSettings(w, plan.settings);
  WriteVision(w, plan.vision);
  Items(w, "changes", plan.changes);
  Items(w, "actions", plan.actions);
  Items(w, "notes", plan.notes);
  Items(w, "links", plan.links);
  Items(w, "people", plan.people);
  WritePlanSync(w, plan);
  WriteUnknown(w, plan.unknown);
  w.EndObject();
  return w.Take();
}

}  // namespace coplan
