// Shared by the commands of coplan-cli: their arguments, and reading and writing plan files.
// Results go to stdout; errors and warnings to stderr. Exit status: 0 done, 1 a file could not be
// read, written or merged, 2 the command was not understood.
#pragma once
#include <map>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "model/plan.h"

namespace coplan {

// What a command accepts besides its name.
struct CommandSpec {
  std::string name;                                         // "merge"
  std::vector<std::pair<std::string, std::string>> valued;  // options with a value, and what that is
  std::vector<std::string> flags;                           // options alone: "--force"
  std::size_t min_files = 0, max_files = 0;                 // file names besides the options
  std::string files;                                        // how many, in words: "two plan files (A and B)"
};

struct Args {
  std::vector<std::string> files;
  std::map<std::string, std::string> values;
  std::set<std::string> flags;
  std::string Value(const std::string& option) const;  // empty if not given
  bool Has(const std::string& flag) const { return flags.count(flag) > 0; }
};

// Reads the words after the command ("--" ends the options). On a mistake prints why and a hint
// to --help on stderr, and returns nothing.
std::optional<Args> ParseArgs(const CommandSpec& spec, const std::vector<std::string>& words);

// Prints "coplan-cli: <reason>" and a hint to --help on stderr; returns 2.
int UsageError(const std::string& reason);

// Loads a plan, printing its problems to stderr.
std::optional<Plan> LoadPlanFile(const std::string& path);

// Saves a plan atomically: if anything fails, the file that was there stays whole, and stderr says why.
bool WritePlanFile(const std::string& path, const Plan& plan);
bool WritePlanText(const std::string& path, const std::string& text);

// coplan-cli merge A B -o OUT [--ours | --theirs]
int MergeCommand(const std::vector<std::string>& words);

}  // namespace coplan
