// Helpers shared by the unit tests.
#pragma once
#include <string>

#include "model/history.h"
#include "model/plan.h"
#include "model/sample.h"

namespace coplan::test {

inline const CopyId kMyCopy{"aaaaaaaaaaaaaaaa"};

inline History MakeHistory(const CopyId& copy = kMyCopy) {
  return History(copy, [] { return std::string("2026-11-23T10:00:00Z"); });
}

// A small plan with every kind of item and no tombstones among the first items.
inline Plan SmallPlan(std::uint64_t seed = 1) {
  SampleSize size;
  size.actions = 12;
  size.notes = 4;
  size.links = 6;
  size.people = 3;
  Plan plan = SamplePlan(size, seed);
  for (auto& a : plan.actions) a.meta.deleted = false;
  for (auto& n : plan.notes) n.meta.deleted = false;
  for (auto& p : plan.people) p.meta.deleted = false;
  for (auto& l : plan.links) l.meta.deleted = false;
  return plan;
}

}  // namespace coplan::test
