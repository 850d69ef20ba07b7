// The notices under the top bar: newest first, at most three, errors kept before confirmations.
#include "app/notices.h"

#include <gtest/gtest.h>

namespace coplan {
namespace {

using Kind = Notice::Kind;

std::vector<std::string> Texts(const std::vector<Notice>& notices) {
  std::vector<std::string> texts;
  for (const Notice& n : notices) texts.push_back(n.text);
  return texts;
}

TEST(Notices, TheNewestComesFirst) {
  std::vector<Notice> notices;
  AddNotice(notices, {Kind::Info, "Saved"});
  AddNotice(notices, {Kind::Warning, "Changed on disk"});
  EXPECT_EQ(Texts(notices), (std::vector<std::string>{"Changed on disk", "Saved"}));
}

TEST(Notices, PastThreeTheOldestConfirmationGoesBeforeAnyError) {
  std::vector<Notice> notices;
  AddNotice(notices, {Kind::Error, "Could not save"});
  AddNotice(notices, {Kind::Info, "Opened"});
  AddNotice(notices, {Kind::Error, "Could not open"});
  AddNotice(notices, {Kind::Info, "Saved"});
  EXPECT_EQ(Texts(notices), (std::vector<std::string>{"Saved", "Could not open", "Could not save"}));
}

TEST(Notices, WithOnlyErrorsTheOldestGoes) {
  std::vector<Notice> notices;
  for (int i = 0; i < 4; ++i) AddNotice(notices, {Kind::Error, "Error " + std::to_string(i)});
  EXPECT_EQ(Texts(notices), (std::vector<std::string>{"Error 3", "Error 2", "Error 1"}));
}

TEST(Notices, AFileIsNamedAsItIsWritten) {
  EXPECT_EQ(TheFileCalled("seventy-mb.coplan.json"), "The file “seventy-mb.coplan.json”");
  EXPECT_EQ(TheFileCalled("the plan in the link"), "The plan in the link");
  EXPECT_EQ(TheFileCalled("the minutes.coplan.json"), "The file “the minutes.coplan.json”");
  EXPECT_EQ(TheFileCalled(""), "The file");
}

}  // namespace
}  // namespace coplan
