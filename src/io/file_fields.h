// The io half of model/item_kinds.h: how each kind of item is read from and written to a plan
// file. Each kind's fields come from Kind<K>::fields; file_kinds.cpp adds what only the file has
// (ids, bookkeeping, the plan's lists, names older files used) and where each key goes.
#pragma once
#include <string_view>
#include <vector>

#include "json_tree.h"
#include "json_writer.h"
#include "model/item_kinds.h"
#include "reader.h"

namespace coplan {

// What the reader fills and the writer reads for kind K: the item itself; for the plan, the Plan
// and its own fields as merge sees them (PlanFields), which are copied in and out of the Plan.
template <class K>
struct FileTarget {
  using In = K;
  using Out = K;
  static K& Fields(K& item) { return item; }
  static const K& Fields(const K& item) { return item; }
};
struct PlanIn {
  Plan& plan;
  PlanFields& fields;
};
struct PlanOut {
  const Plan& plan;
  const PlanFields& fields;
};
template <>
struct FileTarget<PlanFields> {
  using In = PlanIn;
  using Out = PlanOut;
  static PlanFields& Fields(PlanIn& p) { return p.fields; }
  static const PlanFields& Fields(const PlanOut& p) { return p.fields; }
};
template <class K> using In = typename FileTarget<K>::In;
template <class K> using Out = typename FileTarget<K>::Out;

// One key of kind K in a file (a field of Kind<K>, or one only the file has).
template <class K>
struct FileField {
  std::string_view name;  // "needs.money" is "money" inside the group "needs"
  Keep keep = Keep::IfSet;
  void (*read)(Reader& r, const Value& v, In<K>& item) = nullptr;
  void (*write)(JsonWriter& w, const Out<K>& item) = nullptr;  // nullptr: a key only older files have
  bool (*is_set)(const Out<K>& item) = nullptr;                // for Keep::IfSet: written only if set
  int version = 0;  // read only in files of this version (0: in any)
};

// A group of keys inside one object ("needs": {"money": ..., "time": ...}).
template <class K>
struct FileGroup {
  std::string_view name;
  bool bookkeeping = false;  // if it is not an object it is left out with a warning, not refused
  UnknownFields* (*unknown)(In<K>& item) = nullptr;  // keeps keys this Coplan does not know; nullptr:
                                                     // they are left out with a warning
  const UnknownFields* (*unknown_out)(const Out<K>& item) = nullptr;
};

// Reads one object of kind K: required keys first, then every key in file order; keys this
// Coplan does not know are kept to be written back.
template <class K>
void ReadObject(Reader& r, const Value& obj, In<K>& item);

// Writes one object of kind K: its keys in a fixed order, then the unknown ones it kept.
template <class K>
void WriteObject(JsonWriter& w, const Out<K>& item);

// The keys of kind K in the order they are written, and every key the reader knows (with the
// names older files used). Both name a key inside a group as "group.key".
template <class K>
std::vector<std::string_view> WrittenKeys();
template <class K>
std::vector<std::string_view> ReadKeys();

// Made once for each kind, where FileKind<K> is (file_kinds.cpp, file_plan.cpp).
#define COPLAN_FILE_KIND_TEMPLATES(prefix, K)                           \
  prefix template void ReadObject<K>(Reader&, const Value&, In<K>&);    \
  prefix template void WriteObject<K>(JsonWriter&, const Out<K>&);      \
  prefix template std::vector<std::string_view> WrittenKeys<K>();       \
  prefix template std::vector<std::string_view> ReadKeys<K>()
COPLAN_FILE_KIND_TEMPLATES(extern, PlanFields);
COPLAN_FILE_KIND_TEMPLATES(extern, VisionPart);
COPLAN_FILE_KIND_TEMPLATES(extern, Change);
COPLAN_FILE_KIND_TEMPLATES(extern, Action);
COPLAN_FILE_KIND_TEMPLATES(extern, Note);
COPLAN_FILE_KIND_TEMPLATES(extern, Link);
COPLAN_FILE_KIND_TEMPLATES(extern, Person);

}  // namespace coplan
