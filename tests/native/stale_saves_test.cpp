// A save killed half way leaves its temporary file; the next save into that folder, or the next
// start of the store, removes it. Only our own temporary files go, only old ones, and never one
// that a save under way (in this or another running Coplan) is writing.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/file.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <fcntl.h>
#include <set>
#include <thread>

#include "native_support.h"
#include "platform/file_system.h"
#include "platform/store_folder.h"

namespace coplan::test {
namespace {

namespace fs = std::filesystem;

// Writes half of the data, then hangs until it is killed: a save stopped mid-write.
class HangingFileSystem : public BreakableFileSystem {
 public:
  int Write(int fd, const char* data, std::size_t size) override {
    platform::RealFileSystem().Write(fd, data, size / 2);
    for (;;) ::pause();
  }
};

std::set<std::string> Names(const std::string& folder) {
  std::set<std::string> names;
  for (const auto& entry : fs::directory_iterator(folder)) names.insert(entry.path().filename().string());
  return names;
}

std::set<std::string> TemporaryFiles(const std::string& folder) {
  std::set<std::string> out;
  for (const std::string& name : Names(folder))
    if (name.find(".saving-") != std::string::npos) out.insert(name);
  return out;
}

// Starts a real save of `path` in another process and kills it (SIGKILL) once it is half written.
void KillASaveMidWrite(const std::string& path) {
  std::string folder = fs::path(path).parent_path().string();
  std::size_t before = TemporaryFiles(folder).size();
  pid_t child = ::fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    HangingFileSystem hanging;
    std::string error;
    platform::WriteFileAtomically(hanging, path, std::string(1 << 20, 'x'), error);
    ::_exit(0);
  }
  for (int i = 0; i < 500 && TemporaryFiles(folder).size() == before; ++i)
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  std::this_thread::sleep_for(std::chrono::milliseconds(50));
  ::kill(child, SIGKILL);
  int status = 0;
  ::waitpid(child, &status, 0);
  ASSERT_EQ(TemporaryFiles(folder).size(), before + 1) << "the killed save left its temporary file";
}

void MakeOld(const std::string& folder, const std::string& name) {
  fs::last_write_time(fs::path(folder) / name, fs::file_time_type::clock::now() - std::chrono::minutes(10));
}

TEST(StaleSaves, TheNextSaveIntoTheFolderRemovesWhatKilledSavesLeft) {
  TempFolder folder;
  std::string plan = folder.Path("plan.coplan.json"), error;
  WriteFile(plan, "the plan as it was");
  // Other files too: forked children share the random state that names temporary files.
  for (std::string name : {"plan.coplan.json", "other.coplan.json", "third.coplan.json"})
    KillASaveMidWrite(folder.Path(name));
  std::set<std::string> left = TemporaryFiles(folder.Path());
  ASSERT_EQ(left.size(), 3u);
  EXPECT_EQ(ReadFile(plan), "the plan as it was");
  for (const std::string& name : left) MakeOld(folder.Path(), name);
  // Not ours, or not a temporary file: never touched, however old.
  for (std::string name : {"notes.txt", ".plan.coplan.json.saving-12x", "plan.coplan.json.saving-5", ".hidden",
                           ".other.coplan.json.saving-"}) {
    WriteFile(folder.Path(name), "keep me");
    MakeOld(folder.Path(), name);
  }
  ASSERT_TRUE(platform::WriteFileAtomically(platform::RealFileSystem(), plan, "saved again", error)) << error;
  EXPECT_EQ(ReadFile(plan), "saved again");
  EXPECT_EQ(TemporaryFiles(folder.Path()), (std::set<std::string>{".plan.coplan.json.saving-12x", "plan.coplan.json.saving-5",
                                                                   ".other.coplan.json.saving-"}));
  EXPECT_EQ(Names(folder.Path()).size(), 6u) << "the plan and the five files that are not stale saves";
}

TEST(StaleSaves, AYoungOneOrOneBeingWrittenStays) {
  TempFolder folder;
  std::string plan = folder.Path("plan.coplan.json");
  WriteFile(folder.Path(".plan.coplan.json.saving-111"), "just started");
  WriteFile(folder.Path(".other.coplan.json.saving-222"), "another Coplan is writing it");
  MakeOld(folder.Path(), ".other.coplan.json.saving-222");
  int fd = ::open(folder.Path(".other.coplan.json.saving-222").c_str(), O_WRONLY | O_CLOEXEC);
  ASSERT_GE(fd, 0);
  ASSERT_EQ(::flock(fd, LOCK_EX), 0);  // as a save under way holds it
  EXPECT_EQ(platform::RemoveStaleSaves(folder.Path()), 0u);
  EXPECT_EQ(TemporaryFiles(folder.Path()).size(), 2u);
  ::close(fd);  // that save ended without renaming it (it was killed): now it is stale
  EXPECT_EQ(platform::RemoveStaleSaves(folder.Path()), 1u);
  EXPECT_EQ(TemporaryFiles(folder.Path()), std::set<std::string>{".plan.coplan.json.saving-111"});
}

TEST(StaleSaves, AKilledSaveLocksItsFileUntilItDies) {
  TempFolder folder;
  std::string plan = folder.Path("plan.coplan.json");
  int pipe_ends[2];
  ASSERT_EQ(::pipe(pipe_ends), 0);
  pid_t child = ::fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    class Telling : public HangingFileSystem {
     public:
      int out = -1;
      int Write(int fd, const char* data, std::size_t size) override {
        [[maybe_unused]] auto n = ::write(out, "w", 1);
        return HangingFileSystem::Write(fd, data, size);
      }
    } telling;
    telling.out = pipe_ends[1];
    std::string error;
    platform::WriteFileAtomically(telling, plan, "text of the plan", error);
    ::_exit(0);
  }
  char c = 0;
  ASSERT_EQ(::read(pipe_ends[0], &c, 1), 1);  // the save is writing
  std::string name = *TemporaryFiles(folder.Path()).begin();
  MakeOld(folder.Path(), name);
  EXPECT_EQ(platform::RemoveStaleSaves(folder.Path()), 0u) << "a save under way is not stale, however old";
  ::kill(child, SIGKILL);
  ::waitpid(child, nullptr, 0);
  EXPECT_EQ(platform::RemoveStaleSaves(folder.Path()), 1u);
  ::close(pipe_ends[0]);
  ::close(pipe_ends[1]);
}

