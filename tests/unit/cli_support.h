// Running coplan-cli as a program in tests: its exit status, stdout and stderr apart.
#pragma once
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include <gtest/gtest.h>

namespace coplan::test {

struct CliRun {
  int status;
  std::string out, err;
  std::string output;  // both, stdout first
};

inline std::string ReadAll(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

inline std::string Data(const std::string& name) { return std::string(COPLAN_TEST_DATA) + "/" + name; }

inline std::string Temp(const std::string& name) {
  return (std::filesystem::temp_directory_path() / ("coplan-cli-test-" + name)).string();
}

// Temporary files named after the test, so tests run side by side (ctest -j) never share them.
inline std::string TestTemp(const std::string& name) {
  return Temp(std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()) + "-" + name);
}

// Runs a shell command line; "$CLI" in it is the coplan-cli under test.
inline CliRun Shell(const std::string& line) {
  std::string err_file = TestTemp("stderr-" + std::to_string(::getpid()));
  std::string command = "CLI='" + std::string(COPLAN_CLI) + "'; export CLI; { " + line + "; } 2>'" + err_file + "'";
  FILE* pipe = popen(command.c_str(), "r");
  std::string out;
  char buffer[4096];
  while (std::size_t n = fread(buffer, 1, sizeof buffer, pipe)) out.append(buffer, n);
  int status = pclose(pipe);
  std::string err = ReadAll(err_file);
  std::filesystem::remove(err_file);
  return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, out, err, out + err};
}

// Runs coplan-cli with these arguments (as a shell would split them).
inline CliRun Cli(const std::string& args) { return Shell("\"$CLI\" " + args); }

}  // namespace coplan::test
