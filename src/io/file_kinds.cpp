// What a file has for each kind of item beside its fields: an id, merge bookkeeping, and the
// names version 1 files used. The fields themselves come from model/item_kinds.h.
#include "file_engine.h"

namespace coplan {
namespace {

template <class T>
void ReadId(Reader& r, const Value& v, T& item) {
  if (!ReadText(r, v, item.id.text) || !FitsIn(r, item.id.text, kMaxShortText, "id")) return;
  if (item.id.empty()) r.Error("an id cannot be empty.");
}
template <class T>
void WriteId(JsonWriter& w, const T& item) {
  w.String(item.id.text);
}
template <class T>
void ReadSync(Reader& r, const Value& v, T& item) {
  ReadMeta(r, v, item.meta);
}
template <class T>
void WriteSync(JsonWriter& w, const T& item) {
  WriteMeta(w, item.meta);
}

// Every item starts with its id and ends with its bookkeeping, then fields from newer Coplans.
template <class T>
struct ItemFile {
  static constexpr FileField<T> id{"id", Keep::Required, ReadId<T>, WriteId<T>};
  static constexpr FileField<T> sync{"sync", Keep::Always, ReadSync<T>, WriteSync<T>};
  static constexpr std::string_view order[] = {"id", "*", "sync"};
  static UnknownFields* Unknown(T& item) { return &item.meta.unknown; }
  static const UnknownFields& Unknown(const T& item) { return item.meta.unknown; }
};

// Version 1 kept one change per action in "change", and the lead's lived experience in
// "lead_lived_experience".
void ReadOldChange(Reader& r, const Value& v, Action& a) {
  std::string id;
  if (ReadText(r, v, id) && FitsIn(r, id, kMaxShortText, "change") && !id.empty()) a.changes = {ChangeId{id}};
}
void ReadOldLived(Reader& r, const Value& v, Action& a) { ReadBool(r, v, a.lead_has_lived_experience); }

}  // namespace

template <>
struct FileKind<VisionPart> : ItemFile<VisionPart> {
  static constexpr FileField<VisionPart> extras[] = {id, sync};
  static constexpr std::array<FileGroup<VisionPart>, 0> groups{};
};

template <>
struct FileKind<Change> : ItemFile<Change> {
  static constexpr FileField<Change> extras[] = {id, sync};
  static constexpr std::array<FileGroup<Change>, 0> groups{};
};

template <>
struct FileKind<Action> : ItemFile<Action> {
  static constexpr FileField<Action> extras[] = {
      id, sync,
      {"change", Keep::IfSet, ReadOldChange, nullptr, nullptr, 1},
      {"lead_lived_experience", Keep::IfSet, ReadOldLived, nullptr, nullptr, 1},
  };
  static constexpr std::array groups{FileGroup<Action>{"needs"}};
  // A card whose file gives it no position is placed when the plan is opened.
  static void Finish(const Value& obj, Action& a) {
    if (!obj.Contains("position")) a.position = kNoPosition;
  }
};

template <>
struct FileKind<Note> : ItemFile<Note> {
  static constexpr FileField<Note> extras[] = {id, sync};
  static constexpr std::array<FileGroup<Note>, 0> groups{};
};

template <>
struct FileKind<Link> : ItemFile<Link> {
  static constexpr FileField<Link> extras[] = {id, sync};
  static constexpr std::array<FileGroup<Link>, 0> groups{};
};

template <>
struct FileKind<Person> : ItemFile<Person> {
  static constexpr FileField<Person> extras[] = {id, sync};
  static constexpr std::array<FileGroup<Person>, 0> groups{};
};

COPLAN_FILE_KIND_TEMPLATES(, VisionPart);
COPLAN_FILE_KIND_TEMPLATES(, Change);
COPLAN_FILE_KIND_TEMPLATES(, Action);
COPLAN_FILE_KIND_TEMPLATES(, Note);
COPLAN_FILE_KIND_TEMPLATES(, Link);
COPLAN_FILE_KIND_TEMPLATES(, Person);

}  // namespace coplan
