// Bringing older files up to the current version, on the JSON value before it is read.
#pragma once
#include <nlohmann/json.hpp>

#include "plan_file.h"

namespace coplan {

// Migrates `root` from `version` to kFileVersion, one step at a time. Notes what changed.
void MigrateToCurrent(nlohmann::json& root, int version, std::vector<Problem>& warnings);

// A stable id made from the plan's content, for files that do not have a lineage yet: two people
// upgrading the same old file get the same lineage, so their copies can still be merged.
LineageId LineageFromContent(const nlohmann::json& root);

}  // namespace coplan
