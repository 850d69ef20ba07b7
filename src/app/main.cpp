// Starts Coplan: the desktop program `coplan`, or the page's module in a browser.
//   coplan [PLAN.coplan.json] [--frames N] [--screenshot FILE.ppm] [--hidden] [--geometry FILE.json]
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

#include "app/app.h"
#include "ui/bench_plan.h"
#include "imgui.h"
#include "io/plan_file.h"
#include "platform/files.h"
#include "platform/host.h"
#include "platform/window.h"
#include "ui/input_queue.h"

namespace {

struct Options {
  std::string plan_file;
  std::string screenshot;
  std::string geometry;  // tests: where things are drawn, written after each frame (see App::Geometry)
  int frames = 0;  // 0: run until the window closes
  bool hidden = false;
};

bool ParseOptions(int argc, char** argv, Options& options) {
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    bool has_value = i + 1 < argc;
    if (arg == "--frames" && has_value) {
      options.frames = std::atoi(argv[++i]);
    } else if (arg == "--screenshot" && has_value) {
      options.screenshot = argv[++i];
    } else if (arg == "--geometry" && has_value) {
      options.geometry = argv[++i];
    } else if (arg == "--hidden") {
      options.hidden = true;
    } else if (arg == "--help" || arg == "-h") {
      std::printf("Usage: coplan [PLAN.coplan.json] [--frames N] [--screenshot FILE.ppm] [--hidden] [--geometry FILE.json]\n");
      std::exit(0);
    } else if (!arg.empty() && arg[0] != '-') {
      options.plan_file = arg;
    } else {
      std::fprintf(stderr, "coplan: unknown option %s (try --help)\n", arg.c_str());
      return false;
    }
  }
  return true;
}

// Writes `json` to `path` when it changed, whole (a reader never sees half of it).
void WriteGeometry(const std::string& path, const std::string& json) {
  static std::string written;
  if (json == written) return;
  std::string temporary = path + ".part";
  FILE* f = std::fopen(temporary.c_str(), "wb");
  if (!f) return;
  bool ok = std::fwrite(json.data(), 1, json.size(), f) == json.size();
  if (std::fclose(f) == 0 && ok && std::rename(temporary.c_str(), path.c_str()) == 0) written = json;
}

}  // namespace

int main(int argc, char** argv) {
  Options options;
  if (!ParseOptions(argc, argv, options)) return 2;

  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // the view is ours to keep, not ImGui's
  io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
  io.MouseDoubleClickTime = 0.6f;  // generous: not everyone clicks fast

  // Static: in the browser the loop outlives main(), whose stack is unwound when the loop starts.
  static coplan::platform::Window window;
  std::string error;
  coplan::platform::WindowOptions window_options;
  window_options.visible = !options.hidden;
  if (!window.Open(window_options, error)) {
    std::fprintf(stderr, "coplan: %s\n", error.c_str());
    return 1;
  }

  static coplan::App app;
  coplan::platform::ConnectHost({
      .open_text = [](std::string_view text, const std::string& name) { return app.documents().OpenText(app, text, name); },
      .plan_text = [] { return coplan::SavePlanText(app.plan()); },
      .canvas_geometry = [] { return app.Geometry(); },
      .pan_by =
          [](float dx, float dy) {
            float k = app.canvas().view.PixelsPerUnit(app.fonts().Scale());
            app.canvas().view.offset.x += dx / k;
            app.canvas().view.offset.y += dy / k;
          },
      .bench_count = [] { return static_cast<int>(app.plan().actions.size()); },
      .bench_zoom = [](float zoom) { app.canvas().view.zoom = zoom; },
      .bench_fit = [] { app.canvas().fit_pending = true; },
      .copy_text = [] { return app.SelectedText(); },
      .zoom_at =
          [](float factor, float x, float y) {
            coplan::ui::CanvasView& view = app.canvas().view;
            view.ZoomAround(view.zoom * factor, {x, y}, app.canvas().origin, app.fonts().Scale());
          },
  });
  coplan::platform::UsePageClipboard();
  if (int cards = coplan::platform::BenchRequest(); cards > 0) app.ReplacePlan(coplan::ui::BenchPlan(cards, cards / 2));
  if (!options.plan_file.empty()) app.documents().OpenPath(app, options.plan_file);

  static int frame = 0;
  static int frames_left = 3;  // ImGui settles over a few frames after each input
  static bool ready = false;
  static bool shaders_failed = false;
  static Options run_options = options;
  static const std::string stop_word = coplan::platform::TestStopWord();
  coplan::platform::RunLoop([] {
    const Options& options = run_options;
    // Every frame reads the window's events: a press read without its release would otherwise keep
    // the app busy for good. It sleeps only when nothing moves and no input waits to be read
    // (ImGui reads fast input over several frames).
    bool busy = options.frames > 0 || frames_left > 0 || app.Animating() || coplan::ui::InputQueued();
    window.ReadInput(busy ? 0 : 1.0);
    window.SyncCanvasSize();
    for (const std::string& path : window.TakeDroppedFiles()) app.documents().OpenPath(app, path);
    if (window.TakeInputSeen()) frames_left = 3;
    bool idle = frames_left <= 0 && !app.Animating() && !coplan::ui::InputQueued();
    if (options.frames == 0 && idle && !window.CloseRequested()) return true;
    --frames_left;
    if (app.PrepareFrame(window.ContentScale())) window.ReloadFontTexture();
    window.BeginFrame();
    coplan::ui::NewFrameHolding(app.HoldsInput());
    app.Frame();
    window.SetTitle(app.WindowTitle());
    if (!stop_word.empty() && app.plan().title.find(stop_word) != std::string::npos) __builtin_trap();
    ImGui::Render();
    ++frame;
    if (!options.screenshot.empty() && frame == options.frames) window.RequestScreenshot(options.screenshot);
    if (!window.EndFrame()) {
      std::fprintf(stderr, "coplan: Could not compile the drawing shaders. Is the graphics driver up to date?\n");
      shaders_failed = true;
      return false;
    }
    if (!ready) coplan::platform::HostReady(), ready = true;
    if (!options.geometry.empty()) WriteGeometry(options.geometry, app.Geometry());
    if (options.frames > 0 && frame >= options.frames) return false;
    if (window.CloseRequested() && !app.MayClose()) window.CancelClose();
    return !window.CloseRequested();
  });

  if (shaders_failed) return 1;
  if (!window.ScreenshotError().empty()) {
    std::fprintf(stderr, "coplan: %s\n", window.ScreenshotError().c_str());
    return 1;
  }
  window.Close();
  ImGui::DestroyContext();
  return 0;
}
