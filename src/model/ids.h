// Strongly typed ids for everything in a plan. An id is a short random hex string that never
// changes once made, so two copies of a plan edited apart still agree on what is what.
#pragma once
#include <cstdint>
#include <functional>
#include <random>
#include <string>

namespace coplan {

template <class Tag>
struct Id {
  std::string text;

  bool empty() const { return text.empty(); }
  friend bool operator==(const Id& a, const Id& b) { return a.text == b.text; }
  friend bool operator!=(const Id& a, const Id& b) { return a.text != b.text; }
  friend bool operator<(const Id& a, const Id& b) { return a.text < b.text; }
};

using ActionId = Id<struct ActionTag>;
using ChangeId = Id<struct ChangeTag>;
using VisionPartId = Id<struct VisionPartTag>;
using NoteId = Id<struct NoteTag>;
using LinkId = Id<struct LinkTag>;
using PersonId = Id<struct PersonTag>;
using CopyId = Id<struct CopyTag>;      // one per installation or browser, never a person's name
using LineageId = Id<struct LineageTag>;  // one per plan, shared by every copy of it

// Makes random ids. Seedable so tests and benchmarks are repeatable.
class IdMaker {
 public:
  IdMaker() : m_rng(std::random_device{}()) {}
  explicit IdMaker(std::uint64_t seed) : m_rng(seed) {}

  std::string NewText() {
    static const char* hex = "0123456789abcdef";
    std::uint64_t v = m_rng();
    std::string s(16, '0');
    for (int i = 15; i >= 0; --i, v >>= 4) s[i] = hex[v & 15];
    return s;
  }
  template <class IdType>
  IdType New() {
    return IdType{NewText()};
  }

 private:
  std::mt19937_64 m_rng;
};

}  // namespace coplan

template <class Tag>
struct std::hash<coplan::Id<Tag>> {
  std::size_t operator()(const coplan::Id<Tag>& id) const { return std::hash<std::string>{}(id.text); }
};
