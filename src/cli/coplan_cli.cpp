// coplan-cli: check, create, upgrade and merge plan files with no window.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "cli_merge.h"
#include "io/plan_file.h"
#include "model/sample.h"
#include "model/sync.h"
#include "model/template.h"

namespace {

using namespace coplan;

int Usage() {
  std::cerr << "Usage:\n"
               "  coplan-cli validate FILE...\n"
               "  coplan-cli new --title TITLE -o FILE\n"
               "  coplan-cli upgrade IN -o OUT\n"
               "  coplan-cli merge A B -o OUT [--ours | --theirs]\n"
               "  coplan-cli sample [--actions N] [--seed S] -o FILE   (a made-up plan for trying things out)\n";
  return 2;
}

// Reads a whole file; on failure says why in `error`.
bool ReadFile(const std::string& path, std::string& text, std::string& error) {
  std::error_code ec;
  auto size = std::filesystem::file_size(path, ec);
  if (ec) {
    error = "Could not open the file.";
    return false;
  }
  if (auto too_large = CheckFileSize(size)) {
    error = too_large->Text();
    return false;
  }
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  text = buffer.str();
  return true;
}

void PrintProblems(const std::string& path, const LoadResult& result) {
  for (const auto& p : result.errors) std::cout << path << ": error: " << p.Text() << "\n";
  for (const auto& p : result.warnings) std::cout << path << ": warning: " << p.Text() << "\n";
}

int Validate(const std::vector<std::string>& files) {
  if (files.empty()) return Usage();
  int failures = 0;
  for (const auto& path : files) {
    std::string text, error;
    if (!ReadFile(path, text, error)) {
      std::cout << path << ": error: " << error << "\n";
      ++failures;
      continue;
    }
    LoadResult result = LoadPlanText(text);
    PrintProblems(path, result);
    if (result.ok()) std::cout << path << ": OK\n";
    else ++failures;
  }
  return failures ? 1 : 0;
}

std::string ArgAfter(const std::vector<std::string>& args, const std::string& flag) {
  for (std::size_t i = 0; i + 1 < args.size(); ++i)
    if (args[i] == flag) return args[i + 1];
  return {};
}

int New(const std::vector<std::string>& args) {
  std::string title = ArgAfter(args, "--title"), out = ArgAfter(args, "-o");
  if (title.empty() || out.empty()) return Usage();
  IdMaker ids;
  CopyId copy = ids.New<CopyId>();
  Plan plan = NewPlan(title, ids, copy, NowUtc());
  plan.saved_by = copy;
  return WritePlanFile(out, plan) ? 0 : 1;
}

int Upgrade(const std::vector<std::string>& args) {
  std::string out = ArgAfter(args, "-o");
  if (args.size() < 3 || out.empty()) return Usage();
  std::optional<Plan> plan = LoadPlanFile(args[0]);
  return plan && WritePlanFile(out, *plan) ? 0 : 1;
}

int Sample(const std::vector<std::string>& args) {
  std::string out = ArgAfter(args, "-o");
  if (out.empty()) return Usage();
  SampleSize size;
  std::string actions = ArgAfter(args, "--actions"), seed = ArgAfter(args, "--seed");
  if (!actions.empty()) {
    size.actions = std::clamp(std::atoi(actions.c_str()), 0, 1000000);
    size.notes = size.actions / 5;
    size.links = size.actions * 2;
  }
  Plan plan = SamplePlan(size, seed.empty() ? 1 : std::strtoull(seed.c_str(), nullptr, 10));
  return WritePlanFile(out, plan) ? 0 : 1;
}

}  // namespace

namespace coplan {

std::optional<Plan> LoadPlanFile(const std::string& path) {
  std::string text, error;
  if (!ReadFile(path, text, error)) {
    std::cerr << path << ": error: " << error << "\n";
    return std::nullopt;
  }
  LoadResult result = LoadPlanText(text);
  for (const auto& p : result.errors) std::cerr << path << ": error: " << p.Text() << "\n";
  for (const auto& p : result.warnings) std::cerr << path << ": warning: " << p.Text() << "\n";
  return std::move(result.plan);
}

bool WritePlanFile(const std::string& path, const Plan& plan) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << SavePlanText(plan);
  out.close();
  if (!out) std::cerr << path << ": error: could not write the file.\n";
  return static_cast<bool>(out);
}

}  // namespace coplan

int main(int argc, char** argv) {
  if (argc < 2) return Usage();
  std::string command = argv[1];
  std::vector<std::string> args(argv + 2, argv + argc);
  if (command == "validate") return Validate(args);
  if (command == "new") return New(args);
  if (command == "upgrade") return Upgrade(args);
  if (command == "merge") return MergeCommand(args);
  if (command == "sample") return Sample(args);
  return Usage();
}
