#include "migrate.h"

namespace coplan {
namespace {

using nlohmann::json;

// Version 1 (the first files): an action sat in one change ("change"), the lead's lived
// experience was "lead_lived_experience", status words had spaces, and there was no "sync".
void MigrateV1ToV2(json& root) {
  auto actions = root.find("actions");
  if (actions == root.end() || !actions->is_array()) return;
  for (json& action : *actions) {
    if (!action.is_object()) continue;
    if (auto change = action.find("change"); change != action.end()) {
      json changes = json::array();
      if (change->is_string()) changes.push_back(*change);
      action.erase(change);
      if (!action.contains("changes")) action["changes"] = std::move(changes);
    }
    if (auto lived = action.find("lead_lived_experience"); lived != action.end()) {
      json value = *lived;
      action.erase(lived);
      action["lead_has_lived_experience"] = std::move(value);
    }
    if (auto status = action.find("status"); status != action.end() && status->is_string()) {
      std::string word = status->get<std::string>();
      for (char& c : word)
        if (c == ' ') c = '-';
      *status = word;
    }
  }
}

void Hash(std::uint64_t& h, std::string_view text) {
  for (unsigned char c : text) {
    h ^= c;
    h *= 0x100000001b3ull;
  }
  h ^= 0xff;
  h *= 0x100000001b3ull;
}

void HashIds(std::uint64_t& h, const json& root, const char* key) {
  auto list = root.find(key);
  if (list == root.end() || !list->is_array()) return;
  for (const json& item : *list)
    if (item.is_object())
      if (auto id = item.find("id"); id != item.end() && id->is_string()) Hash(h, id->get_ref<const std::string&>());
}

}  // namespace

void MigrateToCurrent(json& root, int version, std::vector<Problem>& warnings) {
  if (version < 2) {
    MigrateV1ToV2(root);
    warnings.push_back({"", "This plan was saved by an older Coplan (file version " + std::to_string(version) +
                                "). It was brought up to date; saving writes the new version."});
  }
  root["version"] = kFileVersion;
}

LineageId LineageFromContent(const json& root) {
  std::uint64_t h = 0xcbf29ce484222325ull;
  if (auto title = root.find("title"); title != root.end() && title->is_string())
    Hash(h, title->get_ref<const std::string&>());
  for (const char* key : {"changes", "actions", "notes", "links", "people"}) HashIds(h, root, key);
  if (auto vision = root.find("vision"); vision != root.end() && vision->is_object()) HashIds(h, *vision, "parts");
  static const char* hex = "0123456789abcdef";
  std::string text(16, '0');
  for (int i = 15; i >= 0; --i, h >>= 4) text[static_cast<std::size_t>(i)] = hex[h & 15];
  return LineageId{text};
}

}  // namespace coplan
