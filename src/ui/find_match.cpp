// The pure side of find and filter: folding text for comparison and matching actions to a query.
#include <algorithm>
#include <functional>

#include "io/utf8.h"
#include "model/commands.h"
#include "model/queries.h"
#include "ui/find.h"

namespace coplan::ui {
namespace {

// Plain letters for U+00C0..U+00FF and U+0100..U+017F. '*' keeps the character; a digit stands
// for two letters (see kPairs).
constexpr std::string_view kLatin1 = "aaaaaa1ceeeeiiiidnooooo*ouuuuy23aaaaaa1ceeeeiiiidnooooo*ouuuuy2y";
constexpr std::string_view kLatinA =
    "aaaaaaccccccccdd" "ddeeeeeeeeeegggg" "gggghhhhiiiiiiii" "ii44jjkkklllllll"   // U+0100..U+013F
    "lllnnnnnnnnnoooo" "oo55rrrrrrssssss" "ssttttttuuuuuuuu" "uuuuwwyyyzzzzzzs";  // U+0140..U+017F
constexpr std::string_view kPairs[] = {"", "ae", "th", "ss", "ij", "oe"};
static_assert(kLatin1.size() == 0x40 && kLatinA.size() == 0x80);

void AppendPlain(std::string& out, char plain) {
  if (plain >= '1' && plain <= '5') out += kPairs[plain - '0'];
  else out += plain;
}

char32_t Decode(std::string_view s, std::size_t at, std::size_t length) {
  auto byte = [&](std::size_t k) { return static_cast<char32_t>(static_cast<unsigned char>(s[at + k])); };
  if (length == 2) return ((byte(0) & 0x1F) << 6) | (byte(1) & 0x3F);
  if (length == 3) return ((byte(0) & 0x0F) << 12) | ((byte(1) & 0x3F) << 6) | (byte(2) & 0x3F);
  return ((byte(0) & 0x07) << 18) | ((byte(1) & 0x3F) << 12) | ((byte(2) & 0x3F) << 6) | (byte(3) & 0x3F);
}

// Appends the folded form of one code point; false if it has none (it is copied as it is).
bool AppendFolded(std::string& out, char32_t c) {
  if (c >= 0x300 && c <= 0x36F) return true;  // combining accents, as typed on some keyboards
  char plain = 0;
  if (c >= 0xC0 && c <= 0xFF) plain = kLatin1[c - 0xC0];
  else if (c >= 0x100 && c <= 0x17F) plain = kLatinA[c - 0x100];
  else if (c >= 0x1E80 && c <= 0x1E85) plain = 'w';  // ẁ ẃ ẅ
  else if (c == 0x1EF2 || c == 0x1EF3) plain = 'y';  // ỳ
  else if (c == 0x2018 || c == 0x2019 || c == 0x201B) plain = '\'';
  else if (c == 0x201C || c == 0x201D) plain = '"';
  else if (c == 0x2013 || c == 0x2014) plain = '-';
  if (plain == 0 || plain == '*') return false;
  AppendPlain(out, plain);
  return true;
}

void FoldInto(std::string& out, std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      out += static_cast<char>(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
      ++i;
      continue;
    }
    std::size_t length = Utf8Length(text, i);
    if (length == 0) {
      out += static_cast<char>(c);
      ++i;
      continue;
    }
    if (!AppendFolded(out, Decode(text, i, length))) out.append(text.substr(i, length));
    i += length;
  }
}

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

std::string_view Trim(std::string_view s) {
  while (!s.empty() && IsSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsSpace(s.back())) s.remove_suffix(1);
  return s;
}

std::vector<std::string> Words(std::string_view folded) {
  std::vector<std::string> words;
  std::size_t i = 0;
  while (i < folded.size()) {
    while (i < folded.size() && IsSpace(folded[i])) ++i;
    std::size_t start = i;
    while (i < folded.size() && !IsSpace(folded[i])) ++i;
    if (i > start) words.emplace_back(folded.substr(start, i - start));
  }
  return words;
}

// Everything a person wrote about the action, folded, one field a line.
void Haystack(std::string& out, const Action& a) {
  out.clear();
  auto add = [&out](const std::string& text) {
    FoldInto(out, text);
    out += '\n';
  };
  add(a.title);
  add(a.description);
  add(a.lead);
  for (const auto& s : a.involved) add(s);
  add(a.needs.money);
  add(a.needs.time);
  add(a.needs.people);
  add(a.needs.places);
  for (const auto& s : a.how_we_will_know) add(s);
  add(a.notes);
  for (const auto& s : a.tags) add(s);
}

struct PreparedQuery {
  std::vector<std::string> words;
  std::string lead, tag;
};

bool PassesFilters(const Action& a, const FindQuery& q, const PreparedQuery& p) {
  if (q.change && std::find(a.changes.begin(), a.changes.end(), *q.change) == a.changes.end()) return false;
  if (q.status && a.status != *q.status) return false;
  if (q.when && a.when != *q.when) return false;
  if (q.lived_experience && a.lead_has_lived_experience != *q.lived_experience) return false;
  if (!p.lead.empty() && FoldForSearch(a.lead).find(p.lead) == std::string::npos) return false;
  if (!p.tag.empty() &&
      std::none_of(a.tags.begin(), a.tags.end(), [&](const std::string& t) { return FoldForSearch(Trim(t)) == p.tag; }))
    return false;
  return true;
}

std::uint64_t Mix(std::uint64_t h, std::uint64_t v) {
  h ^= v + 0x9e3779b97f4a7c15ull + (h << 6) + (h >> 2);
  return h;
}

}  // namespace

