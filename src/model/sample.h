// Made-up plans for tests, benchmarks and demos: every field filled, some items deleted, a few
// fields from an imagined newer Coplan. The same seed gives the same plan.
#pragma once
#include <cstdint>

#include "plan.h"

namespace coplan {

struct SampleSize {
  int actions = 50;
  int notes = 10;
  int links = 60;
  int people = 8;
  int themes = 1;   // the group's own themes, beside the five key changes
  int copies = 3;   // how many copies have edited it
};

Plan SamplePlan(const SampleSize& size, std::uint64_t seed);

}  // namespace coplan
