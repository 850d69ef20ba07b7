// libFuzzer target: the loader's JSON parser must accept exactly what nlohmann_json accepts,
// apart from deliberate differences (nesting deeper than the limit, a leading byte order mark
// that the loader strips first, numbers too large for nlohmann, text after a NUL byte), and must
// never crash.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include <nlohmann/json.hpp>

#include "io/json_value.h"

namespace {

bool TooDeep(std::string_view text) {
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
      if (++depth > coplan::kMaxNesting) return true;
    } else if (c == ']' || c == '}') {
      --depth;
    }
  }
  return false;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  std::vector<coplan::Problem> errors, warnings;
  coplan::json::Doc doc;
  bool ours = doc.Parse(text, errors, warnings);
  if (ours) (void)doc.Root().Dump();
  if (!ours && errors.empty()) std::abort();
  // nlohmann stops reading at a NUL byte and ignores the rest; we refuse what follows.
  if (text.substr(0, 3) == "\xEF\xBB\xBF" || TooDeep(text) || text.find('\0') != std::string_view::npos) return 0;
  bool theirs = false;
  try {
    theirs = nlohmann::json::accept(text.begin(), text.end());
  } catch (const nlohmann::json::exception&) {
    return 0;  // e.g. a number too large for nlohmann
  }
  if (ours && !theirs) {
    try {
      (void)nlohmann::json::parse(text.begin(), text.end());
    } catch (const nlohmann::json::out_of_range&) {
      return 0;  // a number too large for nlohmann: we read it as infinity and the loader repairs it
    } catch (const nlohmann::json::exception&) {
    }
  }
  if (ours != theirs) {
    std::fprintf(stderr, "fuzz_json: ours %d, nlohmann %d\n", ours, theirs);
    std::abort();
  }
  return 0;
}
