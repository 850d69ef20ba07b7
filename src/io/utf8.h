// UTF-8 checks (find matches whole letters with them).
#pragma once
#include <cstddef>
#include <string_view>

namespace coplan {

// Length of the valid UTF-8 sequence that starts at s[i] (a byte >= 0x80), or 0 if it is not valid:
// no overlong forms, no surrogates, nothing above U+10FFFF.
inline std::size_t Utf8Length(std::string_view s, std::size_t i) {
  auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char c = byte(i);
  std::size_t len = c < 0xC2 ? 0 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : c < 0xF5 ? 4 : 0;
  if (len == 0 || i + len > s.size()) return 0;
  for (std::size_t k = 1; k < len; ++k)
    if ((byte(i + k) & 0xC0) != 0x80) return 0;
  unsigned char c1 = byte(i + 1);
  if ((c == 0xE0 && c1 < 0xA0) || (c == 0xED && c1 > 0x9F) || (c == 0xF0 && c1 < 0x90) || (c == 0xF4 && c1 > 0x8F))
    return 0;
  return len;
}

}  // namespace coplan
