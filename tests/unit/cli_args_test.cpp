// coplan-cli's command line: --help, and every mistake in it refused with a one-line reason and a
// hint to --help on stderr (exit 2), before any file is touched.
#include <filesystem>

#include <gtest/gtest.h>

#include "cli_support.h"

namespace coplan::test {
namespace {

// A refusal of the command line: exit 2, nothing on stdout, the reason and then the hint.
void ExpectRefused(const std::string& args, const std::string& reason) {
  CliRun r = Cli(args);
  EXPECT_EQ(r.status, 2) << args << "\n" << r.output;
  EXPECT_EQ(r.out, "") << args;
  EXPECT_EQ(r.err, "coplan-cli: " + reason + "\nRun \"coplan-cli --help\" to see how to use it.\n") << args;
}

TEST(CliArgs, HelpPrintsUsageOnStdoutAndSucceeds) {
  for (const char* args : {"--help", "-h", "help", "merge --help", "sample -o x --help"}) {
    CliRun r = Cli(args);
    EXPECT_EQ(r.status, 0) << args;
    EXPECT_NE(r.out.find("coplan-cli merge A B -o OUT [--ours | --theirs]"), std::string::npos) << args;
    EXPECT_NE(r.out.find("--force"), std::string::npos) << args;
    EXPECT_EQ(r.err, "") << args;
  }
}

TEST(CliArgs, NoCommandPrintsUsageOnStderr) {
  CliRun r = Cli("");
  EXPECT_EQ(r.status, 2);
  EXPECT_EQ(r.out, "");
  EXPECT_NE(r.err.find("coplan-cli validate FILE..."), std::string::npos) << r.err;
}

TEST(CliArgs, UnknownCommandsAndOptionsAreRefused) {
  ExpectRefused("frobnicate", "\"frobnicate\" is not a command of coplan-cli.");
  ExpectRefused("--version", "there is no option \"--version\" before a command.");
  ExpectRefused("merge a b -o out --mine", "merge has no option \"--mine\".");
  ExpectRefused("validate --strict a", "validate has no option \"--strict\".");
  ExpectRefused("upgrade a -o b --force", "upgrade has no option \"--force\".");
}

TEST(CliArgs, RepeatedOptionsAreRefused) {
  ExpectRefused("new --title A --title B -o out", "\"--title\" is given twice.");
  ExpectRefused("merge a b -o out --ours --ours", "\"--ours\" is given twice.");
  ExpectRefused("sample -o a -o b", "\"-o\" is given twice.");
  ExpectRefused("merge a b -o out --ours --theirs", "--ours and --theirs cannot both be given: choose one.");
}

TEST(CliArgs, ExtraOrMissingArgumentsAreRefused) {
  ExpectRefused("merge a b c -o out", "merge takes two plan files (A and B): \"c\" is one too many.");
  ExpectRefused("upgrade a b -o out", "upgrade takes one plan file (IN): \"b\" is one too many.");
  ExpectRefused("new --title T -o out extra", "new takes no file name besides the one after -o: \"extra\" is one too many.");
  ExpectRefused("sample -o out extra", "sample takes no file name besides the one after -o: \"extra\" is one too many.");
  ExpectRefused("validate", "validate needs at least one plan file.");
  ExpectRefused("merge a -o out", "merge needs two plan files (A and B).");
  ExpectRefused("upgrade -o out", "upgrade needs one plan file (IN).");
  ExpectRefused("merge a b", "merge needs -o and the name of the file to write.");
  ExpectRefused("upgrade a", "upgrade needs -o and the name of the file to write.");
  ExpectRefused("sample --actions 5", "sample needs -o and the name of the file to write.");
  ExpectRefused("new -o out", "new needs --title and the plan's title.");
  ExpectRefused("new --title T", "new needs -o and the name of the file to write.");
  ExpectRefused("merge a b -o", "\"-o\" needs the name of the file to write after it.");
  ExpectRefused("sample -o out --actions", "\"--actions\" needs a number of actions after it.");
}

TEST(CliArgs, SampleCountsAreWholeNumbers) {
  std::string out = TestTemp("sample.coplan.json");
  std::filesystem::remove(out);
  for (const char* bad : {"abc", "-5", "12abc", "1e3", "+5", "5.0", "\"\""}) {
    std::string shown = std::string(bad) == "\"\"" ? "" : bad;
    ExpectRefused("sample --actions " + std::string(bad) + " -o " + out,
                  "--actions needs a whole number, like 50, not \"" + shown + "\".");
  }
  ExpectRefused("sample --seed x1 -o " + out, "--seed needs a whole number, like 7, not \"x1\".");
  EXPECT_FALSE(std::filesystem::exists(out));
  CliRun r = Cli("sample --actions 12 --seed 3 -o " + out);
  EXPECT_EQ(r.status, 0) << r.output;
  EXPECT_EQ(r.out, "Written to " + out + ".\n");
  EXPECT_EQ(Cli("validate " + out).status, 0);
  std::filesystem::remove(out);
}

// A file name after "--" may start with a dash.
TEST(CliArgs, DoubleDashEndsTheOptions) {
  CliRun r = Shell("cd '" + std::filesystem::temp_directory_path().string() + "' && \"$CLI\" validate -- -no-such-plan.json");
  EXPECT_EQ(r.status, 1) << r.output;
  EXPECT_NE(r.err.find("Could not open -no-such-plan.json: there is no such file."), std::string::npos) << r.err;
}

TEST(CliArgs, ASampleCoplanCouldNotOpenIsRefused) {
  std::string out = TestTemp("huge.coplan.json");
  std::filesystem::remove(out);
  CliRun r = Cli("sample --actions 1000000 -o " + out);
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(r.err, "error: A plan of 1,000,000 actions would be far larger than the 64 MB that Coplan opens. "
                   "Nothing was written.\n");
  r = Cli("sample --actions 99999999999999999999999 -o " + out);
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.err.find("A plan of so many actions would be far larger"), std::string::npos) << r.err;
  // Below that bound, the plan is made and then checked as Coplan would open it.
  r = Cli("sample --actions 45000 -o " + out);
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.err.find("A plan of 45,000 actions would be a file of"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("larger than the 64 MB that Coplan opens: ask for at most about"), std::string::npos) << r.err;
  EXPECT_EQ(r.out, "");
  EXPECT_FALSE(std::filesystem::exists(out));
}

}  // namespace
}  // namespace coplan::test
