// The window, its GL context and the frame loop: GLFW + OpenGL 3.3 on the desktop,
// GLFW + WebGL2 in the browser. The only part of Coplan that knows which one it is in.
#pragma once
#include <functional>
#include <string>
#include <vector>

struct GLFWwindow;

namespace coplan::platform {

struct WindowOptions {
  int width = 1280;
  int height = 800;
  std::string title = "Coplan";
  bool visible = true;
};

class Window {
 public:
  // Opens the window and starts ImGui's platform and renderer backends.
  // On failure returns false and says why in `error`.
  bool Open(const WindowOptions& options, std::string& error);
  void Close();
  ~Window() { Close(); }

  bool CloseRequested() const;
  void CancelClose();
  // Reads the input that has arrived, then sleeps until more arrives or `seconds` pass (the app
  // idles when nothing changes). `seconds` 0: reads what has arrived and returns at once.
  // Desktop: the window system's events are read here and nowhere else, so every frame must call it.
  void ReadInput(double seconds);
  void BeginFrame();
  // False if the drawing shaders could not be built (known at the first frame).
  [[nodiscard]] bool EndFrame();
  // Pixels per logical unit: devicePixelRatio in a browser, the monitor's scale on the desktop.
  float ContentScale() const;
  // Files dropped on the window since the last call (desktop: paths).
  std::vector<std::string> TakeDroppedFiles();
  // True once after any input or resize reached the window (so idle frames can be skipped).
  bool TakeInputSeen();
  // Browser: sizes the canvas backing store to its CSS size x devicePixelRatio. True if it changed.
  bool SyncCanvasSize();
  // The next EndFrame() writes what it drew to `path` as a binary PPM image.
  void RequestScreenshot(const std::string& path) { m_screenshot_path = path; }
  // What went wrong with the last screenshot, or "" if it was written.
  const std::string& ScreenshotError() const { return m_screenshot_error; }
  // Rebuilds the font texture after the atlas changed.
  void ReloadFontTexture();
  // The window's title (the browser tab's, in a browser); set only when it changes.
  void SetTitle(const std::string& title);

 private:
  void WriteScreenshot();

  GLFWwindow* m_window = nullptr;
  std::string m_screenshot_path, m_screenshot_error, m_title;
  bool m_imgui_backends = false;
};

// Asks for frames to be drawn even though no input came (e.g. the page handed in a file).
void RequestRedraw();

// Calls `frame` once per display frame until it returns false (native) or forever (web).
void RunLoop(const std::function<bool()>& frame);

// The background grid, drawn by a shader from shaders/ into the given rectangle (ImGui units).
// Call it from an ImGui draw callback: it draws into the frame being rendered.
struct GridStyle {
  float origin_x, origin_y;  // where world (0,0) is, in ImGui units
  float spacing;             // between dots, in ImGui units
  float paper[4], line[4];   // colours, 0..1
};
void DrawGrid(float x, float y, float w, float h, const GridStyle& style);

}  // namespace coplan::platform
