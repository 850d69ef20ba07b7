// Canvas benchmark: the CPU time to build one frame of the canvas (UI only, no GPU) for plans of
// 1,000 / 5,000 / 10,000 cards with twice as many connectors, at 100 % and 25 % zoom and with the
// whole plan in view, and at 100 % with the plan changed before every frame (the canvas's index of
// the plan is rebuilt then). Prints its figures; it is a program, not a test.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

#include "imgui.h"
#include "model/commands.h"
#include "ui/bench_plan.h"
#include "ui/canvas.h"
#include "ui/fonts.h"
#include "ui/panel.h"
#include "ui/theme.h"

namespace {

using Clock = std::chrono::steady_clock;

struct Figures {
  double median_ms, p95_ms;
  int vertices;
};

// `edit`, when given, changes the plan before each frame (as typing or a command does).
Figures Measure(coplan::ui::PanelContext& ctx, coplan::ui::CanvasState& state, int frames,
                coplan::Action* edit = nullptr) {
  std::vector<double> times;
  int vertices = 0;
  for (int i = 0; i < frames; ++i) {
    if (edit) edit->position.y += (i % 2 ? 1.0f : -1.0f);
    auto start = Clock::now();
    ImGui::NewFrame();
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(ImGui::GetIO().DisplaySize);
    ImGui::Begin("bench", nullptr, ImGuiWindowFlags_NoDecoration);
    coplan::ui::DrawCanvas(ctx, state);
    ImGui::End();
    ImGui::Render();
    times.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
    vertices = ImGui::GetDrawData()->TotalVtxCount;
    state.view.offset.x += 3;  // pan a little each frame, as a person would
    ctx.commands.clear();
  }
  std::sort(times.begin(), times.end());
  return {times[times.size() / 2], times[times.size() * 95 / 100], vertices};
}

}  // namespace

int main(int argc, char** argv) {
  int frames = argc > 1 ? std::atoi(argv[1]) : 60;
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.DisplaySize = ImVec2(1920, 1080);
  io.IniFilename = nullptr;
  io.DeltaTime = 1.0f / 60;
  coplan::ui::Fonts fonts;
  fonts.Build(1.0f);
  coplan::ui::ApplyTheme(coplan::ui::ThemeKind::Light, 1.0f);
  unsigned char* pixels;
  int w, h;
  io.Fonts->GetTexDataAsAlpha8(&pixels, &w, &h);
  std::printf("Canvas frame build (CPU, UI only), 1920x1080, %d frames each\n", frames);
  std::printf("%8s %10s %12s %12s %10s\n", "cards", "view", "median ms", "p95 ms", "vertices");
  for (int cards : {1000, 5000, 10000}) {
    coplan::Plan plan = coplan::ui::BenchPlan(cards, cards * 2);
    coplan::IdMaker ids(1);
    coplan::Selection selection;
    std::vector<coplan::Command> commands;
    std::optional<coplan::Selection> show;
    coplan::ui::PanelContext ctx{plan, fonts, ids, selection, commands, show};
    struct View { const char* name; float zoom; bool fit, edit; };
    for (View v : {View{"100%", 1.0f, false, false}, View{"25%", 0.25f, false, false}, View{"whole", 0, true, false},
                   View{"edited", 1.0f, false, true}}) {
      coplan::ui::CanvasState state;
      state.fit_pending = v.fit;
      if (!v.fit) state.view.zoom = v.zoom, state.view.offset = {0, 200};
      Measure(ctx, state, 3);  // warm up: lets the canvas ask for its font sizes
      if (fonts.Missing()) {
        fonts.BakeMissing();
        io.Fonts->GetTexDataAsAlpha8(&pixels, &w, &h);
      }
      Figures f = Measure(ctx, state, frames, v.edit ? &plan.actions[plan.actions.size() / 2] : nullptr);
      std::printf("%8d %10s %12.3f %12.3f %10d\n", cards, v.name, f.median_ms, f.p95_ms, f.vertices);
    }
  }
  ImGui::DestroyContext();
  return 0;
}
