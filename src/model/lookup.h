// Finding an item by id in a large plan. A small per-thread index remembers the last list searched
// for each kind of item; every hit is checked against the list itself, so a stale index can only
// cost time, never give a wrong answer.
#pragma once
#include <cstddef>
#include <string>
#include <unordered_map>
#include <vector>

namespace coplan {

// The position of the item with `id` in `items`, or items.size() if there is none.
template <class T, class IdT>
std::size_t IndexOf(const std::vector<T>& items, const IdT& id) {
  constexpr std::size_t kScanBelow = 64;
  auto scan = [&] {
    for (std::size_t i = 0; i < items.size(); ++i)
      if (items[i].id == id) return i;
    return items.size();
  };
  if (items.size() < kScanBelow) return scan();
  struct Index {
    const T* data = nullptr;
    std::size_t indexed = 0;
    std::unordered_map<std::string, std::size_t> where;
  };
  thread_local Index index;
  if (index.data != items.data() || index.indexed > items.size()) index = Index{items.data()};
  for (; index.indexed < items.size(); ++index.indexed) index.where[items[index.indexed].id.text] = index.indexed;
  auto it = index.where.find(id.text);
  if (it != index.where.end() && it->second < items.size() && items[it->second].id == id) return it->second;
  std::size_t at = scan();
  if (at < items.size()) index.where[id.text] = at;
  return at;
}

}  // namespace coplan
