#include "plan_read_items.h"

#include <algorithm>

#include "model/dates.h"

namespace coplan {
namespace {

bool IsColour(const std::string& s) {
  return s.size() == 7 && s[0] == '#' &&
         std::all_of(s.begin() + 1, s.end(), [](char c) { return std::isxdigit(static_cast<unsigned char>(c)); });
}

void ReadDate(Reader& r, const Value& v, std::string& out) {
  if (!ReadText(r, v, out) || out.empty() || IsPlanDate(out)) return;
  r.Warn("\"" + out + "\" is not a date like 2026-03-31; it was cleared.");
  out.clear();
}

void ReadColour(Reader& r, const Value& v, std::string& out) {
  if (!ReadText(r, v, out) || out.empty() || IsColour(out)) return;
  r.Warn("\"" + out + "\" is not a colour like #f4c542; the default colour is used.");
  out.clear();
}

template <class T>
void ReadId(Reader& r, const Value& v, T& item) {
  if (ReadText(r, v, item.id.text) && item.id.empty()) r.Error("an id cannot be empty.");
}

template <class T>
void ReadDeleted(Reader& r, const Value& v, T& item) {
  ReadBool(r, v, item.meta.deleted);
}

template <class T>
void ReadSync(Reader& r, const Value& v, T& item) {
  ReadMeta(r, v, item.meta);
}

void ReadNeeds(Reader& r, const Value& v, Needs& needs) {
  static const Handler<Needs> kHandlers[] = {
      {"money", [](Reader& r, const Value& v, Needs& n) { ReadText(r, v, n.money); }},
      {"people", [](Reader& r, const Value& v, Needs& n) { ReadText(r, v, n.people); }},
      {"places", [](Reader& r, const Value& v, Needs& n) { ReadText(r, v, n.places); }},
      {"time", [](Reader& r, const Value& v, Needs& n) { ReadText(r, v, n.time); }},
  };
  if (!ExpectObject(r, v)) return;
  ReadFields<Needs>(r, v, needs, kHandlers, nullptr);
}

// Handler tables, sorted by key.
const Handler<VisionPart> kVisionPart[] = {
    {"deleted", ReadDeleted<VisionPart>},
    {"id", ReadId<VisionPart>},
    {"sync", ReadSync<VisionPart>},
    {"text", [](Reader& r, const Value& v, VisionPart& p) { ReadText(r, v, p.text); }},
};

const Handler<Change> kChange[] = {
    {"deleted", ReadDeleted<Change>},
    {"description", [](Reader& r, const Value& v, Change& c) { ReadText(r, v, c.description); }},
    {"id", ReadId<Change>},
    {"is_key_change", [](Reader& r, const Value& v, Change& c) { ReadBool(r, v, c.is_key_change); }},
    {"sync", ReadSync<Change>},
    {"title", [](Reader& r, const Value& v, Change& c) { ReadText(r, v, c.title); }},
};

// Version 1 kept one change per action in "change" and the lived-experience flag in
// "lead_lived_experience", and wrote status words with spaces ("in progress").
void ReadLegacyChange(Reader& r, const Value& v, Action& a) {
  if (r.file_version != 1) return void(a.meta.unknown.emplace_back("change", v.Dump()));
  std::string id;
  if (ReadText(r, v, id) && !id.empty()) a.changes = {ChangeId{id}};
}

void ReadLegacyLived(Reader& r, const Value& v, Action& a) {
  if (r.file_version != 1) return void(a.meta.unknown.emplace_back("lead_lived_experience", v.Dump()));
  ReadBool(r, v, a.lead_has_lived_experience);
}

void ReadStatus(Reader& r, const Value& v, Action& a) {
  if (r.file_version == 1 && v.IsString()) {
    std::string word(v.Str());
    std::replace(word.begin(), word.end(), ' ', '-');
    if (auto status = FromWord<Status>(word)) return void(a.status = *status);
  }
  ReadWord(r, v, a.status, Status::Idea);
}

const Handler<Action> kAction[] = {
    {"change", ReadLegacyChange},
    {"changes", [](Reader& r, const Value& v, Action& a) { ReadIds(r, v, a.changes); }},
    {"colour", [](Reader& r, const Value& v, Action& a) { ReadColour(r, v, a.colour); }},
    {"deleted", ReadDeleted<Action>},
    {"description", [](Reader& r, const Value& v, Action& a) { ReadText(r, v, a.description); }},
    {"due_date", [](Reader& r, const Value& v, Action& a) { ReadDate(r, v, a.due_date); }},
    {"how_we_will_know", [](Reader& r, const Value& v, Action& a) { ReadTexts(r, v, a.how_we_will_know); }},
    {"id", ReadId<Action>},
    {"involved", [](Reader& r, const Value& v, Action& a) { ReadTexts(r, v, a.involved); }},
    {"involvement", [](Reader& r, const Value& v, Action& a) { ReadWord(r, v, a.involvement, Involvement::NotSet); }},
    {"lead", [](Reader& r, const Value& v, Action& a) { ReadText(r, v, a.lead); }},
    {"lead_has_lived_experience", [](Reader& r, const Value& v, Action& a) { ReadBool(r, v, a.lead_has_lived_experience); }},
    {"lead_lived_experience", ReadLegacyLived},
    {"needs", [](Reader& r, const Value& v, Action& a) { ReadNeeds(r, v, a.needs); }},
    {"notes", [](Reader& r, const Value& v, Action& a) { ReadText(r, v, a.notes); }},
    {"position", [](Reader& r, const Value& v, Action& a) { ReadPoint(r, v, a.position); }},
    {"start_date", [](Reader& r, const Value& v, Action& a) { ReadDate(r, v, a.start_date); }},
    {"status", ReadStatus},
    {"sync", ReadSync<Action>},
    {"tags", [](Reader& r, const Value& v, Action& a) { ReadTexts(r, v, a.tags); }},
    {"title", [](Reader& r, const Value& v, Action& a) { ReadText(r, v, a.title); }},
    {"vision_parts", [](Reader& r, const Value& v, Action& a) { ReadIds(r, v, a.vision_parts); }},
    {"when", [](Reader& r, const Value& v, Action& a) { ReadWord(r, v, a.when, When::NotSet); }},
};

const Handler<Note> kNote[] = {
    {"colour", [](Reader& r, const Value& v, Note& n) { ReadColour(r, v, n.colour); }},
    {"deleted", ReadDeleted<Note>},
    {"id", ReadId<Note>},
    {"kind", [](Reader& r, const Value& v, Note& n) { ReadWord(r, v, n.kind, NoteKind::Idea); }},
    {"position", [](Reader& r, const Value& v, Note& n) { ReadPoint(r, v, n.position); }},
    {"sync", ReadSync<Note>},
    {"text", [](Reader& r, const Value& v, Note& n) { ReadText(r, v, n.text); }},
};

const Handler<Link> kLink[] = {
    {"deleted", ReadDeleted<Link>},
    {"from", [](Reader& r, const Value& v, Link& l) { ReadText(r, v, l.from.text); }},
    {"id", ReadId<Link>},
    {"kind", [](Reader& r, const Value& v, Link& l) { ReadWord(r, v, l.kind, LinkKind::Supports); }},
    {"sync", ReadSync<Link>},
    {"to", [](Reader& r, const Value& v, Link& l) { ReadText(r, v, l.to.text); }},
};

const Handler<Person> kPerson[] = {
    {"agrees_to_be_named", [](Reader& r, const Value& v, Person& p) { ReadBool(r, v, p.agrees_to_be_named); }},
    {"deleted", ReadDeleted<Person>},
    {"id", ReadId<Person>},
    {"name", [](Reader& r, const Value& v, Person& p) { ReadText(r, v, p.name); }},
    {"role", [](Reader& r, const Value& v, Person& p) { ReadWord(r, v, p.role, PersonRole::Other); }},
    {"sync", ReadSync<Person>},
};

template <class T>
void Read(Reader& r, const Value& obj, T& item, std::span<const Handler<T>> handlers,
          std::initializer_list<const char*> required) {
  if (!ExpectObject(r, obj)) return;
  for (const char* key : required)
    if (!obj.Contains(key)) r.Error(std::string("the required field \"") + key + "\" is missing.");
  ReadFields(r, obj, item, handlers, &item.meta.unknown);
}

}  // namespace

void ReadItem(Reader& r, const Value& obj, VisionPart& item) { Read<VisionPart>(r, obj, item, kVisionPart, {"id"}); }
void ReadItem(Reader& r, const Value& obj, Change& item) { Read<Change>(r, obj, item, kChange, {"id", "title"}); }
void ReadItem(Reader& r, const Value& obj, Action& item) {
  Read<Action>(r, obj, item, kAction, {"id", "title"});
  if (obj.IsObject() && !obj.Contains("position")) item.position = kNoPosition;  // placed when opened
}
void ReadItem(Reader& r, const Value& obj, Note& item) { Read<Note>(r, obj, item, kNote, {"id"}); }
void ReadItem(Reader& r, const Value& obj, Link& item) { Read<Link>(r, obj, item, kLink, {"id", "from", "to"}); }
void ReadItem(Reader& r, const Value& obj, Person& item) { Read<Person>(r, obj, item, kPerson, {"id"}); }

}  // namespace coplan
