// Reading JSON values into model fields with a path for every problem ("actions[3].status").
// Type errors are errors; values that can be repaired become warnings.
#pragma once
#include <algorithm>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "json_text.h"
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
  std::string item = "the plan";     // the item being read, for messages: "action 12"

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

// Reads one item of a list: messages name it by kind and number ("action 12") while it lives.
class ItemScope {
 public:
  ItemScope(Reader& r, std::string_view counted, std::size_t index)
      : m_r(r), m_outer(std::exchange(r.item, std::string(counted) + " " + std::to_string(index + 1))) {}
  ~ItemScope() { m_r.item = std::move(m_outer); }
  ItemScope(const ItemScope&) = delete;
  ItemScope& operator=(const ItemScope&) = delete;

 private:
  Reader& m_r;
  std::string m_outer;
};

// "a number", "text", ... for messages.
std::string Describe(const Value& v);

// The limits of plan_file.h, as errors that say which field and what the limit is:
// "Action 12 has 52,428,800 characters in the title; Coplan opens up to 2,000."
std::size_t Characters(std::string_view text);  // letters, not bytes
std::string Thousands(std::size_t n);            // 52428800 -> "52,428,800"
bool FitsIn(Reader& r, std::string& text, std::size_t limit, std::string_view label);  // clears it if not
bool FewEnough(Reader& r, std::size_t count, std::size_t limit, std::string_view label);
constexpr std::size_t LimitOf(Form form) { return form == Form::Long ? kMaxLongText : kMaxShortText; }
// Keeps a field a newer Coplan wrote, if its name and texts are within the limits.
void KeepUnknown(Reader& r, UnknownFields& into, std::string_view key, const Value& value);

bool ReadText(Reader& r, const Value& v, std::string& out);
// A field's text, within its limit: a date or a colour in the wrong shape is cleared with a warning.
void ReadText(Reader& r, const Value& v, std::string& out, Form form, std::string_view label);
bool ReadBool(Reader& r, const Value& v, bool& out);
bool ReadTexts(Reader& r, const Value& v, std::vector<std::string>& out, Form form = Form::Short,
               std::string_view label = "list");
bool ReadPoint(Reader& r, const Value& v, Point& out);
bool ReadDot(Reader& r, const Value& v, Dot& out);
void ReadMeta(Reader& r, const Value& v, ItemMeta& meta);
void ReadSettings(Reader& r, const Value& v, PlanSettings& out);
bool ExpectObject(Reader& r, const Value& v);

template <class IdT>
bool ReadIds(Reader& r, const Value& v, std::vector<IdT>& out, std::string_view label) {
  std::vector<std::string> texts;
  if (!ReadTexts(r, v, texts, Form::Short, label)) return false;
  out.clear();
  for (auto& t : texts) out.push_back(IdT{std::move(t)});
  return true;
}

// An enum word; an unknown word is repaired to `fallback` with a warning. Version 1 files wrote
// words with spaces ("in progress"). The words are looked up by `lookup` (-1: not a word).
void ReadWord(Reader& r, const Value& v, int& out, int fallback, std::string_view fallback_word,
              int (*lookup)(std::string_view), std::string_view label);
template <class E>
void ReadWord(Reader& r, const Value& v, E& out, E fallback, std::string_view label) {
  int index = static_cast<int>(out);
  ReadWord(r, v, index, static_cast<int>(fallback), Word(fallback), [](std::string_view word) {
    auto value = FromWord<E>(word);
    return value ? static_cast<int>(*value) : -1;
  }, label);
  out = static_cast<E>(index);
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
    else if (unknown) KeepUnknown(r, *unknown, key, value);
    else r.Warn("this field is not known to this Coplan and was left out.");
  });
}

}  // namespace coplan
