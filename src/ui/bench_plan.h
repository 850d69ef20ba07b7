// A large made-up plan for measuring the canvas: `actions` one-line cards spread over the five
// key changes, stacked in their lanes, and `links` connectors between them. Same input, same plan.
#pragma once
#include "model/plan.h"

namespace coplan::ui {

Plan BenchPlan(int actions, int links);

}  // namespace coplan::ui
