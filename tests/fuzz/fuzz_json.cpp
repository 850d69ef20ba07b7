// libFuzzer target: our reader over nlohmann_json's SAX parser (io/json_tree.h) must accept
// exactly what nlohmann_json accepts, apart from what we refuse on purpose (nesting deeper than
// the limit, a zero byte: nlohmann stops reading at one and ignores the rest, a leading byte
// order mark, which the loader strips first), must hold the same values, and must never crash.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include <nlohmann/json.hpp>

#include "io/json_tree.h"

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

void Fail(const char* what) {
  std::fprintf(stderr, "fuzz_json: %s\n", what);
  std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  std::vector<coplan::Problem> errors, warnings;
  coplan::json::Tree tree;
  bool ours = tree.Parse(text, errors, warnings);
  if (!ours && errors.empty()) Fail("refused without saying why");
  for (const auto& e : errors)
    if (e.message.empty() || e.where.empty()) Fail("an error without words or a place");
  if (text.substr(0, 3) == "\xEF\xBB\xBF" || TooDeep(text) || text.find('\0') != std::string_view::npos) return 0;
  nlohmann::json theirs = nlohmann::json::parse(text.begin(), text.end(), nullptr, false);
  if (ours != !theirs.is_discarded()) {
    std::fprintf(stderr, "ours %d, nlohmann %d\n", ours, !theirs.is_discarded());
    Fail("the two disagree on whether this is JSON");
  }
  if (ours && nlohmann::json::parse(tree.Root().Dump(), nullptr, false) != theirs) Fail("the two read different values");
  return 0;
}
