#include "json_tree.h"

#include <cstdlib>

#include "json_writer.h"

namespace coplan::json {

std::string_view Value::Str() const {
  if (!IsString() && !IsNumber()) return {};
  return m_tree->Text(m_node->first, m_node->count);
}

std::uint64_t Value::UInt() const {
  std::uint64_t magnitude = 0;
  for (char c : Str())
    if (c >= '0' && c <= '9') magnitude = magnitude * 10 + static_cast<std::uint64_t>(c - '0');
  return magnitude;
}

double Value::Double() const {
  if (m_node->flag) return Negative() ? -static_cast<double>(UInt()) : static_cast<double>(UInt());
  std::string copy(Str());
  return std::strtod(copy.c_str(), nullptr);
}

bool Value::IsInteger() const {
  if (!IsNumber() || !m_node->flag) return false;
  return Negative() ? UInt() <= (1ull << 63) : UInt() < (1ull << 63);
}

std::int64_t Value::Int() const {
  if (!Negative()) return static_cast<std::int64_t>(UInt());
  return UInt() == (1ull << 63) ? INT64_MIN : -static_cast<std::int64_t>(UInt());
}

Value Value::operator[](std::size_t i) const { return Value(*m_tree, m_tree->At(m_node->first + i)); }

std::optional<Value> Value::Find(std::string_view key) const {
  if (!IsObject()) return std::nullopt;
  for (std::uint32_t i = m_node->count; i-- > 0;) {
    const Node& child = m_tree->At(m_node->first + i);
    if (m_tree->Key(child) == key) return Value(*m_tree, child);
  }
  return std::nullopt;
}

static void DumpTo(std::string& out, const Value& v) {
  switch (v.kind()) {
    case Kind::Null: out += "null"; break;
    case Kind::Bool: out += v.Bool() ? "true" : "false"; break;
    case Kind::Number: out += v.Str(); break;
    case Kind::String: AppendJsonString(out, v.Str()); break;
    case Kind::Array:
      out += '[';
      for (std::size_t i = 0; i < v.Size(); ++i) {
        if (i) out += ',';
        DumpTo(out, v[i]);
      }
      out += ']';
      break;
    case Kind::Object: {
      out += '{';
      bool first = true;
      v.ForEachMember([&](std::string_view key, const Value& member) {
        if (!first) out += ',';
        first = false;
        AppendJsonString(out, key);
        out += ':';
        DumpTo(out, member);
      });
      out += '}';
      break;
    }
  }
}

std::string Value::Dump() const {
  std::string out;
  DumpTo(out, *this);
  return out;
}

}  // namespace coplan::json
