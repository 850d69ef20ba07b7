// Panels benchmark: the CPU time to build one frame of the action table, plan health and the find
// bar (UI only, no GPU) for plans of 1,000 and 10,000 actions, and the time to search them.
// Prints its figures; it is a program, not a test.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <vector>

#include "imgui.h"
#include "model/sample.h"
#include "ui/action_table.h"
#include "ui/find.h"
#include "ui/fonts.h"
#include "ui/plan_health.h"
#include "ui/theme.h"

namespace {

using Clock = std::chrono::steady_clock;

double Ms(Clock::time_point since) { return std::chrono::duration<double, std::milli>(Clock::now() - since).count(); }

struct Figures {
  double median_ms, p95_ms;
};

// Times `frames` frames that each draw `panel` into a full-screen window.
Figures Measure(const std::function<void()>& panel, int frames) {
  std::vector<double> times;
  for (int i = 0; i < frames; ++i) {
    auto start = Clock::now();
    ImGui::NewFrame();
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(ImGui::GetIO().DisplaySize);
    ImGui::Begin("bench", nullptr, ImGuiWindowFlags_NoDecoration);
    panel();
    ImGui::End();
    ImGui::Render();
    times.push_back(Ms(start));
  }
  std::sort(times.begin(), times.end());
  return {times[times.size() / 2], times[times.size() * 95 / 100]};
}

void Row(int actions, const char* what, Figures f) {
  std::printf("%8d  %-34s %10.3f %10.3f\n", actions, what, f.median_ms, f.p95_ms);
}

}  // namespace

int main(int argc, char** argv) {
  using namespace coplan;
  int frames = argc > 1 ? std::atoi(argv[1]) : 60;
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.DisplaySize = ImVec2(1920, 1080);
  io.IniFilename = nullptr;
  io.DeltaTime = 1.0f / 60;
  ui::Fonts fonts;
  fonts.Build(1.0f);
  ui::ApplyTheme(ui::ThemeKind::Light, 1.0f);
  unsigned char* pixels;
  int w, h;
  io.Fonts->GetTexDataAsAlpha8(&pixels, &w, &h);

  std::printf("Panels frame build (CPU, UI only), 1920x1080, %d frames each\n", frames);
  std::printf("%8s  %-34s %10s %10s\n", "actions", "panel", "median ms", "p95 ms");
  for (int actions : {1000, 10000}) {
    SampleSize size;
    size.actions = actions;
    size.links = 0;
    Plan plan = SamplePlan(size, 42);
    IdMaker ids(1);
    Selection selection;
    std::vector<Command> commands;
    std::optional<Selection> show;
    ui::PanelContext context{plan, fonts, ids, selection, commands, show};

    ui::TableState table;
    Row(actions, "action table", Measure([&] { ui::DrawActionTable(context, table, nullptr); }, frames));
    table.sort_column = static_cast<int>(ui::TableColumn::Title);
    Row(actions, "action table, sorted by title", Measure([&] { ui::DrawActionTable(context, table, nullptr); }, frames));
    Row(actions, "plan health", Measure([&] { ui::DrawPlanHealth(context); }, frames));

    ui::FindState find;
    find.open = true;
    find.query.text = "café home";
    std::vector<char> matches;
    Row(actions, "find bar with results", Measure([&] { ui::DrawFindBar(context, find, matches); }, frames));
    Row(actions, "action table, filtered", Measure([&] { ui::DrawActionTable(context, table, &matches); }, frames));

    auto start = Clock::now();
    const int searches = 20;
    for (int i = 0; i < searches; ++i) {
      find.query.text = i % 2 ? "ŵyn support" : "CAFE";
      matches = ui::MatchActions(plan, find.query);
    }
    std::printf("%8d  %-34s %10.3f\n", actions, "one search (MatchActions)", Ms(start) / searches);
  }
  ImGui::DestroyContext();
  return 0;
}
