// Reading JSON values into model fields with a path for every problem ("actions[3].status").
// Type errors are errors; values that can be repaired become warnings.
#pragma once
#include <algorithm>
#include <span>
#include <string>
#include <vector>

#include "json_tree.h"
#include "plan_file.h"
#include "model/item_kinds.h"
#include "model/words.h"

namespace coplan {

using json::Value;

class Reader {
 public:
  Reader(std::vector<Problem>& errors, std::vector<Problem>& warnings) : m_errors(errors), m_warnings(warnings) {}

  void Error(std::string message);
  void Warn(std::string message);
  bool Failed() const { return !m_errors.empty(); }

  void Push(std::string_view key) { m_path.push_back({key, 0, false}); }
  void Push(std::size_t index) { m_path.push_back({{}, index, true}); }
  void Pop() { m_path.pop_back(); }
  std::string Path() const;

  int file_version = kFileVersion;  // older files are read with their old field names too

 private:
  struct Segment {
    std::string_view key;
    std::size_t index;
    bool is_index;
  };
  std::vector<Problem>& m_errors;
  std::vector<Problem>& m_warnings;
  std::vector<Segment> m_path;
};

// Pushes a path segment for as long as it lives.
class Scope {
 public:
  template <class K>
  Scope(Reader& r, K key) : m_r(r) { r.Push(key); }
  ~Scope() { m_r.Pop(); }
  Scope(const Scope&) = delete;
  Scope& operator=(const Scope&) = delete;

 private:
  Reader& m_r;
};

// "a number", "text", ... for messages.
std::string Describe(const Value& v);

bool ReadText(Reader& r, const Value& v, std::string& out);
// Text of a form: a date or a colour in the wrong shape is cleared with a warning.
void ReadText(Reader& r, const Value& v, std::string& out, Form form);
bool ReadBool(Reader& r, const Value& v, bool& out);
bool ReadTexts(Reader& r, const Value& v, std::vector<std::string>& out);
bool ReadPoint(Reader& r, const Value& v, Point& out);
bool ReadDot(Reader& r, const Value& v, Dot& out);
void ReadMeta(Reader& r, const Value& v, ItemMeta& meta);
void ReadSettings(Reader& r, const Value& v, PlanSettings& out);
bool ExpectObject(Reader& r, const Value& v);

template <class IdT>
bool ReadIds(Reader& r, const Value& v, std::vector<IdT>& out) {
  std::vector<std::string> texts;
  if (!ReadTexts(r, v, texts)) return false;
  out.clear();
  for (auto& t : texts) out.push_back(IdT{std::move(t)});
  return true;
}

// An enum word; an unknown word is repaired to `fallback` with a warning. Version 1 files wrote
// words with spaces ("in progress").
template <class E>
void ReadWord(Reader& r, const Value& v, E& out, E fallback) {
  std::string word;
  if (!ReadText(r, v, word)) return;
  std::string spelled = word;
  if (r.file_version == 1) std::replace(spelled.begin(), spelled.end(), ' ', '-');
  if (auto value = FromWord<E>(spelled)) {
    out = *value;
  } else {
    out = fallback;
    r.Warn("\"" + word + "\" is not a value this Coplan knows; it was set to \"" + std::string(Word(fallback)) + "\".");
  }
}

// How one field of T is read.
template <class T>
struct Handler {
  std::string_view key;
  void (*read)(Reader& r, const Value& v, T& item);
};

// Reads an object's fields with handlers sorted by key; other fields go to `unknown` unchanged
// (or are left out with a warning where unknown fields cannot be kept).
template <class T>
void ReadFields(Reader& r, const Value& obj, T& item, std::span<const Handler<T>> handlers, UnknownFields* unknown) {
  obj.ForEachMember([&](std::string_view key, const Value& value) {
    auto h = std::lower_bound(handlers.begin(), handlers.end(), key,
                              [](const Handler<T>& x, std::string_view k) { return x.key < k; });
    Scope scope(r, key);
    if (h != handlers.end() && h->key == key) h->read(r, value, item);
    else if (unknown) unknown->emplace_back(std::string(key), value.Dump());
    else r.Warn("this field is not known to this Coplan and was left out.");
  });
}

}  // namespace coplan
