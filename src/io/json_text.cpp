#include "json_text.h"

#include <algorithm>
#include <cstdio>
#include <string>

namespace coplan {
namespace {

std::string Megabytes(std::uint64_t bytes) {
  char text[32];
  std::snprintf(text, sizeof text, "%.1f MB", static_cast<double>(bytes) / (1024.0 * 1024.0));
  return text;
}

bool IsBlank(std::string_view text) {
  return std::all_of(text.begin(), text.end(), [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
}

}  // namespace

std::optional<Problem> CheckFileSize(std::uint64_t bytes) {
  if (bytes <= kMaxFileBytes) return std::nullopt;
  return Problem{"", "The file is " + Megabytes(bytes) + ", larger than the " + Megabytes(kMaxFileBytes) +
                         " that Coplan opens. It is probably not a plan."};
}

std::string Quoted(std::string_view text) {
  constexpr std::size_t kShown = 60;
  if (text.size() <= kShown) return "\"" + std::string(text) + "\"";
  std::size_t cut = kShown;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  return "\"" + std::string(text.substr(0, cut)) + "…\"";
}

std::string LineColumn(std::string_view text, std::size_t offset) {
  offset = std::min(offset, text.size());
  std::size_t line = 1 + static_cast<std::size_t>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(offset), '\n'));
  std::size_t last_break = text.substr(0, offset).rfind('\n');
  std::size_t line_start = last_break == std::string_view::npos ? 0 : last_break + 1;
  std::size_t column = 1;
  for (std::size_t i = line_start; i < offset; ++i)
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++column;
  return "line " + std::to_string(line) + ", column " + std::to_string(column);
}

bool ParseJsonText(std::string_view text, json::Tree& doc, std::vector<Problem>& errors, std::vector<Problem>& warnings) {
  if (auto too_large = CheckFileSize(text.size())) {
    errors.push_back(*too_large);
    return false;
  }
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  if (IsBlank(text)) {
    errors.push_back({"", "The file is empty."});
    return false;
  }
  std::size_t first = text.find_first_not_of(" \t\r\n");
  if (text[first] != '{' && text[first] != '[') {
    std::string start;
    for (std::size_t k = first; k < text.size() && start.size() < 24 && text[k] >= ' ' && text[k] <= '~'; ++k) start += text[k];
    errors.push_back({"", "This file is not a Coplan plan (it starts \"" + start + "…\")."});
    return false;
  }
  return doc.Parse(text, errors, warnings);
}

}  // namespace coplan
