// Shared by the commands of coplan-cli.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "model/plan.h"

namespace coplan {

// Loads a plan, printing its problems to stderr.
std::optional<Plan> LoadPlanFile(const std::string& path);
bool WritePlanFile(const std::string& path, const Plan& plan);

// coplan-cli merge A B -o OUT [--ours|--theirs]
int MergeCommand(const std::vector<std::string>& args);

}  // namespace coplan
