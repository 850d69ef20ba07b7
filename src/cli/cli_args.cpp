// The arguments of coplan-cli's commands: every word is either known or an error with a reason.
#include <algorithm>
#include <iostream>

#include "cli.h"

namespace coplan {
namespace {

bool Fail(const std::string& reason) {
  UsageError(reason);
  return false;
}

// Reads the option at words[i] (moving past its value); false after saying what is wrong.
bool ReadOption(const CommandSpec& spec, const std::vector<std::string>& words, std::size_t& i, Args& args) {
  const std::string& word = words[i];
  auto valued = std::find_if(spec.valued.begin(), spec.valued.end(), [&](const auto& v) { return v.first == word; });
  bool flag = std::count(spec.flags.begin(), spec.flags.end(), word) > 0;
  if (valued == spec.valued.end() && !flag) return Fail(spec.name + " has no option \"" + word + "\".");
  if (args.values.count(word) || args.flags.count(word)) return Fail("\"" + word + "\" is given twice.");
  if (flag) {
    args.flags.insert(word);
    return true;
  }
  if (i + 1 >= words.size()) return Fail("\"" + word + "\" needs " + valued->second + " after it.");
  args.values[word] = words[++i];
  return true;
}

}  // namespace

std::string Args::Value(const std::string& option) const {
  auto it = values.find(option);
  return it == values.end() ? std::string() : it->second;
}

int UsageError(const std::string& reason) {
  std::cerr << "coplan-cli: " << reason << "\nRun \"coplan-cli --help\" to see how to use it.\n";
  return 2;
}

std::optional<Args> ParseArgs(const CommandSpec& spec, const std::vector<std::string>& words) {
  Args args;
  bool options_end = false;
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (!options_end && words[i] == "--") {
      options_end = true;
    } else if (!options_end && words[i].size() > 1 && words[i][0] == '-') {
      if (!ReadOption(spec, words, i, args)) return std::nullopt;
    } else if (args.files.size() == spec.max_files) {
      UsageError(spec.name + " takes " + spec.files + ": \"" + words[i] + "\" is one too many.");
      return std::nullopt;
    } else {
      args.files.push_back(words[i]);
    }
  }
  if (args.files.size() < spec.min_files) {
    UsageError(spec.name + " needs " + spec.files + ".");
    return std::nullopt;
  }
  return args;
}

}  // namespace coplan
