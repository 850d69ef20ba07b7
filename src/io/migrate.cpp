#include "migrate.h"

namespace coplan {
namespace {

void Hash(std::uint64_t& h, std::string_view text) {
  for (unsigned char c : text) {
    h ^= c;
    h *= 0x100000001b3ull;
  }
  h ^= 0xff;
  h *= 0x100000001b3ull;
}

void HashIds(std::uint64_t& h, const json::Value& root, std::string_view key) {
  auto list = root.Find(key);
  if (!list || !list->IsArray()) return;
  for (std::size_t i = 0; i < list->Size(); ++i) {
    json::Value item = (*list)[i];
    if (!item.IsObject()) continue;
    if (auto id = item.Find("id"); id && id->IsString()) Hash(h, id->Str());
  }
}

}  // namespace

void NoteMigration(int from_version, std::vector<Problem>& warnings) {
  if (from_version >= kFileVersion) return;
  warnings.push_back({"", "This plan was saved by an older Coplan (file version " + std::to_string(from_version) +
                              "). It was brought up to date; saving writes version " + std::to_string(kFileVersion) + "."});
}

LineageId LineageFromContent(const json::Value& root) {
  std::uint64_t h = 0xcbf29ce484222325ull;
  if (auto title = root.Find("title"); title && title->IsString()) Hash(h, title->Str());
  for (const char* key : {"changes", "actions", "notes", "links", "people"}) HashIds(h, root, key);
  if (auto vision = root.Find("vision"); vision && vision->IsObject()) HashIds(h, *vision, "parts");
  static const char* hex = "0123456789abcdef";
  std::string text(16, '0');
  for (int i = 15; i >= 0; --i, h >>= 4) text[static_cast<std::size_t>(i)] = hex[h & 15];
  return LineageId{text};
}

}  // namespace coplan
