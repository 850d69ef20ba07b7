// The date field in real ImGui frames, typed into with simulated keys: dates as people write
// them are kept as year-month-day; text that is not a date changes nothing and says why.
#include <gtest/gtest.h>

#include "imgui.h"
#include "ui/date_field.h"
#include "ui/text_field.h"

namespace coplan::ui {
namespace {

class DateFieldFrames : public ::testing::Test {
 protected:
  void SetUp() override {
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(800, 600);
    io.IniFilename = nullptr;
    unsigned char* pixels;
    int w, h;
    io.Fonts->GetTexDataAsAlpha8(&pixels, &w, &h);
  }
  void TearDown() override { ImGui::DestroyContext(); }

  // One frame with the field; `focus` puts the keyboard in it first.
  void Frame(bool focus = false) {
    ImGui::GetIO().DeltaTime = 1.0f / 60;
    ImGui::NewFrame();
    ImGui::Begin("Dates");
    if (focus) ImGui::SetKeyboardFocusHere();
    if (auto d = DateField("Due date", date, "No date")) date = *d, ++changes;
    ImGui::Button("Next");  // where Tab goes
    ImGui::End();
    EndTextFields();
    ImGui::Render();
  }
  void Type(const char* text, ImGuiKey end = ImGuiKey_Enter) {
    Frame(true);
    Frame();
    ImGuiIO& io = ImGui::GetIO();
    io.AddKeyEvent(ImGuiMod_Ctrl, true);
    io.AddKeyEvent(ImGuiKey_A, true);
    Frame();
    io.AddKeyEvent(ImGuiKey_A, false);
    io.AddKeyEvent(ImGuiMod_Ctrl, false);
    io.AddKeyEvent(ImGuiKey_Delete, true);
    Frame();
    io.AddKeyEvent(ImGuiKey_Delete, false);
    io.AddInputCharactersUTF8(text);
    Frame();
    io.AddKeyEvent(end, true);
    Frame();
    io.AddKeyEvent(end, false);
    Frame();
    Frame();
  }

  std::string date;
  int changes = 0;
};

TEST_F(DateFieldFrames, KeepsADateTypedTheUkWayAsYearMonthDay) {
  Type("31/1/2027");
  EXPECT_EQ(date, "2027-01-31");
  EXPECT_EQ(changes, 1);
  Type("3 March 2027");
  EXPECT_EQ(date, "2027-03-03");
  EXPECT_EQ(changes, 2);
}

TEST_F(DateFieldFrames, LeavingWithTabKeepsWhatWasTyped) {
  ImGui::GetIO().ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
  Type("1/4/2027", ImGuiKey_Tab);
  EXPECT_EQ(date, "2027-04-01");
}

TEST_F(DateFieldFrames, TextThatIsNotADateChangesNothing) {
  date = "2027-01-31";
  Type("next week");
  EXPECT_EQ(date, "2027-01-31");
  EXPECT_EQ(changes, 0);
  Type("");
  EXPECT_EQ(date, "") << "clearing the field removes the date";
  EXPECT_EQ(changes, 1);
}

}  // namespace
}  // namespace coplan::ui
