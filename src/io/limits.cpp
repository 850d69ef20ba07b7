// The limits on what a plan may hold (plan_file.h), checked while reading, with words.
#include <algorithm>

#include "reader.h"

namespace coplan {
namespace {

std::string Capitalised(std::string text) {
  if (!text.empty() && text[0] >= 'a' && text[0] <= 'z') text[0] = static_cast<char>(text[0] - 'a' + 'A');
  return text;
}

// The longest text (or name) anywhere in a value, in characters.
std::size_t LongestText(const Value& v) {
  std::size_t longest = v.IsString() ? Characters(v.Str()) : 0;
  for (std::size_t i = 0; v.IsArray() && i < v.Size(); ++i) longest = std::max(longest, LongestText(v[i]));
  v.ForEachMember([&](std::string_view key, const Value& member) {
    longest = std::max({longest, Characters(key), LongestText(member)});
  });
  return longest;
}

}  // namespace

std::string Thousands(std::size_t n) {
  std::string digits = std::to_string(n), out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

std::size_t Characters(std::string_view text) {
  return static_cast<std::size_t>(
      std::count_if(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

bool FitsIn(Reader& r, std::string& text, std::size_t limit, std::string_view label) {
  if (text.size() <= limit) return true;
  std::size_t length = Characters(text);
  if (length <= limit) return true;
  r.Error(Capitalised(r.item) + " has " + Thousands(length) + " characters in the " + std::string(label) +
          "; Coplan opens up to " + Thousands(limit) + ".");
  std::string().swap(text);
  return false;
}

bool FewEnough(Reader& r, std::size_t count, std::size_t limit, std::string_view label) {
  if (count <= limit) return true;
  r.Error(Capitalised(r.item) + " has " + Thousands(count) + " entries in the " + std::string(label) +
          "; Coplan opens up to " + Thousands(limit) + ".");
  return false;
}

void KeepUnknown(Reader& r, UnknownFields& into, std::string_view key, const Value& value) {
  if (into.size() > kMaxUnknownFields) return;  // said so once already
  if (into.size() == kMaxUnknownFields) {
    r.Error(Capitalised(r.item) + " has more than " + Thousands(kMaxUnknownFields) +
            " fields this Coplan does not know; Coplan opens up to " + Thousands(kMaxUnknownFields) + ".");
  } else if (Characters(key) > kMaxShortText) {
    r.Error(Capitalised(r.item) + " has a field with a name of " + Thousands(Characters(key)) +
            " characters; Coplan opens names of up to " + Thousands(kMaxShortText) + ".");
    return;
  } else if (std::size_t longest = LongestText(value); longest > kMaxLongText) {
    r.Error(Capitalised(r.item) + " has a text of " + Thousands(longest) + " characters in " + Quoted(key) +
            "; Coplan opens up to " + Thousands(kMaxLongText) + ".");
    return;
  }
  into.emplace_back(std::string(key), value.Dump());
}

}  // namespace coplan
