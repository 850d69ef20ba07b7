// Saving is atomic: whatever step fails, the old file is still there, whole, and no temporary
// file is left behind; the error says why in plain English.
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include "native_support.h"
#include "platform/file_system.h"
#include "platform/store_folder.h"

namespace coplan::test {
namespace {

TEST(AtomicSave, WritesTheWholeFileAndLeavesNothingElse) {
  TempFolder folder;
  std::string path = folder.Path("plan.coplan.json"), error;
  ASSERT_TRUE(platform::WriteFileAtomically(platform::RealFileSystem(), path, "first", error)) << error;
  ASSERT_TRUE(platform::WriteFileAtomically(platform::RealFileSystem(), path, "second version", error)) << error;
  EXPECT_EQ(ReadFile(path), "second version");
  EXPECT_EQ(FilesIn(folder.Path()), 1u);
}

std::string StepName(BreakableFileSystem::Step step) {
  static const char* names[] = {"None", "Create", "Write", "Flush", "Close", "Rename"};
  return names[static_cast<int>(step)];
}

class FailingStep : public ::testing::TestWithParam<BreakableFileSystem::Step> {};

TEST_P(FailingStep, KeepsTheOldFileWholeAndSaysWhy) {
  TempFolder folder;
  std::string path = folder.Path("plan.coplan.json"), error;
  WriteFile(path, "the plan as it was");
  BreakableFileSystem fs;
  fs.fail_at = GetParam();
  fs.error_number = ENOSPC;
  EXPECT_FALSE(platform::WriteFileAtomically(fs, path, std::string(100000, 'x'), error));
  EXPECT_EQ(ReadFile(path), "the plan as it was");
  EXPECT_EQ(FilesIn(folder.Path()), 1u) << "the temporary file must be removed";
  EXPECT_NE(error.find("plan.coplan.json"), std::string::npos) << error;
  EXPECT_NE(error.find("the disk is full"), std::string::npos) << error;
}

INSTANTIATE_TEST_SUITE_P(EveryStep, FailingStep,
                         ::testing::Values(BreakableFileSystem::Step::Create, BreakableFileSystem::Step::Write,
                                           BreakableFileSystem::Step::Flush, BreakableFileSystem::Step::Close,
                                           BreakableFileSystem::Step::Rename),
                         [](const auto& info) { return StepName(info.param); });

TEST(AtomicSave, TheTemporaryFileIsInTheSameFolder) {
  TempFolder folder;
  std::string path = folder.Path("plan.coplan.json"), error;
  BreakableFileSystem fs;
  ASSERT_TRUE(platform::WriteFileAtomically(fs, path, "text", error));
  ASSERT_EQ(fs.created.size(), 1u);
  EXPECT_EQ(std::filesystem::path(fs.created[0]).parent_path(), std::filesystem::path(folder.Path()));
}

TEST(AtomicSave, KeepsThePermissionsOfTheFileItReplaces) {
  TempFolder folder;
  std::string path = folder.Path("plan.coplan.json"), error;
  WriteFile(path, "old");
  ::chmod(path.c_str(), 0640);
  ASSERT_TRUE(platform::WriteFileAtomically(platform::RealFileSystem(), path, "new", error));
  struct stat st;
  ASSERT_EQ(::stat(path.c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 0777, 0640u);
}

TEST(AtomicSave, SavesThroughALinkToTheFileItPointsAt) {
  TempFolder folder;
  std::string target = folder.Path("real.coplan.json"), link = folder.Path("link.coplan.json"), error;
  WriteFile(target, "old");
  std::filesystem::create_symlink(target, link);
  ASSERT_TRUE(platform::WriteFileAtomically(platform::RealFileSystem(), link, "new", error));
  EXPECT_TRUE(std::filesystem::is_symlink(link));
  EXPECT_EQ(ReadFile(target), "new");
}

// A folder nobody may write in: a read-only one for ordinary users, /sys for root (whom file
// permissions do not stop).
TEST(AtomicSave, AReadOnlyFolderGivesAClearError) {
  TempFolder folder;
  std::string place = folder.Path("read-only");
  std::filesystem::create_directories(place);
  ::chmod(place.c_str(), 0555);
  if (::geteuid() == 0) place = "/sys";
  std::string error;
  EXPECT_FALSE(platform::WriteFileAtomically(platform::RealFileSystem(), place + "/plan.coplan.json", "x", error));
  EXPECT_TRUE(error.find("not allowed to write there") != std::string::npos ||
              error.find("read-only") != std::string::npos) << error;
  EXPECT_EQ(error.rfind("Could not save plan.coplan.json: ", 0), 0u) << error;
}

TEST(ReasonFor, SaysWhatWentWrongInPlainWords) {
  EXPECT_EQ(platform::ReasonFor(ENOSPC), "the disk is full");
  EXPECT_EQ(platform::ReasonFor(EROFS), "that place is read-only");
  EXPECT_EQ(platform::ReasonFor(EACCES), "Coplan is not allowed to write there");
}

TEST(FileStamp, ChangesWhenTheFileChanges) {
  TempFolder folder;
  std::string path = folder.Path("plan.coplan.json");
  EXPECT_FALSE(platform::StampOf(path).exists);
  WriteFile(path, "one");
  platform::FileStamp before = platform::StampOf(path);
  WriteFile(path, "two and more");
  EXPECT_TRUE(before.exists);
  EXPECT_FALSE(platform::StampOf(path) == before);
}

}  // namespace
}  // namespace coplan::test
