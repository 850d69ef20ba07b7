// A small, strict JSON parser for plan files (RFC 8259): fast, never throws, and says where a
// problem is. It refuses nesting deeper than kMaxNesting, invalid UTF-8 and lone surrogates;
// keeps object members in file order; and notes duplicate keys (the last one counts).
// Strings and keys are views into the parsed text or into the document, so a Doc must not
// outlive the text it was parsed from.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "plan_file.h"

namespace coplan::json {

enum class Kind : std::uint8_t { Null, Bool, Number, String, Array, Object };

// 24 bytes a value: large plans make hundreds of thousands of these.
struct Node {
  Kind kind = Kind::Null;
  bool flag = false;       // a Bool's value; for a Number, true when it is a whole number in 64 bits
  bool shadowed = false;   // a member whose key appears again later in the same object
  std::uint8_t escaped = 0;  // kKeyEscaped / kTextEscaped: the view is in Doc's own buffer
  std::uint32_t first = 0, count = 0;  // children: nodes [first, first + count); for strings and
                                       // numbers, where their text is and how long
  std::uint32_t offset = 0;            // where the value starts in the text
  std::uint32_t key_at = 0, key_len = 0;  // the member's name, inside an object
};
constexpr std::uint8_t kKeyEscaped = 1, kTextEscaped = 2;

class Doc;

// A read-only view of one value in a Doc.
class Value {
 public:
  Value(const Doc& doc, const Node& node) : m_doc(&doc), m_node(&node) {}

  Kind kind() const { return m_node->kind; }
  bool IsNull() const { return kind() == Kind::Null; }
  bool IsBool() const { return kind() == Kind::Bool; }
  bool IsNumber() const { return kind() == Kind::Number; }
  bool IsString() const { return kind() == Kind::String; }
  bool IsArray() const { return kind() == Kind::Array; }
  bool IsObject() const { return kind() == Kind::Object; }
  bool IsUnsigned() const { return IsNumber() && m_node->flag && !Negative(); }
  bool IsInteger() const;  // a whole number that fits in int64

  bool Bool() const { return m_node->flag; }
  std::string_view Str() const;  // a String's value, or a Number's text as written
  double Double() const;         // huge numbers come back as +-infinity
  std::uint64_t UInt() const;    // a whole number's absolute value
  std::int64_t Int() const;

  std::size_t Size() const { return IsArray() || IsObject() ? m_node->count : 0; }  // items of an array
  Value operator[](std::size_t i) const;
  std::optional<Value> Find(std::string_view key) const;  // an object's member, if present
  bool Contains(std::string_view key) const { return Find(key).has_value(); }

  // Calls fn(key, value) for each member of an object in file order, skipping shadowed ones.
  template <class Fn>
  void ForEachMember(Fn fn) const;

  std::uint32_t Offset() const { return m_node->offset; }
  std::string Dump() const;  // compact JSON text; numbers exactly as written

 private:
  bool Negative() const { return !Str().empty() && Str()[0] == '-'; }

  const Doc* m_doc;
  const Node* m_node;
};

class Doc {
 public:
  Doc() = default;
  Doc(const Doc&) = delete;
  Doc& operator=(const Doc&) = delete;

  // Parses text; on failure `errors` says what and where (line and column).
  bool Parse(std::string_view text, std::vector<Problem>& errors, std::vector<Problem>& warnings);
  Value Root() const { return Value(*this, m_nodes.back()); }
  const Node& At(std::size_t i) const { return m_nodes[i]; }
  std::string_view View(bool escaped, std::uint32_t at, std::uint32_t len) const {
    return (escaped ? std::string_view(m_strings) : m_text).substr(at, len);
  }
  std::string_view Key(const Node& n) const { return View(n.escaped & kKeyEscaped, n.key_at, n.key_len); }

 private:
  friend class Parser;
  std::string_view m_text;
  std::vector<Node> m_nodes;
  std::string m_strings;  // unescaped strings; reserved up front so views stay valid
};

template <class Fn>
void Value::ForEachMember(Fn fn) const {
  if (!IsObject()) return;
  for (std::uint32_t i = 0; i < m_node->count; ++i) {
    const Node& child = m_doc->At(m_node->first + i);
    if (!child.shadowed) fn(m_doc->Key(child), Value(*m_doc, child));
  }
}

}  // namespace coplan::json
