// The page or desktop around the app: lets the page hand files to the app and read the plan
// (the browser's test hooks use this too), and speaks to screen readers.
#pragma once
#include <functional>
#include <string>
#include <string_view>

namespace coplan::platform {

struct HostHandlers {
  // Opens a plan from the text of a file called `name`; false if it could not be opened.
  std::function<bool(std::string_view text, const std::string& name)> open_text;
  // The open plan as the text of a *.coplan.json file.
  std::function<std::string()> plan_text;
  // Where the canvas draws lanes and cards, and more (see App::Geometry), as JSON in framebuffer
  // pixels (for the browser tests).
  std::function<std::string()> canvas_geometry;
  // Moves the canvas's camera by (dx, dy) framebuffer pixels (a two-finger drag; benchmarks).
  std::function<void(float dx, float dy)> pan_by;
  // For side-by-side benchmarks (window.coplanBench): cards on the canvas, and the camera.
  std::function<int()> bench_count;
  std::function<void(float zoom)> bench_zoom;
  std::function<void()> bench_fit;
  // The selected cards and notes as text, for the page's copy and cut.
  std::function<std::string()> copy_text;
  // Zooms the canvas by `factor` around a point of the canvas (framebuffer pixels): a pinch.
  std::function<void(float factor, float x, float y)> zoom_at;
};

// The number after "?bench=" in the page's address (0 when there is none; desktop: always 0).
int BenchRequest();

// Tests of what happens after a crash: a word that stops the program (a trap, as a real crash
// would) when it draws a plan whose title has it. The page's "?test-stop=" or COPLAN_TEST_STOP on
// the desktop; empty otherwise.
std::string TestStopWord();

void ConnectHost(HostHandlers handlers);
// Browser: ImGui's copy and paste go through the page's clipboard events, so text moves between
// tabs and other programs (GLFW's own clipboard does nothing there). Desktop: GLFW's is kept.
// Call after the window has opened.
void UsePageClipboard();
// Tells the page the app is drawing (the loading message goes away).
void HostReady();
// Says `text` to screen readers (an ARIA live region in the browser).
void Announce(std::string_view text);

}  // namespace coplan::platform
