// coplan-cli merge A B -o OUT [--ours|--theirs]: merges copy B into copy A and writes the result.
#include <iostream>

#include "cli.h"
#include "model/merge.h"

namespace coplan {

int MergeCommand(const std::vector<std::string>& words) {
  static const CommandSpec spec{"merge", {{"-o", "the name of the file to write"}}, {"--ours", "--theirs"}, 2, 2,
                                "two plan files (A and B)"};
  std::optional<Args> args = ParseArgs(spec, words);
  if (!args) return 2;
  const std::string &a_path = args->files[0], &b_path = args->files[1], out = args->Value("-o");
  bool ours = args->Has("--ours"), theirs = args->Has("--theirs");
  if (out.empty()) return UsageError("merge needs -o and the name of the file to write.");
  if (ours && theirs) return UsageError("--ours and --theirs cannot both be given: choose one.");
  std::optional<Plan> a = LoadPlanFile(a_path);
  std::optional<Plan> b = LoadPlanFile(b_path);
  if (!a || !b) return 1;
  MergeResult result = MergePlans(*a, *b, MergeOptions{theirs ? Side::Theirs : Side::Ours, {}});
  if (!result.related) {
    std::cerr << "error: " << MergeReport(result);
    return 1;
  }
  if (!result.conflicts.empty() && !ours && !theirs) {
    std::cout << MergeReport(result);
    std::cerr << "error: Nothing was merged or written: decide the conflicts in Coplan, or run again with --ours "
                 "(keep " << a_path << ") or --theirs (keep " << b_path << ").\n";
    return 1;
  }
  if (!WritePlanFile(out, result.merged)) return 1;
  std::cout << "Merged " << b_path << " into " << a_path << ". " << MergeReport(result) << "Written to " << out
            << ".\n";
  return 0;
}

}  // namespace coplan
