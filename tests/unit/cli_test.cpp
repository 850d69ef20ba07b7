// coplan-cli run as a program on good and bad files.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

#include "io/plan_file.h"

namespace coplan {
namespace {

struct CliRun {
  int status;
  std::string output;
};

CliRun Cli(const std::string& args) {
  std::string command = std::string(COPLAN_CLI) + " " + args + " 2>&1";
  FILE* pipe = popen(command.c_str(), "r");
  std::string output;
  char buffer[4096];
  while (std::size_t n = fread(buffer, 1, sizeof buffer, pipe)) output.append(buffer, n);
  int status = pclose(pipe);
  return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, output};
}

std::string Data(const std::string& name) { return std::string(COPLAN_TEST_DATA) + "/" + name; }

std::string Temp(const std::string& name) {
  return (std::filesystem::temp_directory_path() / ("coplan-cli-test-" + name)).string();
}

std::string ReadAll(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

TEST(Cli, ValidateGoodFilesPrintsOk) {
  CliRun r = Cli("validate " + Data("good/workshop.coplan.json") + " " + Data("good/unknown-fields.coplan.json"));
  EXPECT_EQ(r.status, 0) << r.output;
  EXPECT_NE(r.output.find("workshop.coplan.json: OK"), std::string::npos) << r.output;
  EXPECT_NE(r.output.find("unknown-fields.coplan.json: OK"), std::string::npos) << r.output;
}

TEST(Cli, ValidateRepairableFilePrintsWarningsAndSucceeds) {
  CliRun r = Cli("validate " + Data("warn/dangling-links.coplan.json"));
  EXPECT_EQ(r.status, 0) << r.output;
  EXPECT_NE(r.output.find("warning: links[1]: this link points to an action"), std::string::npos) << r.output;
  EXPECT_NE(r.output.find(": OK"), std::string::npos);
}

TEST(Cli, ValidateBadFilesPrintsEachProblemAndFails) {
  CliRun r = Cli("validate " + Data("good/workshop.coplan.json") + " " + Data("bad/wrong-types.coplan.json") + " " +
              Data("bad/truncated.coplan.json"));
  EXPECT_EQ(r.status, 1) << r.output;
  EXPECT_NE(r.output.find("wrong-types.coplan.json: error: actions[1].title: should be text"), std::string::npos) << r.output;
  EXPECT_NE(r.output.find("error: actions[2].lead_has_lived_experience"), std::string::npos) << r.output;
  EXPECT_NE(r.output.find("truncated.coplan.json: error: line 164"), std::string::npos) << r.output;
  EXPECT_NE(r.output.find("workshop.coplan.json: OK"), std::string::npos);
}

TEST(Cli, ValidateEveryBadFileFails) {
  for (const auto& entry : std::filesystem::directory_iterator(Data("bad"))) {
    CliRun r = Cli("validate " + entry.path().string());
    EXPECT_EQ(r.status, 1) << entry.path();
    EXPECT_NE(r.output.find("error:"), std::string::npos) << entry.path();
  }
}

TEST(Cli, ValidateMissingFileFails) {
  CliRun r = Cli("validate " + Temp("does-not-exist.coplan.json"));
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.output.find("Could not open the file"), std::string::npos) << r.output;
}

TEST(Cli, NewWritesAValidPlanFromTheTemplate) {
  std::string out = Temp("new.coplan.json");
  CliRun r = Cli("new --title \"Anytown plan\" -o " + out);
  ASSERT_EQ(r.status, 0) << r.output;
  LoadResult loaded = LoadPlanText(ReadAll(out));
  ASSERT_TRUE(loaded.ok());
  EXPECT_EQ(loaded.plan->title, "Anytown plan");
  EXPECT_EQ(loaded.plan->changes.size(), 5u);
  EXPECT_EQ(loaded.plan->vision.parts.size(), 4u);
  EXPECT_EQ(Cli("validate " + out).status, 0);
  std::filesystem::remove(out);
}

TEST(Cli, UpgradeMigratesAndKeepsUnknownFields) {
  std::string out = Temp("upgraded.coplan.json");
  CliRun r = Cli("upgrade " + Data("old/v1-workshop.coplan.json") + " -o " + out);
  ASSERT_EQ(r.status, 0) << r.output;
  EXPECT_NE(r.output.find("older Coplan (file version 1)"), std::string::npos) << r.output;
  std::string text = ReadAll(out);
  EXPECT_NE(text.find("\"version\": 2,"), std::string::npos);
  EXPECT_EQ(Cli("validate " + out).status, 0);
  r = Cli("upgrade " + Data("good/unknown-fields.coplan.json") + " -o " + out);
  ASSERT_EQ(r.status, 0) << r.output;
  EXPECT_EQ(ReadAll(out), ReadAll(Data("good/unknown-fields.coplan.json")));
  std::filesystem::remove(out);
}

TEST(Cli, UpgradeOfABadFileFailsAndWritesNothing) {
  std::string out = Temp("not-written.coplan.json");
  std::filesystem::remove(out);
  CliRun r = Cli("upgrade " + Data("bad/newer-version.coplan.json") + " -o " + out);
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.output.find("newer Coplan"), std::string::npos) << r.output;
  EXPECT_FALSE(std::filesystem::exists(out));
}

TEST(Cli, WrongUsagePrintsHelp) {
  EXPECT_EQ(Cli("").status, 2);
  EXPECT_EQ(Cli("frobnicate").status, 2);
  EXPECT_EQ(Cli("new -o x.json").status, 2);
  EXPECT_NE(Cli("").output.find("coplan-cli validate FILE"), std::string::npos);
}

}  // namespace
}  // namespace coplan