std::string FoldForSearch(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  FoldInto(out, text);
  return out;
}

bool FindQuery::Active() const {
  return !Trim(text).empty() || change || status || when || !Trim(lead).empty() || lived_experience ||
         !Trim(tag).empty();
}

void DropMissingFilters(const Plan& plan, FindQuery& query) {
  if (!query.change) return;
  const Change* change = FindChange(plan, *query.change);
  if (!change || change->meta.deleted) query.change.reset();
}

std::vector<char> MatchActions(const Plan& plan, const FindQuery& query) {
  PreparedQuery prepared{Words(FoldForSearch(query.text)), FoldForSearch(Trim(query.lead)),
                         FoldForSearch(Trim(query.tag))};
  std::vector<char> matches(plan.actions.size(), 0);
  std::string haystack;
  for (std::size_t i = 0; i < plan.actions.size(); ++i) {
    const Action& a = plan.actions[i];
    if (a.meta.deleted || !PassesFilters(a, query, prepared)) continue;
    if (!prepared.words.empty()) {
      Haystack(haystack, a);
      auto found = [&](const std::string& w) { return haystack.find(w) != std::string::npos; };
      if (!std::all_of(prepared.words.begin(), prepared.words.end(), found)) continue;
    }
    matches[i] = 1;
  }
  return matches;
}

std::vector<char> MatchNotes(const Plan& plan, const FindQuery& query) {
  std::vector<char> matches(plan.notes.size(), 0);
  bool filtered = query.change || query.status || query.when || !Trim(query.lead).empty() || query.lived_experience ||
                  !Trim(query.tag).empty();
  std::vector<std::string> words = Words(FoldForSearch(query.text));
  if (filtered || words.empty()) return matches;
  std::string haystack;
  for (std::size_t i = 0; i < plan.notes.size(); ++i) {
    const Note& n = plan.notes[i];
    if (n.meta.deleted) continue;
    haystack.clear();
    FoldInto(haystack, n.text);
    auto found = [&](const std::string& w) { return haystack.find(w) != std::string::npos; };
    matches[i] = std::all_of(words.begin(), words.end(), found) ? 1 : 0;
  }
  return matches;
}

namespace {

// Which items a plan has and when each last changed (not what they say).
template <class Item>
std::uint64_t ItemsSignature(const Plan& plan, const std::vector<Item>& items) {
  std::hash<std::string> hash;
  std::uint64_t h = Mix(hash(plan.lineage.text), items.size());
  for (const Item& item : items) {
    h = Mix(h, hash(item.id.text));
    h = Mix(h, item.meta.revision * 2 + (item.meta.deleted ? 1 : 0));
    h = Mix(h, hash(item.meta.changed_at) ^ hash(item.meta.changed_by.text));
  }
  return h;
}

}  // namespace

std::uint64_t NotesSignature(const Plan& plan) { return ItemsSignature(plan, plan.notes); }

std::uint64_t ActionsSignature(const Plan& plan) { return ItemsSignature(plan, plan.actions); }

std::string MatchCountText(std::size_t count) {
  if (count == 0) return "No actions match";
  return CountNoun(count, "action", "actions") + (count == 1 ? " matches" : " match");
}

std::string MatchCountText(std::size_t actions, std::size_t notes) {
  if (notes == 0) return MatchCountText(actions);
  std::string text = CountNoun(notes, "note", "notes");
  if (actions == 0) return text + (notes == 1 ? " matches" : " match");
  return CountNoun(actions, "action", "actions") + " and " + text + " match";
}

}  // namespace coplan::ui
