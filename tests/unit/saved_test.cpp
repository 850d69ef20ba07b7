// Files saved by earlier builds of Coplan (tests/data/good and tests/data/saved): each loads
// without a warning and saves to exactly the same bytes, so changing the reader or the writer
// never changes a file that nobody edited.
#include <filesystem>
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

#include "io/plan_file.h"

namespace coplan {
namespace {

std::string ReadFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::vector<std::filesystem::path> SavedFiles() {
  std::vector<std::filesystem::path> files;
  for (const char* folder : {"good", "saved"})
    for (const auto& entry : std::filesystem::directory_iterator(std::filesystem::path(COPLAN_TEST_DATA) / folder))
      if (entry.path().string().ends_with(".coplan.json")) files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  return files;
}

TEST(SavedFiles, TheCorpusIsThere) { EXPECT_GE(SavedFiles().size(), 10u); }

TEST(SavedFiles, LoadToAnEqualPlanAndSaveToTheSameBytes) {
  for (const auto& path : SavedFiles()) {
    SCOPED_TRACE(path.filename().string());
    std::string text = ReadFile(path);
    LoadResult loaded = LoadPlanText(text);
    ASSERT_TRUE(loaded.ok()) << loaded.errors[0].Text();
    EXPECT_TRUE(loaded.warnings.empty()) << loaded.warnings[0].Text();
    std::string saved = SavePlanText(*loaded.plan);
    EXPECT_EQ(saved, text);
    LoadResult again = LoadPlanText(saved);
    ASSERT_TRUE(again.ok());
    EXPECT_TRUE(*again.plan == *loaded.plan);
  }
}

}  // namespace
}  // namespace coplan
