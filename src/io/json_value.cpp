#include "json_value.h"

#include <algorithm>
#include <cstdlib>

#include "json_text.h"
#include "json_writer.h"
#include "utf8.h"

namespace coplan::json {

std::string_view Value::Str() const {
  if (!IsString() && !IsNumber()) return {};
  return m_doc->View(m_node->escaped & kTextEscaped, m_node->first, m_node->count);
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

Value Value::operator[](std::size_t i) const { return Value(*m_doc, m_doc->At(m_node->first + i)); }

std::optional<Value> Value::Find(std::string_view key) const {
  if (!IsObject()) return std::nullopt;
  for (std::uint32_t i = m_node->count; i-- > 0;) {
    const Node& child = m_doc->At(m_node->first + i);
    if (m_doc->Key(child) == key) return Value(*m_doc, child);
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

// Recursive descent over the text. Children are parsed onto a stack and moved into the Doc in one
// block when their container closes, so every container's children sit side by side.
class Parser {
 public:
  Parser(std::string_view text, Doc& doc, std::vector<Problem>& errors, std::vector<Problem>& warnings)
      : m_s(text), m_doc(doc), m_errors(errors), m_warnings(warnings) {}

  bool Run() {
    m_doc.m_text = m_s;
    m_doc.m_nodes.clear();
    m_doc.m_strings.clear();
    m_doc.m_strings.reserve(std::max<std::size_t>(m_s.size(), 64));
    m_doc.m_nodes.reserve(m_s.size() / 24 + 16);
    m_stack.reserve(256);
    SkipSpace();
    if (!ParseValue(Node{})) return false;
    SkipSpace();
    if (m_i != m_s.size()) return Fail("There is more text after the end of the plan");
    m_doc.m_nodes.push_back(m_stack.back());
    return true;
  }

 private:
  bool Fail(const std::string& what) {
    std::string where = LineColumn(m_s, m_i);
    if (m_i >= m_s.size())
      m_errors.push_back({where, "The file ends too early. It may have been cut off, for example as an email "
                                 "attachment that did not arrive whole."});
    else
      m_errors.push_back({where, what + ". The file may have been changed by hand or damaged."});
    return false;
  }

  void SkipSpace() {
    while (m_i < m_s.size() && (m_s[m_i] == ' ' || m_s[m_i] == '\n' || m_s[m_i] == '\r' || m_s[m_i] == '\t')) ++m_i;
  }

  bool Literal(std::string_view word, Node& node) {
    if (m_s.substr(m_i, word.size()) != word) {
      if (m_s.size() - m_i < word.size() && word.substr(0, m_s.size() - m_i) == m_s.substr(m_i)) m_i = m_s.size();
      return Fail("Something unexpected is here");
    }
    m_i += word.size();
    m_stack.push_back(node);
    return true;
  }

  bool ParseValue(const Node& key) {
    if (++m_values > kMaxValues)
      return Fail("The file holds more than " + std::to_string(kMaxValues / 1000000) +
                  " million values, far more than any plan");
    Node node;
    node.key_at = key.key_at;
    node.key_len = key.key_len;
    node.escaped = key.escaped;
    node.offset = static_cast<std::uint32_t>(m_i);
    if (m_i >= m_s.size()) return Fail("");
    switch (m_s[m_i]) {
      case '{': return ParseContainer(node, Kind::Object, '}');
      case '[': return ParseContainer(node, Kind::Array, ']');
      case '"': {
        node.kind = Kind::String;
        bool escaped = false;
        if (!ParseString(node.first, node.count, escaped)) return false;
        if (escaped) node.escaped |= kTextEscaped;
        m_stack.push_back(node);
        return true;
      }
      case 't': node.kind = Kind::Bool; node.flag = true; return Literal("true", node);
      case 'f': node.kind = Kind::Bool; return Literal("false", node);
      case 'n': return Literal("null", node);
      default: return ParseNumber(node);
    }
  }

  bool ParseContainer(Node& node, Kind kind, char close) {
    if (++m_depth > kMaxNesting)
      return Fail("The file is nested more than " + std::to_string(kMaxNesting) + " levels deep, which no plan is");
    node.kind = kind;
    ++m_i;
    std::size_t mark = m_stack.size();
    SkipSpace();
    if (m_i < m_s.size() && m_s[m_i] == close) {
      ++m_i;
    } else {
      while (true) {
        Node key;
        if (kind == Kind::Object && !ParseKey(key)) return false;
        if (!ParseValue(key)) return false;
        SkipSpace();
        if (m_i >= m_s.size()) return Fail("");
        if (m_s[m_i] == ',') {
          ++m_i;
          SkipSpace();
          continue;
        }
        if (m_s[m_i] != close) return Fail(kind == Kind::Object ? "A comma or } is missing" : "A comma or ] is missing");
        ++m_i;
        break;
      }
    }
    --m_depth;
    node.first = static_cast<std::uint32_t>(m_doc.m_nodes.size());
    node.count = static_cast<std::uint32_t>(m_stack.size() - mark);
    m_doc.m_nodes.insert(m_doc.m_nodes.end(), m_stack.begin() + static_cast<std::ptrdiff_t>(mark), m_stack.end());
    m_stack.resize(mark);
    if (kind == Kind::Object) MarkDuplicates(node);
    m_stack.push_back(node);
    return true;
  }

  bool ParseKey(Node& key) {
    if (m_i >= m_s.size()) return Fail("");
    if (m_s[m_i] != '"') return Fail("A field name in quotes is expected here");
    bool escaped = false;
    if (!ParseString(key.key_at, key.key_len, escaped)) return false;
    if (escaped) key.escaped = kKeyEscaped;
    SkipSpace();
    if (m_i >= m_s.size()) return Fail("");
    if (m_s[m_i] != ':') return Fail("A colon is missing after a field name");
    ++m_i;
    SkipSpace();
    return true;
  }

  // Marks every member whose key appears again later; sorting keeps huge objects linear-ish.
  void MarkDuplicates(const Node& object) {
    auto& all = m_doc.m_nodes;
    bool any = false;
    if (object.count <= 12) {
      for (std::uint32_t a = 0; a < object.count && !any; ++a)
        for (std::uint32_t b = a + 1; b < object.count && !any; ++b)
          any = m_doc.Key(all[object.first + a]) == m_doc.Key(all[object.first + b]);
      if (!any) return;
    }
    std::vector<std::uint32_t> order(object.count);
    for (std::uint32_t k = 0; k < object.count; ++k) order[k] = object.first + k;
    auto& nodes = m_doc.m_nodes;
    std::stable_sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) { return m_doc.Key(nodes[a]) < m_doc.Key(nodes[b]); });
    for (std::size_t k = 0; k + 1 < order.size(); ++k) {
      Node& earlier = nodes[order[k]];
      if (m_doc.Key(earlier) != m_doc.Key(nodes[order[k + 1]])) continue;
      earlier.shadowed = true;
      if (m_warnings.size() < 20)
        m_warnings.push_back({LineColumn(m_s, earlier.offset), "The field \"" + std::string(m_doc.Key(earlier)) +
                                                                    "\" appears twice in one place; the last one was used."});
    }
  }

  bool ParseString(std::uint32_t& at, std::uint32_t& len, bool& escaped);
  bool ParseEscape(std::string& buffer);
  bool ParseNumber(Node& node);

  std::string_view m_s;
  std::size_t m_i = 0;
  int m_depth = 0;
  std::size_t m_values = 0;
  Doc& m_doc;
  std::vector<Node> m_stack;
  std::vector<Problem>& m_errors;
  std::vector<Problem>& m_warnings;
};

bool Parser::ParseString(std::uint32_t& at, std::uint32_t& len, bool& escaped) {
  std::size_t start = ++m_i;
  escaped = false;
  std::string& buffer = m_doc.m_strings;
  std::size_t buffer_start = buffer.size();
  while (true) {
    if (m_i >= m_s.size()) return Fail("");
    unsigned char c = static_cast<unsigned char>(m_s[m_i]);
    if (c == '"') break;
    if (c < 0x20) return Fail("Text in quotes contains a line break or control character");
    if (c == '\\') {
      if (!escaped) buffer.append(m_s.substr(start, m_i - start));
      escaped = true;
      if (!ParseEscape(buffer)) return false;
      continue;
    }
    std::size_t len = 1;
    if (c >= 0x80 && (len = Utf8Length(m_s, m_i)) == 0) {
      m_errors.push_back({LineColumn(m_s, m_i), "The file has text that is not valid UTF-8. It may have been saved "
                                                "in another encoding; save it as UTF-8 and try again."});
      return false;
    }
    if (escaped) buffer.append(m_s.substr(m_i, len));
    m_i += len;
  }
  at = static_cast<std::uint32_t>(escaped ? buffer_start : start);
  len = static_cast<std::uint32_t>(escaped ? buffer.size() - buffer_start : m_i - start);
  ++m_i;
  return true;
}

static int Hex4(std::string_view s) {
  int value = 0;
  for (char c : s) {
    int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
    if (d < 0) return -1;
    value = value * 16 + d;
  }
  return value;
}

static void AppendUtf8(std::string& out, std::uint32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

bool Parser::ParseEscape(std::string& buffer) {
  if (m_i + 1 >= m_s.size()) return m_i = m_s.size(), Fail("");
  char c = m_s[m_i + 1];
  m_i += 2;
  switch (c) {
    case '"': buffer += '"'; return true;
    case '\\': buffer += '\\'; return true;
    case '/': buffer += '/'; return true;
    case 'b': buffer += '\b'; return true;
    case 'f': buffer += '\f'; return true;
    case 'n': buffer += '\n'; return true;
    case 'r': buffer += '\r'; return true;
    case 't': buffer += '\t'; return true;
    case 'u': break;
    default: m_i -= 1; return Fail("A backslash in text is followed by something JSON does not allow");
  }
  if (m_i + 4 > m_s.size()) return m_i = m_s.size(), Fail("");
  int cp = Hex4(m_s.substr(m_i, 4));
  if (cp < 0) return Fail("A \\u in text is not followed by four hex digits");
  m_i += 4;
  if (cp >= 0xDC00 && cp <= 0xDFFF) return Fail("Text has half of a character pair (a lone surrogate)");
  if (cp >= 0xD800 && cp <= 0xDBFF) {
    if (m_i + 6 > m_s.size() || m_s[m_i] != '\\' || m_s[m_i + 1] != 'u')
      return Fail("Text has half of a character pair (a lone surrogate)");
    int low = Hex4(m_s.substr(m_i + 2, 4));
    if (low < 0xDC00 || low > 0xDFFF) return Fail("Text has half of a character pair (a lone surrogate)");
    m_i += 6;
    cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
  }
  AppendUtf8(buffer, static_cast<std::uint32_t>(cp));
  return true;
}

bool Parser::ParseNumber(Node& node) {
  auto digit = [&](std::size_t k) { return k < m_s.size() && m_s[k] >= '0' && m_s[k] <= '9'; };
  std::size_t start = m_i, k = m_i;
  node.kind = Kind::Number;
  if (k < m_s.size() && m_s[k] == '-') ++k;
  if (!digit(k)) return m_i = k, Fail("Something unexpected is here");
  bool whole = true, overflow = false;
  std::uint64_t magnitude = 0;
  if (m_s[k] == '0') {
    ++k;
  } else {
    for (; digit(k); ++k) {
      std::uint64_t d = static_cast<std::uint64_t>(m_s[k] - '0');
      if (magnitude > (UINT64_MAX - d) / 10) overflow = true;
      magnitude = magnitude * 10 + d;
    }
  }
  if (k < m_s.size() && m_s[k] == '.') {
    whole = false;
    if (!digit(++k)) return m_i = k, Fail("A number has a point with no digits after it");
    while (digit(k)) ++k;
  }
  if (k < m_s.size() && (m_s[k] == 'e' || m_s[k] == 'E')) {
    whole = false;
    ++k;
    if (k < m_s.size() && (m_s[k] == '+' || m_s[k] == '-')) ++k;
    if (!digit(k)) return m_i = k, Fail("A number has an exponent with no digits");
    while (digit(k)) ++k;
  }
  node.first = static_cast<std::uint32_t>(start);
  node.count = static_cast<std::uint32_t>(k - start);
  node.flag = whole && !overflow;
  m_i = k;
  m_stack.push_back(node);
  return true;
}

bool Doc::Parse(std::string_view text, std::vector<Problem>& errors, std::vector<Problem>& warnings) {
  return Parser(text, *this, errors, warnings).Run();
}

}  // namespace coplan::json
