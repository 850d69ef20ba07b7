// The desktop's store: one file a key, settings in the config folder, the rest in the state
// folder, $XDG_* honoured with the usual fallbacks, and names that could escape refused.
#include <gtest/gtest.h>

#include <chrono>
#include <cstdlib>
#include <thread>

#include "native_support.h"
#include "platform/store_folder.h"

namespace coplan::test {
namespace {

platform::StoreReply Ask(platform::Store& store, const std::function<void(platform::StoreDone)>& ask) {
  platform::StoreReply got;
  bool called = false;
  ask([&](platform::StoreReply reply) {
    got = std::move(reply);
    called = true;
  });
  EXPECT_FALSE(called) << "replies come at the next Pump(), as in the browser";
  store.Pump();
  EXPECT_TRUE(called);
  return got;
}

TEST(FolderStore, WritesReadsListsAndRemoves) {
  TempFolder state, config;
  platform::FolderStore store(state.Path(), config.Path());
  auto wrote = Ask(store, [&](auto done) { store.Write({{"plan/abc", "text ŵ"}, {"settings", "{}"}}, {}, done); });
  ASSERT_TRUE(wrote.ok) << wrote.error;
  EXPECT_EQ(ReadFile(state.Path("plan/abc.json")), "text ŵ");
  EXPECT_EQ(ReadFile(config.Path("settings.json")), "{}");
  auto read = Ask(store, [&](auto done) { store.Read({"plan/abc", "plan/missing", "settings"}, done); });
  ASSERT_EQ(read.values.size(), 2u);
  EXPECT_EQ(read.values[0].second, "text ŵ");
  auto listed = Ask(store, [&](auto done) { store.List("plan/", done); });
  ASSERT_EQ(listed.values.size(), 1u);
  EXPECT_EQ(listed.values[0].first, "plan/abc");
  Ask(store, [&](auto done) { store.Write({}, {"plan/abc"}, done); });
  EXPECT_FALSE(std::filesystem::exists(state.Path("plan/abc.json")));
}

TEST(FolderStore, RefusesNamesThatCouldLeaveItsFolder) {
  TempFolder state, config;
  platform::FolderStore store(state.Path(), config.Path());
  EXPECT_EQ(store.PathOf("../escape"), "");
  EXPECT_EQ(store.PathOf("/etc/passwd"), "");
  EXPECT_EQ(store.PathOf("Plan With Spaces"), "");
  auto wrote = Ask(store, [&](auto done) { store.Write({{"../escape", "x"}}, {}, done); });
  EXPECT_FALSE(wrote.ok);
  EXPECT_FALSE(std::filesystem::exists(state.Path("../escape.json")));
}

TEST(FolderStore, AFailedWriteSaysWhy) {
  TempFolder state, config;
  BreakableFileSystem fs;
  fs.fail_at = BreakableFileSystem::Step::Write;
  platform::FolderStore store(state.Path(), config.Path(), fs);
  auto wrote = Ask(store, [&](auto done) { store.Write({{"index", "x"}}, {}, done); });
  EXPECT_FALSE(wrote.ok);
  EXPECT_TRUE(wrote.full);
  EXPECT_NE(wrote.error.find("the disk is full"), std::string::npos) << wrote.error;
}

TEST(Folders, FollowXdgAndFallBackUnderHome) {
  std::string old_home = std::getenv("HOME") ? std::getenv("HOME") : "";
  ::setenv("XDG_CONFIG_HOME", "/x/config", 1);
  ::setenv("XDG_STATE_HOME", "/x/state", 1);
  EXPECT_EQ(platform::ConfigFolder(), "/x/config/coplan");
  EXPECT_EQ(platform::StateFolder(), "/x/state/coplan");
  ::unsetenv("XDG_CONFIG_HOME");
  ::setenv("XDG_STATE_HOME", "relative/is/ignored", 1);
  ::setenv("HOME", "/home/sam", 1);
  EXPECT_EQ(platform::ConfigFolder(), "/home/sam/.config/coplan");
  EXPECT_EQ(platform::StateFolder(), "/home/sam/.local/state/coplan");
  ::unsetenv("XDG_STATE_HOME");
  ::setenv("HOME", old_home.c_str(), 1);
}

}  // namespace
}  // namespace coplan::test

namespace coplan::test {
namespace {

TEST(FolderStore, OnAWorkerThreadRequestsFinishInOrderAndRepliesComeOnPump) {
  TempFolder state, config;
  std::vector<std::string> order;
  {
    platform::FolderStore store(state.Path(), config.Path(), platform::RealFileSystem(), true);
    for (int i = 0; i < 20; ++i)
      store.Write({{"plan/p", "version " + std::to_string(i)}}, {},
                  [&order, i](platform::StoreReply reply) { order.push_back(reply.ok ? std::to_string(i) : "failed"); });
    store.Read({"plan/p"}, [&order](platform::StoreReply reply) { order.push_back(reply.values.at(0).second); });
    EXPECT_TRUE(order.empty()) << "never called on the worker thread";
    for (int tries = 0; tries < 500 && store.HasReplies(); ++tries) {
      store.Pump();
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    store.Write({{"plan/last", "written before the store goes"}}, {}, {});
  }
  ASSERT_EQ(order.size(), 21u);
  for (int i = 0; i < 20; ++i) EXPECT_EQ(order[static_cast<std::size_t>(i)], std::to_string(i));
  EXPECT_EQ(order.back(), "version 19");
  EXPECT_EQ(ReadFile(state.Path("plan/last.json")), "written before the store goes");
}

}  // namespace
}  // namespace coplan::test
