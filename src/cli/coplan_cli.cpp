// coplan-cli: check, create, upgrade and merge plan files with no window.
#include <charconv>
#include <cstdint>
#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

#include "cli.h"
#include "io/plan_file.h"
#include "model/sample.h"
#include "model/sync.h"
#include "model/template.h"

namespace {

using namespace coplan;

const char kUsage[] =
    "Usage:\n"
    "  coplan-cli validate FILE...                      check plan files\n"
    "  coplan-cli new --title TITLE -o FILE [--force]   a new plan from the template (--force replaces FILE)\n"
    "  coplan-cli upgrade IN -o OUT                     rewrite a plan in the current file version\n"
    "  coplan-cli merge A B -o OUT [--ours | --theirs]  merge copy B into copy A; on conflicts keep A's or B's\n"
    "  coplan-cli sample [--actions N] [--seed S] -o FILE   a made-up plan for trying things out\n"
    "  coplan-cli --help                                this text\n"
    "Results go to standard output, errors and warnings to standard error. Every file is written\n"
    "whole or not at all. Exit status: 0 done, 1 a file could not be read, written or merged,\n"
    "2 the command was not understood.\n";

const std::pair<std::string, std::string> kOut{"-o", "the name of the file to write"};

void Written(const std::string& path) { std::cout << "Written to " << path << ".\n"; }

int Validate(const std::vector<std::string>& words) {
  static const CommandSpec spec{"validate", {}, {}, 1, SIZE_MAX, "at least one plan file"};
  std::optional<Args> args = ParseArgs(spec, words);
  if (!args) return 2;
  int failures = 0;
  for (const auto& path : args->files) {
    if (LoadPlanFile(path)) std::cout << path << ": OK\n";
    else ++failures;
  }
  return failures ? 1 : 0;
}

int New(const std::vector<std::string>& words) {
  static const CommandSpec spec{"new", {{"--title", "the plan's title"}, kOut}, {"--force"}, 0, 0,
                                "no file name besides the one after -o"};
  std::optional<Args> args = ParseArgs(spec, words);
  if (!args) return 2;
  std::string title = args->Value("--title"), out = args->Value("-o");
  if (title.empty()) return UsageError("new needs --title and the plan's title.");
  if (out.empty()) return UsageError("new needs -o and the name of the file to write.");
  std::error_code ec;
  bool there = std::filesystem::symlink_status(out, ec).type() != std::filesystem::file_type::not_found && !ec;
  if (there && !args->Has("--force")) {
    std::cerr << "error: " << out << " is already there. Nothing was written; add --force to replace it.\n";
    return 1;
  }
  IdMaker ids;
  CopyId copy = ids.New<CopyId>();
  Plan plan = NewPlan(title, ids, copy, NowUtc());
  plan.saved_by = copy;
  if (!WritePlanFile(out, plan)) return 1;
  Written(out);
  return 0;
}

int Upgrade(const std::vector<std::string>& words) {
  static const CommandSpec spec{"upgrade", {kOut}, {}, 1, 1, "one plan file (IN)"};
  std::optional<Args> args = ParseArgs(spec, words);
  if (!args) return 2;
  std::string out = args->Value("-o");
  if (out.empty()) return UsageError("upgrade needs -o and the name of the file to write.");
  std::optional<Plan> plan = LoadPlanFile(args->files[0]);
  if (!plan || !WritePlanFile(out, *plan)) return 1;
  Written(out);
  return 0;
}

// A whole number written in digits only ("12", not "-5", "12abc" or "1e3"); too many digits for
// the type give its largest value.
std::optional<std::uint64_t> WholeNumber(const std::string& text) {
  if (text.empty() || text.find_first_not_of("0123456789") != std::string::npos) return std::nullopt;
  std::uint64_t value = 0;
  auto result = std::from_chars(text.data(), text.data() + text.size(), value);
  return result.ec == std::errc() ? value : UINT64_MAX;
}

// A sample action with its share of notes and links takes over a kilobyte of the file, so a plan
// of more actions than this could never be opened; it is refused before it is made.
constexpr std::uint64_t kMostSampleActions = kMaxFileBytes / 1024;

std::string Thousands(std::uint64_t n) {
  std::string digits = std::to_string(n), out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

// The sample plan's file, or nothing after saying why Coplan could not open it.
std::optional<std::string> SampleText(int actions, std::uint64_t seed) {
  SampleSize size;
  size.actions = actions;
  size.notes = actions / 5;
  size.links = actions * 2;
  std::string text = SavePlanText(SamplePlan(size, seed));
  LoadResult check = LoadPlanText(text);
  if (check.ok()) return text;
  std::string count = Thousands(static_cast<std::uint64_t>(actions));
  if (text.size() > kMaxFileBytes)
    std::cerr << "error: A plan of " << count << " actions would be a file of " << (text.size() >> 20)
              << " MB, larger than the " << (kMaxFileBytes >> 20) << " MB that Coplan opens: ask for at most about "
              << Thousands(actions * kMaxFileBytes / text.size() / 1000 * 1000) << ". Nothing was written.\n";
  else
    std::cerr << "error: Coplan could not open a plan of " << count << " actions: " << check.errors.front().Text()
              << " Nothing was written.\n";
  return std::nullopt;
}

int Sample(const std::vector<std::string>& words) {
  static const CommandSpec spec{"sample", {{"--actions", "a number of actions"}, {"--seed", "a number"}, kOut}, {},
                                0, 0, "no file name besides the one after -o"};
  std::optional<Args> args = ParseArgs(spec, words);
  if (!args) return 2;
  std::string out = args->Value("-o"), actions_text = args->Value("--actions"), seed_text = args->Value("--seed");
  if (out.empty()) return UsageError("sample needs -o and the name of the file to write.");
  auto actions = args->values.count("--actions") ? WholeNumber(actions_text) : SampleSize{}.actions;
  if (!actions) return UsageError("--actions needs a whole number, like 50, not \"" + actions_text + "\".");
  auto seed = args->values.count("--seed") ? WholeNumber(seed_text) : 1;
  if (!seed) return UsageError("--seed needs a whole number, like 7, not \"" + seed_text + "\".");
  if (*actions > kMostSampleActions) {
    std::cerr << "error: A plan of " << (*actions == UINT64_MAX ? "so many" : Thousands(*actions))
              << " actions would be far larger than the " << (kMaxFileBytes >> 20)
              << " MB that Coplan opens. Nothing was written.\n";
    return 1;
  }
  std::optional<std::string> text = SampleText(static_cast<int>(*actions), *seed);
  if (!text || !WritePlanText(out, *text)) return 1;
  Written(out);
  return 0;
}

bool AsksForHelp(const std::vector<std::string>& words) {
  for (const auto& word : words) {
    if (word == "--") return false;
    if (word == "--help" || word == "-h") return true;
  }
  return false;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> words(argv + 1, argv + argc);
  if (words.empty()) {
    std::cerr << kUsage;
    return 2;
  }
  if (words[0] == "help" || AsksForHelp(words)) {
    std::cout << kUsage;
    return 0;
  }
  std::string command = words[0];
  words.erase(words.begin());
  if (command == "validate") return Validate(words);
  if (command == "new") return New(words);
  if (command == "upgrade") return Upgrade(words);
  if (command == "merge") return MergeCommand(words);
  if (command == "sample") return Sample(words);
  if (command[0] == '-') return UsageError("there is no option \"" + command + "\" before a command.");
  return UsageError("\"" + command + "\" is not a command of coplan-cli.");
}
