// The desktop's file dialog, drawn headless (no window, no GPU): it lists folders and plan files,
// and works from the keyboard alone: arrows, Enter to open a folder or pick a file, Backspace to
// go up, Escape to cancel. A save over an existing file asks first.
#include <gtest/gtest.h>

#include <filesystem>

#include "imgui.h"
#include "native_support.h"
#include "ui/file_dialog.h"
#include "ui/fonts.h"
#include "ui/theme.h"

namespace coplan::test {
namespace {

class Headless : public ::testing::Test {
 protected:
  void SetUp() override {
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.DisplaySize = ImVec2(1280, 800);
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    fonts.Build(1.0f);
    ui::ApplyTheme(ui::ThemeKind::Light, 1.0f);
    WriteFile(folder.Path("a.coplan.json"), "{}");
    WriteFile(folder.Path("b.json"), "{}");
    WriteFile(folder.Path("notes.txt"), "not a plan");
    std::filesystem::create_directories(folder.Path("sub"));
  }
  void TearDown() override { ImGui::DestroyContext(); }

  // One frame with the dialog; `key` is pressed during it (ImGuiKey_None for none).
  std::optional<std::string> Frame(ImGuiKey key = ImGuiKey_None) {
    ImGuiIO& io = ImGui::GetIO();
    io.DeltaTime = 1.0f / 60;
    if (key != ImGuiKey_None) io.AddKeyEvent(key, true);
    ImGui::NewFrame();
    ImGui::Begin("host");
    cancelled = false;
    auto chosen = ui::DrawFileDialog(state, cancelled);
    ImGui::End();
    ImGui::Render();
    if (key != ImGuiKey_None) {
      io.AddKeyEvent(key, false);
      ImGui::NewFrame();
      ImGui::Begin("host");
      bool cancelled_now = false;
      auto more = ui::DrawFileDialog(state, cancelled_now);
      cancelled = cancelled || cancelled_now;
      ImGui::End();
      ImGui::Render();
      if (more) chosen = more;
    }
    return chosen;
  }
  std::optional<std::string> Frames(int n) {
    std::optional<std::string> chosen;
    for (int i = 0; i < n && !chosen; ++i) chosen = Frame();
    return chosen;
  }

  TempFolder folder;
  ui::Fonts fonts;
  ui::FileDialogState state;
  bool cancelled = false;
};

TEST_F(Headless, ListsFoldersFirstThenPlanFiles) {
  ui::OpenFileDialog(state, ui::FileDialogMode::Open, folder.Path());
  ASSERT_EQ(state.entries.size(), 3u);
  EXPECT_TRUE(state.entries[0].folder);
  EXPECT_EQ(state.entries[0].name, "sub");
  EXPECT_EQ(state.entries[1].name, "a.coplan.json");
  EXPECT_EQ(state.entries[2].name, "b.json");
  state.show_all = true;
  ui::ListFolder(state, state.folder);
  EXPECT_EQ(state.entries.size(), 4u);
}

TEST_F(Headless, OpensAFolderAndPicksAFileWithTheKeyboardAlone) {
  ui::OpenFileDialog(state, ui::FileDialogMode::Open, folder.Path());
  Frames(3);
  EXPECT_FALSE(Frame(ImGuiKey_Enter)) << "the first row, a folder: Enter goes into it";
  EXPECT_EQ(state.folder, folder.Path("sub"));
  Frames(2);
  Frame(ImGuiKey_Backspace);
  EXPECT_EQ(state.folder, folder.Path());
  Frames(2);
  EXPECT_FALSE(Frame(ImGuiKey_DownArrow)) << "moving does not pick";
  std::optional<std::string> chosen = Frame(ImGuiKey_Enter);
  ASSERT_TRUE(chosen.has_value());
  EXPECT_EQ(std::filesystem::path(*chosen).filename(), "a.coplan.json");
  EXPECT_FALSE(state.open);
}

TEST_F(Headless, EscapeCancels) {
  ui::OpenFileDialog(state, ui::FileDialogMode::Open, folder.Path());
  Frames(3);
  EXPECT_FALSE(Frame(ImGuiKey_Escape));
  EXPECT_TRUE(cancelled);
  EXPECT_FALSE(state.open);
}

TEST_F(Headless, SavingOverAFileAsksFirst) {
  ui::OpenFileDialog(state, ui::FileDialogMode::Save, folder.Path("a.coplan.json"), "a");
  EXPECT_EQ(state.folder, folder.Path()) << "starts in the folder of the open file";
  EXPECT_FALSE(ui::ChooseName(state, "a"));
  EXPECT_EQ(state.replace_path, folder.Path("a.coplan.json"));
  Frames(3);  // draws the question
  state.replace_path.clear();
  EXPECT_EQ(ui::ChooseName(state, "new plan"), folder.Path("new plan.coplan.json"));
  EXPECT_EQ(ui::ChooseName(state, "other.JSON"), folder.Path("other.JSON"));
}

}  // namespace
}  // namespace coplan::test
