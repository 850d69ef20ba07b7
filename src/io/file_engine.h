// The engine behind file_fields.h, for the files that describe each kind in a file (FileKind<K>):
// it turns Kind<K>::fields into FileFields, orders every key, and reads and writes objects.
#pragma once
#include <algorithm>
#include <type_traits>

#include "file_fields.h"
#include "file_values.h"

namespace coplan {

// What a file has for kind K beside the fields of Kind<K>. Each specialisation has:
//   static constexpr FileField<K> extras[];     keys only the file has (ids, bookkeeping, old names)
//   static constexpr std::string_view order[];  every key in the order it is written; "*" stands
//                                               for the fields of Kind<K> not named in it
//   static constexpr FileGroup<K> groups[];
//   static UnknownFields* Unknown(In<K>&);      where unknown keys of the object are kept
//   static const UnknownFields& Unknown(const Out<K>&);
template <class K>
struct FileKind;

namespace file {

template <class K>
const K& Blank() {
  static const K blank{};
  return blank;
}

// Field I of Kind<K>, read and written by the type of its value.
template <class K, std::size_t I>
constexpr FileField<K> FromKind() {
  using F = FieldAt<K, I>;
  using V = std::remove_cvref_t<decltype(F::Of(std::declval<K&>()))>;
  FileField<K> f;
  f.name = std::get<I>(Kind<K>::fields).name;
  f.keep = std::get<I>(Kind<K>::fields).keep;
  f.read = [](Reader& r, const Value& v, In<K>& item) {
    auto& value = F::Of(FileTarget<K>::Fields(item));
    if constexpr (std::is_enum_v<V>) ReadWord(r, v, value, F::Of(Blank<K>()));
    else ReadValue(r, v, value, std::get<I>(Kind<K>::fields));
  };
  f.write = [](JsonWriter& w, const Out<K>& item) { WriteValue(w, F::Of(FileTarget<K>::Fields(item))); };
  f.is_set = [](const Out<K>& item) { return IsSet(F::Of(FileTarget<K>::Fields(item))); };
  return f;
}

template <class K>
struct Table {
  std::vector<FileField<K>> all;             // the fields of Kind<K>, then the extras
  std::vector<const FileField<K>*> written;  // in the order they are written
  std::vector<const FileField<K>*> by_name;  // sorted, for reading
};

template <class K>
Table<K> MakeTable() {
  Table<K> t;
  [&]<std::size_t... I>(std::index_sequence<I...>) { (t.all.push_back(FromKind<K, I>()), ...); }(
      std::make_index_sequence<kFieldCount<K>>{});
  for (const auto& extra : FileKind<K>::extras) t.all.push_back(extra);
  auto named = [](std::string_view name) {
    return std::find(std::begin(FileKind<K>::order), std::end(FileKind<K>::order), name) != std::end(FileKind<K>::order);
  };
  for (std::string_view name : FileKind<K>::order)
    for (std::size_t i = 0; i < t.all.size(); ++i) {
      bool of_kind = i < kFieldCount<K>;
      if (name == "*" ? of_kind && !named(t.all[i].name) : t.all[i].name == name && t.all[i].write)
        t.written.push_back(&t.all[i]);
    }
  for (const auto& f : t.all) t.by_name.push_back(&f);
  std::sort(t.by_name.begin(), t.by_name.end(), [](auto* a, auto* b) { return a->name < b->name; });
  return t;
}

template <class K>
const Table<K>& TableOf() {
  static const Table<K> table = MakeTable<K>();
  return table;
}

template <class K>
const FileField<K>* Find(std::string_view name, int version) {
  const auto& by_name = TableOf<K>().by_name;
  auto at = std::lower_bound(by_name.begin(), by_name.end(), name, [](auto* f, std::string_view n) { return f->name < n; });
  for (; at != by_name.end() && (*at)->name == name; ++at)
    if ((*at)->version == 0 || (*at)->version == version) return *at;
  return nullptr;
}

template <class K>
const FileGroup<K>* GroupNamed(std::string_view name) {
  for (const auto& g : FileKind<K>::groups)
    if (g.name == name) return &g;
  return nullptr;
}

template <class K>
void ReadMembers(Reader& r, const Value& obj, In<K>& item, const FileGroup<K>* group) {
  std::string full;
  obj.ForEachMember([&](std::string_view key, const Value& value) {
    Scope scope(r, key);
    if (group) full.assign(group->name).append(".").append(key);
    if (const FileField<K>* f = Find<K>(group ? std::string_view(full) : key, r.file_version)) return f->read(r, value, item);
    if (const FileGroup<K>* g = group ? nullptr : GroupNamed<K>(key)) {
      if (value.IsObject()) return ReadMembers<K>(r, value, item, g);
      if (g->bookkeeping) return r.Warn("should be a group of fields, but it is " + Describe(value) + "; it was left out.");
      return r.Error("should be a group of fields, but it is " + Describe(value) + ".");
    }
    UnknownFields* unknown = !group ? FileKind<K>::Unknown(item) : group->unknown ? group->unknown(item) : nullptr;
    if (unknown) unknown->emplace_back(std::string(key), value.Dump());
    else r.Warn("this field is not known to this Coplan and was left out.");
  });
}

}  // namespace file

template <class K>
void ReadObject(Reader& r, const Value& obj, In<K>& item) {
  if (!ExpectObject(r, obj)) return;
  for (const FileField<K>* f : file::TableOf<K>().written)
    if (f->keep == Keep::Required && !obj.Contains(f->name))
      r.Error("the required field \"" + std::string(f->name) + "\" is missing.");
  file::ReadMembers<K>(r, obj, item, nullptr);
}

template <class K>
void WriteObject(JsonWriter& w, const Out<K>& item) {
  w.BeginObject();
  const FileGroup<K>* open = nullptr;
  auto close = [&] {
    if (open && open->unknown_out) WriteUnknown(w, *open->unknown_out(item));
    if (open) w.EndObject();
    open = nullptr;
  };
  for (const FileField<K>* f : file::TableOf<K>().written) {
    std::size_t dot = f->name.find('.');
    const FileGroup<K>* group = dot == std::string_view::npos ? nullptr : file::GroupNamed<K>(f->name.substr(0, dot));
    if (open != group) close();
    if (f->keep == Keep::IfSet && f->is_set && !f->is_set(item)) continue;
    if (group && !open) {
      w.Key(group->name);
      w.BeginObject();
      open = group;
    }
    w.Key(group ? f->name.substr(dot + 1) : f->name);
    f->write(w, item);
  }
  close();
  WriteUnknown(w, FileKind<K>::Unknown(item));
  w.EndObject();
}

template <class K>
std::vector<std::string_view> WrittenKeys() {
  std::vector<std::string_view> keys;
  for (const FileField<K>* f : file::TableOf<K>().written) keys.push_back(f->name);
  return keys;
}

template <class K>
std::vector<std::string_view> ReadKeys() {
  std::vector<std::string_view> keys;
  for (const FileField<K>* f : file::TableOf<K>().by_name) keys.push_back(f->name);
  return keys;
}

}  // namespace coplan
