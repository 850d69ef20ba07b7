// Plan files for coplan-cli: read with plain-English reasons, written with the atomic save.
#include <iostream>

#include "cli.h"
#include "io/plan_file.h"
#include "platform/file_system.h"
#include "platform/files.h"

namespace coplan {

std::optional<Plan> LoadPlanFile(const std::string& path) {
  std::string text, error;
  if (!platform::ReadWholeFile(path, kMaxFileBytes, text, error)) {
    std::cerr << "error: " << error << "\n";
    return std::nullopt;
  }
  LoadResult result = LoadPlanText(text);
  for (const auto& p : result.errors) std::cerr << path << ": error: " << p.Text() << "\n";
  for (const auto& p : result.warnings) std::cerr << path << ": warning: " << p.Text() << "\n";
  return std::move(result.plan);
}

bool WritePlanFile(const std::string& path, const Plan& plan) { return WritePlanText(path, SavePlanText(plan)); }

bool WritePlanText(const std::string& path, const std::string& text) {
  std::string error;
  if (!platform::WriteFileAtomically(platform::RealFileSystem(), path, text, error)) {
    std::cerr << "error: " << error << " Nothing was written.\n";
    return false;
  }
  return true;
}

}  // namespace coplan
