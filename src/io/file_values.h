// Reading and writing one field's value by its type, and for text by its form (item_kinds.h):
// type errors are errors, values that can be repaired become warnings.
#pragma once
#include <string>
#include <vector>

#include "json_writer.h"
#include "model/item_kinds.h"
#include "reader.h"

namespace coplan {

template <class F>
void ReadValue(Reader& r, const Value& v, std::string& out, const F& field) {
  ReadText(r, v, out, field.form, field.label);
}
template <class F>
void ReadValue(Reader& r, const Value& v, bool& out, const F&) {
  ReadBool(r, v, out);
}
template <class F>
void ReadValue(Reader& r, const Value& v, std::vector<std::string>& out, const F& field) {
  ReadTexts(r, v, out, field.form, field.label);
}
template <class Tag, class F>
void ReadValue(Reader& r, const Value& v, std::vector<Id<Tag>>& out, const F& field) {
  ReadIds(r, v, out, field.label);
}
template <class Tag, class F>
void ReadValue(Reader& r, const Value& v, Id<Tag>& out, const F& field) {
  if (ReadText(r, v, out.text)) FitsIn(r, out.text, kMaxShortText, field.label);
}
template <class F>
void ReadValue(Reader& r, const Value& v, Point& out, const F&) {
  ReadPoint(r, v, out);
}
template <class F>
void ReadValue(Reader& r, const Value& v, PlanSettings& out, const F&) {
  ReadSettings(r, v, out);
}

void WriteValue(JsonWriter& w, const std::string& value);
void WriteValue(JsonWriter& w, bool value);
void WriteValue(JsonWriter& w, const std::vector<std::string>& values);
void WriteValue(JsonWriter& w, Point value);
void WriteValue(JsonWriter& w, const PlanSettings& value);
template <class Tag>
void WriteValue(JsonWriter& w, const Id<Tag>& id) {
  WriteValue(w, id.text);
}
template <class Tag>
void WriteValue(JsonWriter& w, const std::vector<Id<Tag>>& ids) {
  w.BeginArray();
  for (const auto& id : ids) w.String(id.text);
  w.EndArray();
}
template <class E>
  requires std::is_enum_v<E>
void WriteValue(JsonWriter& w, E value) {
  w.String(Word(value));
}

// Whether a field kept "if set" is written: text or a list that is not empty, a flag that is true,
// a position the card has.
inline bool IsSet(const std::string& value) { return !value.empty(); }
inline bool IsSet(bool value) { return value; }
template <class V>
bool IsSet(const std::vector<V>& values) {
  return !values.empty();
}
inline bool IsSet(Point value) { return !(value == kNoPosition); }
template <class Tag>
bool IsSet(const Id<Tag>& id) {
  return !id.empty();
}
template <class V>
bool IsSet(const V&) {
  return true;
}

// Fields a newer Coplan wrote, written back as they were read.
void WriteUnknown(JsonWriter& w, const UnknownFields& unknown);

// An item's merge bookkeeping (its "sync" object).
void WriteMeta(JsonWriter& w, const ItemMeta& meta);

}  // namespace coplan
