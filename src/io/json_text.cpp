#include "json_text.h"

#include <algorithm>
#include <string>

namespace coplan {
namespace {

using nlohmann::json;

struct TooDeep {};

std::string Megabytes(std::uint64_t bytes) {
  char text[32];
  std::snprintf(text, sizeof text, "%.1f MB", static_cast<double>(bytes) / (1024.0 * 1024.0));
  return text;
}

// The offset where nesting first goes beyond the limit, if it does. Brackets inside strings
// do not count.
std::optional<std::size_t> FindTooDeep(std::string_view text) {
  int depth = 0;
  bool in_string = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (in_string) {
      if (c == '\\') ++i;
      else if (c == '"') in_string = false;
    } else if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      if (++depth > kMaxNesting) return i;
    } else if (c == ']' || c == '}') {
      --depth;
    }
  }
  return std::nullopt;
}

bool IsBlank(std::string_view text) {
  return std::all_of(text.begin(), text.end(), [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
}

std::string SyntaxMessage(std::string_view text, const json::parse_error& e) {
  std::string what = e.what();
  std::size_t at = e.byte > 0 ? e.byte - 1 : 0;
  if (what.find("UTF-8") != std::string::npos)
    return "The file has text that is not valid UTF-8 (at " + LineColumn(text, at) +
           "). It may have been saved in another encoding; save it as UTF-8 and try again.";
  if (e.byte >= text.size() || what.find("end of input") != std::string::npos)
    return "The file ends too early (at " + LineColumn(text, text.size()) +
           "). It may have been cut off, for example as an email attachment that did not arrive whole.";
  return "The file is not valid JSON: something unexpected at " + LineColumn(text, at) +
         ". It may have been changed by hand or damaged.";
}

// Watches parse events: refuses deep nesting as a second guard, and notes duplicate keys.
class Watcher {
 public:
  explicit Watcher(std::vector<Problem>& warnings) : m_warnings(warnings) {}
  bool operator()(int depth, json::parse_event_t event, json& parsed) {
    if (depth > kMaxNesting) throw TooDeep{};
    switch (event) {
      case json::parse_event_t::object_start: m_starts.push_back(m_keys.size()); break;
      case json::parse_event_t::object_end:
        m_keys.resize(m_starts.back());
        m_starts.pop_back();
        break;
      case json::parse_event_t::key: NoteKey(parsed.get_ref<const std::string&>()); break;
      default: break;
    }
    return true;
  }

 private:
  void NoteKey(const std::string& key) {
    auto begin = m_keys.begin() + static_cast<std::ptrdiff_t>(m_starts.back());
    if (std::find(begin, m_keys.end(), key) != m_keys.end() && m_warnings.size() < 20)
      m_warnings.push_back({"", "The field \"" + key + "\" appears twice in one place; the last one was used."});
    m_keys.push_back(key);
  }

  std::vector<Problem>& m_warnings;
  std::vector<std::string> m_keys;
  std::vector<std::size_t> m_starts;
};

}  // namespace

std::optional<Problem> CheckFileSize(std::uint64_t bytes) {
  if (bytes <= kMaxFileBytes) return std::nullopt;
  return Problem{"", "The file is " + Megabytes(bytes) + ", larger than the " + Megabytes(kMaxFileBytes) +
                         " that Coplan opens. It is probably not a plan."};
}

std::string LineColumn(std::string_view text, std::size_t offset) {
  offset = std::min(offset, text.size());
  std::size_t line = 1, column = 1;
  for (std::size_t i = 0; i < offset; ++i) {
    if (text[i] == '\n') {
      ++line;
      column = 1;
    } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
      ++column;
    }
  }
  return "line " + std::to_string(line) + ", column " + std::to_string(column);
}

std::optional<json> ParseJsonText(std::string_view text, std::vector<Problem>& errors, std::vector<Problem>& warnings) {
  if (auto too_large = CheckFileSize(text.size())) {
    errors.push_back(*too_large);
    return std::nullopt;
  }
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  if (IsBlank(text)) {
    errors.push_back({"", "The file is empty."});
    return std::nullopt;
  }
  if (auto deep = FindTooDeep(text)) {
    errors.push_back({LineColumn(text, *deep), "The file is nested more than " + std::to_string(kMaxNesting) +
                                                   " levels deep, which no plan is. It is probably damaged."});
    return std::nullopt;
  }
  try {
    return json::parse(text.begin(), text.end(), Watcher(warnings));
  } catch (const json::parse_error& e) {
    errors.push_back({"", SyntaxMessage(text, e)});
  } catch (const json::out_of_range& e) {
    errors.push_back({"", "The file has a number too large to read. It is probably damaged."});
  } catch (const json::exception& e) {
    errors.push_back({"", "The file could not be read as JSON. It is probably damaged."});
  } catch (const TooDeep&) {
    errors.push_back({"", "The file is nested more than " + std::to_string(kMaxNesting) + " levels deep."});
  }
  return std::nullopt;
}

}  // namespace coplan
