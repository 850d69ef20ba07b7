// The engine behind file_fields.h, for the files that describe each kind in a file (FileKind<K>):
// it turns Kind<K>::fields into FileFields, orders every key, and reads and writes objects.
#pragma once
#include <algorithm>
#include <array>
#include <span>
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
// and may have static void Finish(const Value& obj, In<K>&), called after the object was read.
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
    if constexpr (std::is_enum_v<V>) ReadWord(r, v, value, F::Of(Blank<K>()), std::get<I>(Kind<K>::fields).label);
    else ReadValue(r, v, value, std::get<I>(Kind<K>::fields));
  };
  f.write = [](JsonWriter& w, const Out<K>& item) { WriteValue(w, F::Of(FileTarget<K>::Fields(item))); };
  f.is_set = [](const Out<K>& item) { return IsSet(F::Of(FileTarget<K>::Fields(item))); };
  return f;
}

// Every key of kind K, in the order they are written and sorted by name for reading, worked
// out when compiling: the fields of Kind<K>, then the extras.
template <class K>
struct Table {
  static constexpr std::size_t kCount = kFieldCount<K> + std::size(FileKind<K>::extras);
  std::array<FileField<K>, kCount> all{};
  std::array<const FileField<K>*, kCount> written{}, by_name{};
  std::size_t written_count = 0;
};

template <class K>
constexpr bool Named(std::string_view name) {
  for (std::string_view n : FileKind<K>::order)
    if (n == name) return true;
  return false;
}

template <class K>
constexpr Table<K> MakeTable() {
  Table<K> t;
  [&]<std::size_t... I>(std::index_sequence<I...>) { ((t.all[I] = FromKind<K, I>()), ...); }(
      std::make_index_sequence<kFieldCount<K>>{});
  for (std::size_t i = 0; i < std::size(FileKind<K>::extras); ++i) t.all[kFieldCount<K> + i] = FileKind<K>::extras[i];
  return t;
}

template <class K>
inline constexpr Table<K> kKeys = MakeTable<K>();

// The same table with the orders filled in (they point into kKeys<K>).
template <class K>
constexpr Table<K> MakeOrders() {
  Table<K> t = kKeys<K>;
  const auto& all = kKeys<K>.all;
  for (std::string_view name : FileKind<K>::order)
    for (std::size_t i = 0; i < all.size(); ++i)
      if (name == "*" ? i < kFieldCount<K> && !Named<K>(all[i].name) : all[i].name == name && all[i].write)
        t.written[t.written_count++] = &all[i];
  for (std::size_t i = 0; i < all.size(); ++i) {
    std::size_t at = i;
    for (; at > 0 && all[i].name < t.by_name[at - 1]->name; --at) t.by_name[at] = t.by_name[at - 1];
    t.by_name[at] = &all[i];
  }
  return t;
}

template <class K>
inline constexpr Table<K> kTable = MakeOrders<K>();

template <class K>
std::span<const FileField<K>* const> Written() {
  return std::span(kTable<K>.written).first(kTable<K>.written_count);
}

template <class K>
const FileField<K>* Find(std::string_view name, int version) {
  const auto& by_name = kTable<K>.by_name;
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
    if (unknown) KeepUnknown(r, *unknown, key, value);
    else r.Warn("this field is not known to this Coplan and was left out.");
  });
}

}  // namespace file

template <class K>
void ReadObject(Reader& r, const Value& obj, In<K>& item) {
  if (!ExpectObject(r, obj)) return;
  for (const FileField<K>* f : file::Written<K>())
    if (f->keep == Keep::Required && !obj.Contains(f->name))
      r.Error("the required field \"" + std::string(f->name) + "\" is missing.");
  file::ReadMembers<K>(r, obj, item, nullptr);
  if constexpr (requires { FileKind<K>::Finish(obj, item); }) FileKind<K>::Finish(obj, item);
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
  for (const FileField<K>* f : file::Written<K>()) {
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
  for (const FileField<K>* f : file::Written<K>()) keys.push_back(f->name);
  return keys;
}

template <class K>
std::vector<std::string_view> ReadKeys() {
  std::vector<std::string_view> keys;
  for (const FileField<K>* f : file::kTable<K>.by_name) keys.push_back(f->name);
  return keys;
}

}  // namespace coplan
