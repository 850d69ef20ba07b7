#include "file_values.h"

#include "json_tree.h"

namespace coplan {
namespace {

// A value kept from a newer Coplan, written back with the same layout as everything else.
void WriteKept(JsonWriter& w, const json::Value& v) {
  switch (v.kind()) {
    case json::Kind::Null: w.Null(); break;
    case json::Kind::Bool: w.Bool(v.Bool()); break;
    case json::Kind::Number: w.Number(v.Str()); break;
    case json::Kind::String: w.String(v.Str()); break;
    case json::Kind::Array:
      w.BeginArray();
      for (std::size_t i = 0; i < v.Size(); ++i) WriteKept(w, v[i]);
      w.EndArray();
      break;
    case json::Kind::Object:
      w.BeginObject();
      v.ForEachMember([&](std::string_view key, const json::Value& member) {
        w.Key(key);
        WriteKept(w, member);
      });
      w.EndObject();
      break;
  }
}

}  // namespace

void WriteValue(JsonWriter& w, const std::string& value) { w.String(value); }

void WriteValue(JsonWriter& w, bool value) { w.Bool(value); }

void WriteValue(JsonWriter& w, const std::vector<std::string>& values) {
  w.BeginArray();
  for (const auto& s : values) w.String(s);
  w.EndArray();
}

void WriteValue(JsonWriter& w, Point value) {
  w.BeginObject();
  w.Key("x");
  w.Float(value.x);
  w.Key("y");
  w.Float(value.y);
  w.EndObject();
}

void WriteValue(JsonWriter& w, const PlanSettings& value) {
  w.BeginObject();
  w.Key("making_it_real");
  w.Bool(value.show_making_it_real);
  WriteUnknown(w, value.unknown);
  w.EndObject();
}

void WriteMeta(JsonWriter& w, const ItemMeta& meta) {
  auto text = [&w](std::string_view key, const std::string& value) {
    if (value.empty()) return;
    w.Key(key);
    w.String(value);
  };
  auto dot_text = [](const Dot& dot) { return dot.copy.text + ":" + std::to_string(dot.counter); };
  w.BeginObject();
  w.Key("rev");
  w.UInt(meta.revision);
  text("at", meta.changed_at);
  text("by", meta.changed_by.text);
  if (!meta.created.empty()) text("created", dot_text(meta.created));
  if (!meta.dots.empty()) {
    w.Key("dots");
    w.BeginObject();
    for (const auto& d : meta.dots) {
      w.Key(d.field);
      w.String(dot_text(d.dot));
    }
    w.EndObject();
  }
  w.EndObject();
}

void WriteUnknown(JsonWriter& w, const UnknownFields& unknown) {
  for (const auto& [key, raw] : unknown) {
    w.Key(key);
    json::Tree doc;
    std::vector<Problem> ignored;
    if (doc.Parse(raw, ignored, ignored)) WriteKept(w, doc.Root());
    else w.Null();
  }
}

}  // namespace coplan
