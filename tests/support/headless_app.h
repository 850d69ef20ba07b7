// The whole app headless, for tests: real ImGui frames with simulated keys and mouse, no window
// or GPU. One ImGui context and one app for the whole test program, as in the real program (the
// app keeps plans in a folder store that answers later, so it is never torn down mid-run).
#pragma once
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <string>

#include "app/app.h"
#include "imgui.h"

namespace coplan::test {

// The program's app, made on first use with its folders in a fresh temporary directory, never the
// person's own. Its context is made current again each time (other tests may make their own).
inline App& SharedApp() {
  static ImGuiContext* context = nullptr;
  static App* app = [] {
    std::string dir = "/tmp/coplan-headless-tests-" + std::to_string(::getpid());
    std::filesystem::create_directories(dir);
    ::setenv("XDG_CONFIG_HOME", (dir + "/config").c_str(), 1);
    ::setenv("XDG_STATE_HOME", (dir + "/state").c_str(), 1);
    ::setenv("XDG_DATA_HOME", (dir + "/data").c_str(), 1);
    context = ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(1280, 800);
    io.IniFilename = nullptr;
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    return new App();
  }();
  ImGui::SetCurrentContext(context);
  return *app;
}

// `n` whole frames of `app`, its text at `scale`.
inline void RunFrames(App& app, int n, float scale) {
  for (int i = 0; i < n; ++i) {
    ImGuiIO& io = ImGui::GetIO();
    io.DeltaTime = 1.0f / 60;
    app.PrepareFrame(scale);
    unsigned char* pixels;
    int w, h;
    io.Fonts->GetTexDataAsAlpha8(&pixels, &w, &h);  // what a renderer does with a new atlas
    ImGui::NewFrame();
    app.Frame();
    ImGui::Render();
  }
}

// A fixture that drives the shared app the way a person would.
class HeadlessApp : public ::testing::Test {
 protected:
  // `n` whole frames of the app, its text at `scale`.
  void Frames(int n, float scale = 1.0f) { RunFrames(*app, n, scale); }
  // Presses and releases `key` (with Ctrl held if `ctrl`), a frame each.
  void Key(ImGuiKey key, bool ctrl = false) {
    ImGuiIO& io = ImGui::GetIO();
    if (ctrl) io.AddKeyEvent(ImGuiMod_Ctrl, true);
    io.AddKeyEvent(key, true);
    Frames(1);
    io.AddKeyEvent(key, false);
    if (ctrl) io.AddKeyEvent(ImGuiMod_Ctrl, false);
    Frames(1);
  }
  void Keys(ImGuiKey key, int times) {
    for (int i = 0; i < times; ++i) Key(key);
  }
  // Types `text` into what has the keyboard.
  void Type(const char* text) {
    ImGui::GetIO().AddInputCharactersUTF8(text);
    Frames(1);
  }
  // Moves the mouse to (x, y) and clicks `times` times there (2: a double-click).
  void Click(float x, float y, int times = 1) {
    ImGuiIO& io = ImGui::GetIO();
    io.AddMousePosEvent(x, y);
    Frames(1);
    for (int i = 0; i < times; ++i) {
      io.AddMouseButtonEvent(0, true);
      Frames(1);
      io.AddMouseButtonEvent(0, false);
      Frames(1);
    }
  }

  App* app = &SharedApp();
};

}  // namespace coplan::test
