// GLFW window + ImGui backends for both builds.
#include "platform/window.h"

#include <cstdio>
#include <vector>

#include "imgui.h"
#include "imgui_impl_glfw.h"
#include "platform/gl_api.h"
#include "platform/ui_gl.h"

#ifdef __EMSCRIPTEN__
#include <emscripten/emscripten.h>
#include <emscripten/html5.h>
#define GLFW_INCLUDE_ES3
#endif
#include <GLFW/glfw3.h>

namespace coplan::platform {
namespace {

std::vector<std::string> g_dropped;
bool g_input_seen = true;

// Installed before ImGui's own callbacks, which chain to these: they only note that input came.
void OnCursor(GLFWwindow*, double, double) { g_input_seen = true; }
void OnButton(GLFWwindow*, int, int, int) { g_input_seen = true; }
void OnScroll(GLFWwindow*, double, double) { g_input_seen = true; }
void OnKey(GLFWwindow*, int, int, int, int) { g_input_seen = true; }
void OnChar(GLFWwindow*, unsigned int) { g_input_seen = true; }
void OnFocus(GLFWwindow*, int) { g_input_seen = true; }
void OnSize(GLFWwindow*, int, int) { g_input_seen = true; }

void OnDrop(GLFWwindow*, int count, const char** paths) {
  g_input_seen = true;
  for (int i = 0; i < count; ++i) g_dropped.emplace_back(paths[i]);
}

#ifdef __EMSCRIPTEN__
// The wheel as ImGui's backend reads it (100 pixels, 3 lines or 1/80 page a step), but heard on the
// canvas: the backend listens on the whole document, where the browser makes the listener passive
// and logs a refusal for every wheel event it is asked to stop.
EM_BOOL OnCanvasWheel(int, const EmscriptenWheelEvent* event, void*) {
  float step = event->deltaMode == DOM_DELTA_PIXEL ? 1.0f / 100 : event->deltaMode == DOM_DELTA_LINE ? 1.0f / 3 : 80.0f;
  ImGui::GetIO().AddMouseWheelEvent(static_cast<float>(event->deltaX) * -step, static_cast<float>(event->deltaY) * -step);
  g_input_seen = true;
  return EM_TRUE;
}
#endif

void OnGlfwError(int code, const char* text) { std::fprintf(stderr, "GLFW error %d: %s\n", code, text); }

#ifdef __EMSCRIPTEN__
// Sizes the canvas and tells GLFW. Not glfwSetWindowSize: given the screen's size (a browser in
// full screen, as on a workshop's projector) it asks for full screen instead and sizes nothing.
EM_JS(void, JsSetCanvasSize, (int width, int height), { Browser.setCanvasSize(width, height); });
#endif

}  // namespace

bool Window::Open(const WindowOptions& options, std::string& error) {
  glfwSetErrorCallback(OnGlfwError);
  if (!glfwInit()) {
    error = "Could not start the window system (GLFW).";
    return false;
  }
#ifdef __EMSCRIPTEN__
  glfwWindowHint(GLFW_CLIENT_API, GLFW_OPENGL_ES_API);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
  // An opaque canvas with no depth or stencil: less for the browser to clear and blend each frame.
  glfwWindowHint(GLFW_ALPHA_BITS, 0);
  glfwWindowHint(GLFW_DEPTH_BITS, 0);
  glfwWindowHint(GLFW_STENCIL_BITS, 0);
#else
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
  glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
  glfwWindowHint(GLFW_VISIBLE, options.visible ? GLFW_TRUE : GLFW_FALSE);
  glfwWindowHint(GLFW_SCALE_TO_MONITOR, GLFW_TRUE);
#endif
  m_window = glfwCreateWindow(options.width, options.height, options.title.c_str(), nullptr, nullptr);
  m_title = options.title;
  if (!m_window) {
    error = "Could not open a window with OpenGL 3.3. Is a graphics driver installed?";
    return false;
  }
  glfwMakeContextCurrent(m_window);
  glfwSwapInterval(1);
  glfwSetDropCallback(m_window, OnDrop);
  glfwSetCursorPosCallback(m_window, OnCursor);
  glfwSetMouseButtonCallback(m_window, OnButton);
  glfwSetScrollCallback(m_window, OnScroll);
  glfwSetKeyCallback(m_window, OnKey);
  glfwSetCharCallback(m_window, OnChar);
  glfwSetWindowFocusCallback(m_window, OnFocus);
  glfwSetFramebufferSizeCallback(m_window, OnSize);
  SyncCanvasSize();
  ImGui_ImplGlfw_InitForOpenGL(m_window, true);
#ifdef __EMSCRIPTEN__
  emscripten_set_wheel_callback(EMSCRIPTEN_EVENT_TARGET_DOCUMENT, nullptr, false, nullptr);
  emscripten_set_wheel_callback("#canvas", nullptr, false, OnCanvasWheel);
#endif
  m_imgui_backends = true;
  StartUiRenderer();
  StartGridProgram();
  return true;
}

void Window::Close() {
  if (m_imgui_backends) {
    ShutdownUiRenderer();
#ifdef __EMSCRIPTEN__
    emscripten_set_wheel_callback("#canvas", nullptr, false, nullptr);
#endif
    ImGui_ImplGlfw_Shutdown();
    m_imgui_backends = false;
  }
  if (m_window) {
    glfwDestroyWindow(m_window);
    glfwTerminate();
    m_window = nullptr;
  }
}

bool Window::CloseRequested() const { return glfwWindowShouldClose(m_window); }
void Window::CancelClose() { glfwSetWindowShouldClose(m_window, GLFW_FALSE); }

void Window::ReadInput(double seconds) {
#ifdef __EMSCRIPTEN__
  (void)seconds;  // the browser hands in events between frames; the app skips drawing when idle
#else
  if (seconds > 0) glfwWaitEventsTimeout(seconds);
  else glfwPollEvents();
#endif
}

void Window::BeginFrame() {
  if (!ImGui::GetIO().Fonts->TexID) UploadFontAtlas();
  ImGui_ImplGlfw_NewFrame();
}

bool Window::EndFrame() {
  int w = 0, h = 0;
  glfwGetFramebufferSize(m_window, &w, &h);
  glViewport(0, 0, w, h);
  // The app's main window has no background of its own (a full-window quad costs software
  // WebGL dearly): the clear is its background.
  ImVec4 paper = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
  glClearColor(paper.x, paper.y, paper.z, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  if (!RenderUi(ImGui::GetDrawData(), w, h)) return false;
  if (!m_screenshot_path.empty()) WriteScreenshot();
  glfwSwapBuffers(m_window);
  return true;
}

void RequestRedraw() { g_input_seen = true; }

void Window::SetTitle(const std::string& title) {
  if (!m_window || title == m_title) return;
  m_title = title;
  glfwSetWindowTitle(m_window, title.c_str());
}

bool Window::TakeInputSeen() {
  bool seen = g_input_seen;
  g_input_seen = false;
  return seen;
}

bool Window::SyncCanvasSize() {
#ifdef __EMSCRIPTEN__
  double css_w = 0, css_h = 0;
  emscripten_get_element_css_size("#canvas", &css_w, &css_h);
  double ratio = emscripten_get_device_pixel_ratio();
  int w = static_cast<int>(css_w * ratio + 0.5), h = static_cast<int>(css_h * ratio + 0.5);
  int current_w = 0, current_h = 0;
  glfwGetWindowSize(m_window, &current_w, &current_h);
  if (w <= 0 || h <= 0 || (w == current_w && h == current_h)) return false;
  JsSetCanvasSize(w, h);
  g_input_seen = true;
  return true;
#else
  return false;
#endif
}

float Window::ContentScale() const {
#ifdef __EMSCRIPTEN__
  return static_cast<float>(emscripten_get_device_pixel_ratio());
#else
  float x = 1, y = 1;
  glfwGetWindowContentScale(m_window, &x, &y);
  return x > 0 ? x : 1.0f;
#endif
}

std::vector<std::string> Window::TakeDroppedFiles() {
  std::vector<std::string> files;
  files.swap(g_dropped);
  return files;
}

void Window::WriteScreenshot() {
  std::string path;
  path.swap(m_screenshot_path);
  m_screenshot_error.clear();
  int w = 0, h = 0;
  glfwGetFramebufferSize(m_window, &w, &h);
  std::vector<unsigned char> pixels(static_cast<size_t>(w) * h * 3);
  glPixelStorei(GL_PACK_ALIGNMENT, 1);
  glReadPixels(0, 0, w, h, GL_RGB, GL_UNSIGNED_BYTE, pixels.data());
  FILE* f = std::fopen(path.c_str(), "wb");
  if (!f) {
    m_screenshot_error = "Could not write the screenshot to " + path;
    return;
  }
  std::fprintf(f, "P6\n%d %d\n255\n", w, h);
  for (int row = h - 1; row >= 0; --row) std::fwrite(&pixels[static_cast<size_t>(row) * w * 3], 1, w * 3, f);
  if (std::fclose(f) != 0) m_screenshot_error = "Could not finish writing the screenshot to " + path;
}

void Window::ReloadFontTexture() {
  UploadFontAtlas();
}

#ifdef __EMSCRIPTEN__
namespace {
std::function<bool()> g_frame;
void WebFrame() { g_frame(); }
}  // namespace
void RunLoop(const std::function<bool()>& frame) {
  g_frame = frame;
  // The first frame is drawn now, not at the next animation frame: the page shows the plan sooner.
  if (!g_frame()) return;
  emscripten_set_main_loop(WebFrame, 0, true);
}
#else
void RunLoop(const std::function<bool()>& frame) {
  while (frame()) {
  }
}
#endif

}  // namespace coplan::platform
