// Tree::Parse: nlohmann_json's SAX parser reads the text, and a handler of ours keeps each value
// in the tree, counts values and nesting, marks duplicate keys, and puts nlohmann's errors in
// plain English with a line and column.
#include <algorithm>
#include <iterator>

#include <nlohmann/json.hpp>

#include "json_text.h"
#include "json_tree.h"

namespace coplan::json {
namespace {

// Walks the text for nlohmann's lexer and tells the handler how far it has read, which is where
// a value or key the handler is told about ends.
class Cursor {
 public:
  using iterator_category = std::input_iterator_tag;
  using value_type = char;
  using difference_type = std::ptrdiff_t;
  using pointer = const char*;
  using reference = const char&;

  Cursor(const char* at, const char** read) : m_at(at), m_read(read) {}
  reference operator*() const { return *m_at; }
  Cursor& operator++() {
    *m_read = ++m_at;
    return *this;
  }
  Cursor operator++(int) {
    Cursor before = *this;
    ++*this;
    return before;
  }
  friend bool operator==(const Cursor& a, const Cursor& b) { return a.m_at == b.m_at; }

 private:
  const char* m_at;
  const char** m_read;
};

bool Contains(std::string_view text, std::string_view part) { return text.find(part) != std::string_view::npos; }

// nlohmann's description of a syntax error, in plain English.
std::string Words(std::string_view what) {
  if (Contains(what, "control character")) return "Text in quotes contains a line break or control character";
  if (Contains(what, "surrogate")) return "Text has half of a character pair (a lone surrogate)";
  if (Contains(what, "after backslash")) return "A backslash in text is followed by something JSON does not allow";
  if (Contains(what, "4 hex digits")) return "A \\u in text is not followed by four hex digits";
  if (Contains(what, "after '.'")) return "A number has a point with no digits after it";
  if (Contains(what, "exponent")) return "A number has an exponent with no digits";
  if (Contains(what, "number overflow")) return "A number is too large to read";
  if (Contains(what, "; expected end of input")) return "There is more text after the end of the plan";
  if (Contains(what, "; expected ':'")) return "A colon is missing after a field name";
  if (Contains(what, "; expected string literal")) return "A field name in quotes is expected here";
  if (Contains(what, "; expected '}'")) return "A comma or } is missing";
  if (Contains(what, "; expected ']'")) return "A comma or ] is missing";
  return "Something unexpected is here";
}

}  // namespace

// Children are kept on a stack and moved into the tree in one block when their container ends,
// so every container's children sit side by side.
class Builder {
 public:
  using number_integer_t = nlohmann::json::number_integer_t;
  using number_unsigned_t = nlohmann::json::number_unsigned_t;
  using number_float_t = nlohmann::json::number_float_t;
  using string_t = nlohmann::json::string_t;
  using binary_t = nlohmann::json::binary_t;

  Builder(std::string_view text, Tree& tree, std::vector<Problem>& errors, std::vector<Problem>& warnings)
      : m_text(text), m_read(text.data()), m_tree(tree), m_errors(errors), m_warnings(warnings) {}

  bool Run() {
    m_tree.m_nodes.clear();
    m_tree.m_buffer.clear();
    m_tree.m_buffer.reserve(m_text.size());
    m_tree.m_nodes.reserve(m_text.size() / 24 + 16);
    m_stack.reserve(256);
    if (auto nul = m_text.find('\0'); nul != std::string_view::npos) return Fail(nul, "Something unexpected is here (a zero byte)");
    Cursor first(m_text.data(), &m_read), last(m_text.data() + m_text.size(), &m_read);
    if (!nlohmann::json::sax_parse(first, last, this)) return false;
    m_tree.m_nodes.push_back(m_stack.back());
    return true;
  }

  bool null() { return Add(Node{}); }
  bool boolean(bool value) { return Add(Node{Kind::Bool, value}); }
  bool number_integer(number_integer_t value) { return Number(value); }
  bool number_unsigned(number_unsigned_t value) { return Number(value); }
  bool number_float(number_float_t, const string_t& written) { return Add(Text(Kind::Number, written, false)); }
  bool string(string_t& value) { return Add(Text(Kind::String, value, false)); }
  bool binary(binary_t&) { return false; }  // JSON text has none

  bool key(string_t& name) {
    std::size_t end = Read(), start = end >= name.size() + 2 ? end - name.size() - 2 : 0;
    m_key_offset = static_cast<std::uint32_t>(m_text.substr(start, 1) == "\"" ? start : end - 1);  // escapes: the end
    m_key_at = Keep(name);
    m_key_len = static_cast<std::uint32_t>(name.size());
    return true;
  }

  bool start_object(std::size_t) { return Open(Kind::Object); }
  bool start_array(std::size_t) { return Open(Kind::Array); }
  bool end_object() { return Close(); }
  bool end_array() { return Close(); }

