// coplan-cli merge A B -o OUT [--ours|--theirs]: merges copy B into copy A and writes the result.
#include "cli_merge.h"

#include <algorithm>
#include <iostream>

#include "model/merge.h"

namespace coplan {

namespace {

bool Has(const std::vector<std::string>& args, const std::string& flag) {
  return std::find(args.begin(), args.end(), flag) != args.end();
}

}  // namespace

int MergeCommand(const std::vector<std::string>& args) {
  std::vector<std::string> files;
  std::string out;
  for (std::size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "-o" && i + 1 < args.size()) out = args[++i];
    else if (args[i] != "--ours" && args[i] != "--theirs") files.push_back(args[i]);
  }
  bool ours = Has(args, "--ours"), theirs = Has(args, "--theirs");
  if (files.size() != 2 || out.empty() || (ours && theirs)) {
    std::cerr << "Usage: coplan-cli merge A B -o OUT [--ours | --theirs]\n";
    return 2;
  }
  std::optional<Plan> a = LoadPlanFile(files[0]);
  std::optional<Plan> b = LoadPlanFile(files[1]);
  if (!a || !b) return 1;
  MergeOptions options;
  options.default_side = theirs ? Side::Theirs : Side::Ours;
  MergeResult result = MergePlans(*a, *b, options);
  std::cout << MergeReport(result);
  if (!result.related) return 1;
  if (!result.conflicts.empty() && !ours && !theirs) {
    std::cout << "Nothing was written: decide the conflicts in Coplan, or run again with --ours (keep "
              << files[0] << ") or --theirs (keep " << files[1] << ").\n";
    return 1;
  }
  if (!WritePlanFile(out, result.merged)) return 1;
  std::cout << "Written to " << out << ".\n";
  return 0;
}

}  // namespace coplan
