// The values of a JSON text as nlohmann_json's SAX parser reports them (json_sax.cpp), kept
// compactly for the plan reader: 24 bytes a value, every string in one buffer, objects in file
// order with the members whose key appears again marked (the last one counts). Parsing never
// throws and says what and where (line and column) in plain English. It refuses nesting deeper
// than kMaxNesting, more than kMaxValues values, invalid UTF-8 and lone surrogates.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "plan_file.h"

namespace coplan::json {

enum class Kind : std::uint8_t { Null, Bool, Number, String, Array, Object };

struct Node {
  Kind kind = Kind::Null;
  bool flag = false;      // a Bool's value; for a Number, true when it was written as a whole number
  bool shadowed = false;  // a member whose key appears again later in the same object
  std::uint32_t first = 0, count = 0;     // children: nodes [first, first + count); strings and
                                          // numbers: their text in the tree's buffer
  std::uint32_t key_at = 0, key_len = 0;  // a member's key, in the tree's buffer
  std::uint32_t offset = 0;               // where a member's key starts in the file
};

class Tree;

// A read-only view of one value in a Tree.
class Value {
 public:
  Value(const Tree& tree, const Node& node) : m_tree(&tree), m_node(&node) {}

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
  std::string_view Str() const;  // a String's value, or a Number's text (as written, for decimals)
  double Double() const;
  std::uint64_t UInt() const;  // a whole number's absolute value
  std::int64_t Int() const;

  std::size_t Size() const { return IsArray() || IsObject() ? m_node->count : 0; }  // items of an array
  Value operator[](std::size_t i) const;
  std::optional<Value> Find(std::string_view key) const;  // an object's member, if present
  bool Contains(std::string_view key) const { return Find(key).has_value(); }

  // Calls fn(key, value) for each member of an object in file order, skipping shadowed ones.
  template <class Fn>
  void ForEachMember(Fn fn) const;

  std::string Dump() const;  // compact JSON text; decimals as written

 private:
  bool Negative() const { return !Str().empty() && Str()[0] == '-'; }

  const Tree* m_tree;
  const Node* m_node;
};

class Tree {
 public:
  Tree() = default;
  Tree(const Tree&) = delete;
  Tree& operator=(const Tree&) = delete;

  // Parses JSON text with nlohmann_json; on failure `errors` says what and where.
  bool Parse(std::string_view text, std::vector<Problem>& errors, std::vector<Problem>& warnings);
  Value Root() const { return Value(*this, m_nodes.back()); }
  const Node& At(std::size_t i) const { return m_nodes[i]; }
  std::string_view Text(std::uint32_t at, std::uint32_t len) const { return std::string_view(m_buffer).substr(at, len); }
  std::string_view Key(const Node& n) const { return Text(n.key_at, n.key_len); }

 private:
  friend class Builder;
  std::vector<Node> m_nodes;
  std::string m_buffer;  // every string, key and number's text
};

template <class Fn>
void Value::ForEachMember(Fn fn) const {
  if (!IsObject()) return;
  for (std::uint32_t i = 0; i < m_node->count; ++i) {
    const Node& child = m_tree->At(m_node->first + i);
    if (!child.shadowed) fn(m_tree->Key(child), Value(*m_tree, child));
  }
}

}  // namespace coplan::json
