// coplan-cli reading and writing files: each failure says which in plain English, nothing is
// written in place (a failed write leaves the file that was there whole), "new" does not replace a
// file without --force, and results go to stdout, problems to stderr.
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>

#include "cli_support.h"
#include "io/plan_file.h"
#include "model/sample.h"

namespace coplan::test {
namespace {

// A folder of its own for each test, removed afterwards.
struct Folder {
  std::string path = TestTemp("folder");
  Folder() {
    std::filesystem::remove_all(path);
    std::filesystem::create_directories(path);
  }
  ~Folder() {
    std::filesystem::permissions(path, std::filesystem::perms::owner_all, std::filesystem::perm_options::add);
    std::filesystem::remove_all(path);
  }
  std::string operator/(const std::string& name) const { return path + "/" + name; }
};

void WriteText(const std::string& path, const std::string& text) { std::ofstream(path, std::ios::binary) << text; }

// Permissions do not stop root: run the program as nobody then (setpriv is part of util-linux).
std::string AsOrdinaryUser() {
  if (::geteuid() != 0) return "";
  return std::system("setpriv --version >/dev/null 2>&1") == 0 ? "setpriv --reuid=65534 --regid=65534 --clear-groups " : "-";
}

TEST(CliFiles, ReadFailuresSayWhich) {
  Folder f;
  std::string name_too_long = f / (std::string(300, 'n') + ".coplan.json");
  const std::pair<std::string, std::string> cases[] = {
      {f / "missing.coplan.json", "there is no such file"},
      {f.path, "it is a folder, not a file"},
      {name_too_long, "the name is too long"},
      {Data("good/workshop.coplan.json") + "/plan", "part of the path is not a folder"},
  };
  for (const auto& [path, reason] : cases) {
    CliRun r = Cli("validate '" + path + "'");
    EXPECT_EQ(r.status, 1) << path;
    EXPECT_EQ(r.err, "error: Could not open " + path + ": " + reason + ".\n");
    EXPECT_EQ(r.out, "");
    r = Cli("merge '" + path + "' " + Data("good/workshop.coplan.json") + " -o " + (f / "out.json"));
    EXPECT_EQ(r.status, 1);
    EXPECT_NE(r.err.find(reason), std::string::npos) << r.err;
  }
  EXPECT_FALSE(std::filesystem::exists(f / "out.json"));
}

TEST(CliFiles, AnUnreadableFileIsNotCalledEmpty) {
  std::string as_user = AsOrdinaryUser();
  if (as_user == "-") GTEST_SKIP() << "running as root without setpriv";
  Folder f;
  std::filesystem::permissions(f.path, std::filesystem::perms::all);
  std::string plan = f / "locked.coplan.json";
  std::filesystem::copy_file(Data("good/workshop.coplan.json"), plan);
  std::filesystem::permissions(plan, std::filesystem::perms::none);
  CliRun r = Shell(as_user + "\"$CLI\" validate " + plan);
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(r.err, "error: Could not open " + plan + ": Coplan is not allowed to read it.\n");
  EXPECT_EQ(r.output.find("empty"), std::string::npos) << r.output;
}

TEST(CliFiles, WriteFailuresSayWhyAndWriteNothing) {
  Folder f;
  std::string workshop = Data("good/workshop.coplan.json");
  const std::pair<std::string, std::string> cases[] = {
      {f / "no-folder/out.coplan.json", "out.coplan.json: the folder is not there"},
      {f.path, "there is a folder of that name"},
      {f / (std::string(300, 'n') + ".coplan.json"), "the name is too long"},
  };
  for (const auto& [out, reason] : cases) {
    for (const std::string& args : {"upgrade " + workshop + " -o '" + out + "'", "new --title T -o '" + out + "'",
                                    "merge " + workshop + " " + workshop + " -o '" + out + "'",
                                    "sample --actions 3 -o '" + out + "'"}) {
      if (out == f.path && args.rfind("new", 0) == 0) continue;  // new refuses it as already there, see below
      CliRun r = Cli(args);
      EXPECT_EQ(r.status, 1) << args;
      EXPECT_EQ(r.err.rfind("error: Could not save ", 0), 0u) << r.err;
      EXPECT_NE(r.err.find(reason), std::string::npos) << args << "\n" << r.err;
      EXPECT_NE(r.err.find("Nothing was written."), std::string::npos) << r.err;
      EXPECT_EQ(r.out, "") << args << ": nothing to report, nothing was done";
    }
  }
  EXPECT_EQ(std::distance(std::filesystem::directory_iterator(f.path), {}), 0) << "no file and no temporary file";
}

TEST(CliFiles, AReadOnlyFolderIsRefusedInWords) {
  std::string as_user = AsOrdinaryUser();
  if (as_user == "-") GTEST_SKIP() << "running as root without setpriv";
  Folder f;
  std::filesystem::permissions(f.path, std::filesystem::perms::owner_read | std::filesystem::perms::owner_exec |
                                           std::filesystem::perms::others_read | std::filesystem::perms::others_exec);
  CliRun r = Shell(as_user + "\"$CLI\" sample --actions 3 -o " + (f / "out.coplan.json"));
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(r.err, "error: Could not save out.coplan.json: Coplan is not allowed to write there. Nothing was written.\n");
}

TEST(CliFiles, NewDoesNotReplaceAFileWithoutForce) {
  Folder f;
  std::string out = f / "plan.coplan.json";
  WriteText(out, "the plan that was there");
  CliRun r = Cli("new --title Fresh -o " + out);
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(r.err, "error: " + out + " is already there. Nothing was written; add --force to replace it.\n");
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(ReadAll(out), "the plan that was there");
  r = Cli("new --title Fresh -o " + out + " --force");
  EXPECT_EQ(r.status, 0) << r.output;
  EXPECT_EQ(r.out, "Written to " + out + ".\n");
  EXPECT_EQ(r.err, "");
  EXPECT_EQ(LoadPlanText(ReadAll(out)).plan->title, "Fresh");
}

TEST(CliFiles, ValidatePrintsResultsOnStdoutAndProblemsOnStderr) {
  std::string good = Data("good/workshop.coplan.json"), bad = Data("bad/wrong-types.coplan.json");
  std::string warn = Data("warn/dangling-links.coplan.json");
  CliRun r = Cli("validate " + good + " " + bad + " " + warn);
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(r.out, good + ": OK\n" + warn + ": OK\n");
  EXPECT_NE(r.err.find(bad + ": error: actions[1].title: should be text"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find(warn + ": warning: links[1]"), std::string::npos) << r.err;
  EXPECT_EQ(r.err.find(good), std::string::npos) << r.err;
}

// A plan big enough to pass a small limit on file size, written as the "ours" copy.
std::string BigPlan(const Folder& f) {
  SampleSize size;
  size.actions = 200;
  std::string path = f / "plan.coplan.json";
  WriteText(path, SavePlanText(SamplePlan(size, 5)));
  return path;
}

// The write fails part way (a limit on file size, as on a full disk): "merge plan B -o plan" must
// leave plan whole, say why, and not say "Merged" or "Written to".
TEST(CliFiles, AFailedWriteLeavesTheFileThatWasThereWhole) {
  Folder f;
  std::string plan = BigPlan(f), before = ReadAll(plan);
  ASSERT_GT(before.size(), 100000u);
  CliRun r = Shell("ulimit -f 64 && trap '' XFSZ && \"$CLI\" merge " + plan + " " + plan + " -o " + plan);
  EXPECT_EQ(r.status, 1) << r.output;
  EXPECT_EQ(r.err, "error: Could not save plan.coplan.json: the file would be larger than that place allows. "
                   "Nothing was written.\n");
  EXPECT_EQ(r.out, "") << "nothing was merged";
  EXPECT_EQ(ReadAll(plan), before) << "the plan that was there is whole";
  EXPECT_EQ(std::distance(std::filesystem::directory_iterator(f.path), {}), 1) << "no temporary file is left";
}

// A real full disk: a 64 KB tmpfs in a mount namespace of our own (skipped where that is not allowed).
TEST(CliFiles, AFullDiskLeavesTheFileThatWasThereWhole) {
  if (std::system("unshare -rm true >/dev/null 2>&1") != 0) GTEST_SKIP() << "cannot make a mount namespace here";
  Folder f;
  std::string disk = f / "disk", theirs = BigPlan(f);
  std::filesystem::create_directories(disk);
  // Inside the namespace: mount, put a small plan there, fill the disk, write a larger plan over the
  // small one, then compare it with the copy kept outside and count what is on the disk.
  std::string plan = disk + "/plan.coplan.json", kept = f / "before";
  std::string script = "mount -t tmpfs -o size=64k tmpfs " + disk + " || exit 99; " +
                       "\"$CLI\" new --title Small -o " + plan + " >/dev/null && cp " + plan + " " + kept + " || exit 98; " +
                       "cat /dev/zero > " + disk + "/filler 2>/dev/null; " +
                       "\"$CLI\" upgrade " + theirs + " -o " + plan + "; status=$?; " +
                       "cmp -s " + plan + " " + kept + " && echo whole; ls -a " + disk + " | wc -l; exit $status";
  CliRun r = Shell("unshare -rm sh -c '" + script + "'");
  if (r.status == 99) GTEST_SKIP() << "cannot mount a tmpfs here: " << r.err;
  EXPECT_EQ(r.status, 1) << r.output;
  EXPECT_EQ(r.err, "error: Could not save plan.coplan.json: the disk is full. Nothing was written.\n");
  EXPECT_EQ(r.out, "whole\n4\n") << "the plan is whole, and beside it only the filler (and . and ..)";
}

TEST(CliFiles, MergeSaysMergedOnlyAfterWriting) {
  Folder f;
  std::string workshop = Data("good/workshop.coplan.json");
  CliRun r = Cli("merge " + workshop + " " + workshop + " -o " + (f / "no-folder/out.json"));
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(r.err.find("Merged"), std::string::npos) << r.err;
  r = Cli("merge " + workshop + " " + workshop + " -o " + (f / "out.json"));
  EXPECT_EQ(r.status, 0) << r.output;
  EXPECT_EQ(r.out.rfind("Merged " + workshop + " into " + workshop + ". From the other copy:", 0), 0u) << r.out;
  EXPECT_NE(r.out.find("Written to " + (f / "out.json") + ".\n"), std::string::npos) << r.out;
  EXPECT_EQ(r.err, "");
}

TEST(CliFiles, UnrelatedPlansAreAnErrorOnStderr) {
  Folder f;
  CliRun r = Cli("merge " + Data("good/workshop.coplan.json") + " " + Data("old/v1-workshop.coplan.json") + " -o " +
                 (f / "out.json"));
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(r.out, "");
  EXPECT_NE(r.err.find("error: These are two different plans"), std::string::npos) << r.err;
  EXPECT_FALSE(std::filesystem::exists(f / "out.json"));
}

}  // namespace
}  // namespace coplan::test