TEST(StaleSaves, TheStoreRemovesWhatAnEarlierRunLeftWhenItStarts) {
  TempFolder state, config;
  {
    platform::FolderStore store(state.Path(), config.Path());
    platform::StoreReply reply;
    store.Write({{"plan/0123456789abcdef", "plan"}, {"settings", "{}"}}, {}, [&](platform::StoreReply r) { reply = r; });
    store.Pump();
    ASSERT_TRUE(reply.ok) << reply.error;
  }
  std::string plans = state.Path("plan");
  WriteFile(plans + "/.0123456789abcdef.json.saving-4242", "half a plan");
  WriteFile(config.Path(".settings.json.saving-99"), "half the settings");
  WriteFile(plans + "/.0123456789abcdef.json.saving-77", "being written right now");
  MakeOld(plans, ".0123456789abcdef.json.saving-4242");
  MakeOld(config.Path(), ".settings.json.saving-99");
  platform::FolderStore store(state.Path(), config.Path());
  store.Pump();
  EXPECT_EQ(TemporaryFiles(plans), std::set<std::string>{".0123456789abcdef.json.saving-77"});
  EXPECT_TRUE(TemporaryFiles(config.Path()).empty());
  EXPECT_EQ(ReadFile(plans + "/0123456789abcdef.json"), "plan");
}

}  // namespace
}  // namespace coplan::test