  bool parse_error(std::size_t position, const std::string& token, const nlohmann::detail::exception& error) {
    std::string_view what = error.what();
    if (Contains(what, "ill-formed UTF-8")) {
      m_errors.push_back({LineColumn(m_text, position - 1), "The file has text that is not valid UTF-8. It may have "
                                                            "been saved in another encoding; save it as UTF-8 and try again."});
      return false;
    }
    // Where the problem starts: the character that was wrong inside text, otherwise the token.
    std::size_t at = Contains(what, "invalid string") ? position - 1 : position - std::min(position, token.size());
    return Fail(position > m_text.size() ? m_text.size() : at, Words(what));  // past the end: it ended early
  }

 private:
  std::size_t Read() const { return static_cast<std::size_t>(m_read - m_text.data()); }

  bool Fail(std::size_t at, const std::string& what) {
    std::string where = LineColumn(m_text, at);
    if (at >= m_text.size())
      m_errors.push_back({where, "The file ends too early. It may have been cut off, for example as an email "
                                 "attachment that did not arrive whole."});
    else
      m_errors.push_back({where, what + ". The file may have been changed by hand or damaged."});
    return false;
  }

  std::uint32_t Keep(std::string_view text) {
    auto at = static_cast<std::uint32_t>(m_tree.m_buffer.size());
    m_tree.m_buffer.append(text);
    return at;
  }

  Node Text(Kind kind, std::string_view text, bool whole) {
    Node node{kind, whole};
    node.first = Keep(text);
    node.count = static_cast<std::uint32_t>(text.size());
    return node;
  }

  // A whole number, as written ("-0" stays "-0"). The lexer has read one character past it,
  // unless the text ends with it.
  template <class N>
  bool Number(N) {
    std::size_t end = Read(), start;
    if (end > 0 && !IsDigit(m_text[end - 1])) --end;
    for (start = end; start > 0 && (IsDigit(m_text[start - 1]) || m_text[start - 1] == '-');) --start;
    return Add(Text(Kind::Number, m_text.substr(start, end - start), true));
  }
  static bool IsDigit(char c) { return c >= '0' && c <= '9'; }

  // Pushes a value, with the key it has inside an object.
  bool Add(Node node) {
    if (++m_values > kMaxValues)
      return Fail(Read(), "The file holds more than " + std::to_string(kMaxValues / 1000000) +
                              " million values, far more than any plan");
    node.key_at = m_key_at;
    node.key_len = m_key_len;
    node.offset = m_key_offset;
    m_key_at = m_key_len = m_key_offset = 0;
    m_stack.push_back(node);
    return true;
  }

  bool Open(Kind kind) {
    if (++m_depth > kMaxNesting)
      return Fail(Read() - 1, "The file is nested more than " + std::to_string(kMaxNesting) + " levels deep, which no plan is");
    if (!Add(Node{kind})) return false;
    m_open.push_back(m_stack.size());
    return true;
  }

  bool Close() {
    --m_depth;
    std::size_t mark = m_open.back();
    m_open.pop_back();
    Node& node = m_stack[mark - 1];
    node.first = static_cast<std::uint32_t>(m_tree.m_nodes.size());
    node.count = static_cast<std::uint32_t>(m_stack.size() - mark);
    m_tree.m_nodes.insert(m_tree.m_nodes.end(), m_stack.begin() + static_cast<std::ptrdiff_t>(mark), m_stack.end());
    m_stack.resize(mark);
    if (node.kind == Kind::Object) MarkDuplicates(node);
    return true;
  }

  // Marks every member whose key appears again later; sorting keeps huge objects fast.
  void MarkDuplicates(const Node& object) {
    auto& nodes = m_tree.m_nodes;
    auto key = [&](std::uint32_t i) { return m_tree.Key(nodes[i]); };
    bool any = false;
    if (object.count <= 12) {
      for (std::uint32_t a = 0; a < object.count && !any; ++a)
        for (std::uint32_t b = a + 1; b < object.count && !any; ++b) any = key(object.first + a) == key(object.first + b);
      if (!any) return;
    }
    std::vector<std::uint32_t> order(object.count);
    for (std::uint32_t k = 0; k < object.count; ++k) order[k] = object.first + k;
    std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) { return key(a) != key(b) ? key(a) < key(b) : a < b; });
    for (std::size_t k = 0; k + 1 < order.size(); ++k) {
      if (key(order[k]) != key(order[k + 1])) continue;
      Node& earlier = nodes[order[k]];
      earlier.shadowed = true;
      if (m_warnings.size() < 20)
        m_warnings.push_back({LineColumn(m_text, earlier.offset), "The field " + Quoted(m_tree.Key(earlier)) +
                                                                      " appears twice in one place; the last one was used."});
    }
  }

  std::string_view m_text;
  const char* m_read;  // how far nlohmann's lexer has read
  Tree& m_tree;
  std::vector<Problem>& m_errors;
  std::vector<Problem>& m_warnings;
  std::vector<Node> m_stack;
  std::vector<std::size_t> m_open;  // where each open container's children start on the stack
  std::uint32_t m_key_at = 0, m_key_len = 0, m_key_offset = 0;
  int m_depth = 0;
  std::size_t m_values = 0;
};

bool Tree::Parse(std::string_view text, std::vector<Problem>& errors, std::vector<Problem>& warnings) {
  return Builder(text, *this, errors, warnings).Run();
}

}  // namespace coplan::json
