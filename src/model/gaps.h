// Where a plan is thin, in plain English: the gaps the queries find ("Sharing power as equals has
// no actions yet"), each with what to do about it and the items it is about; and counts by status.
// Plan health and the plan outline both show them.
#pragma once
#include <array>
#include <string>
#include <vector>

#include "model/commands.h"
#include "model/queries.h"

namespace coplan {

// One place where the plan is thin, in plain English, with what to do about it.
struct HealthGap {
  std::string text;  // "Sharing power as equals has no actions yet"
  std::string hint;  // "Add an action to this change on the canvas."
  Selection items;   // what the gap is about: shown on the canvas when chosen
};

// Every gap in the plan: changes and vision parts no action serves, then actions with no lead,
// no lead with lived experience, no time set, and no way to know they worked.
std::vector<HealthGap> FindGaps(const Plan& plan);

// How many of `actions` have each status.
std::array<int, kStatusCount> CountStatuses(const std::vector<const Action*>& actions);
// "2 in progress, 1 done"; "No actions yet" when all are zero.
std::string StatusWords(const std::array<int, kStatusCount>& counts);

}  // namespace coplan
