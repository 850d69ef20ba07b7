// Draws the canvas grid with the shaders in shaders/, from inside ImGui's render pass: the paper
// is a clear of the canvas rectangle, and each dot is one point, so only the dots' pixels run a
// shader (software WebGL pays for every pixel a shader touches).
#include <algorithm>
#include <cmath>

#include "platform/gl_api.h"
#include "platform/ui_gl.h"
#include "platform/window.h"
#include "shaders_embedded.h"

namespace coplan::platform {
namespace {

struct GridProgram {
  ProgramBuild build;
  GLuint program = 0, vao = 0;
  GLint first = -1, spacing_vs = -1, columns = -1, viewport = -1, size_vs = -1;
  GLint paper = -1, dot = -1;
  bool failed = false;
};
GridProgram g_grid;

bool Build() {
  if (g_grid.program || g_grid.failed) return g_grid.program != 0;
  if (!g_grid.build.program) StartGridProgram();
  g_grid.program = FinishProgram(g_grid.build);
  if (!g_grid.program) {
    g_grid.failed = true;
    return false;
  }
  glGenVertexArrays(1, &g_grid.vao);
  auto at = [](const char* name) { return glGetUniformLocation(g_grid.program, name); };
  g_grid.first = at("u_first");
  g_grid.spacing_vs = at("u_spacing");
  g_grid.columns = at("u_columns");
  g_grid.viewport = at("u_viewport");
  g_grid.size_vs = at("u_size");
  g_grid.paper = at("u_paper");
  g_grid.dot = at("u_dot");
  return true;
}

}  // namespace

void StartGridProgram() {
  if (!g_grid.program && !g_grid.build.program) g_grid.build = StartProgram(kGridVertexShader, kGridFragmentShader);
}

void DrawGrid(float x, float y, float w, float h, const GridStyle& style) {
  const UiFrame& frame = CurrentUiFrame();
  if (frame.width <= 0 || style.spacing <= 0) return;
  // ImGui units to framebuffer pixels.
  float sx = frame.scale_x, sy = frame.scale_y;
  int x0 = static_cast<int>(std::floor(x * sx)), y0 = static_cast<int>(std::floor(y * sy));
  int x1 = static_cast<int>(std::ceil((x + w) * sx)), y1 = static_cast<int>(std::ceil((y + h) * sy));
  glEnable(GL_SCISSOR_TEST);
  glScissor(x0, frame.height - y1, x1 - x0, y1 - y0);
  glClearColor(style.paper[0], style.paper[1], style.paper[2], style.paper[3]);
  glClear(GL_COLOR_BUFFER_BIT);
  float spacing = style.spacing * sx;
  if (style.line[3] <= 0 || spacing < 6 || !Build()) return;
  // The dot at or just before the rectangle's top-left corner, then enough to cover it.
  float origin_x = style.origin_x * sx, origin_y = style.origin_y * sy;
  float first_x = origin_x + std::floor((static_cast<float>(x0) - origin_x) / spacing) * spacing;
  float first_y = origin_y + std::floor((static_cast<float>(y0) - origin_y) / spacing) * spacing;
  int columns = static_cast<int>(std::ceil((static_cast<float>(x1) - first_x) / spacing)) + 1;
  int rows = static_cast<int>(std::ceil((static_cast<float>(y1) - first_y) / spacing)) + 1;
  float size = std::ceil(2 * (std::clamp(spacing * 0.06f, 0.8f, 2.0f) + 0.6f)) + 1;
  glDisable(GL_BLEND);
#ifndef __EMSCRIPTEN__
  glEnable(GL_PROGRAM_POINT_SIZE);
#endif
  glUseProgram(g_grid.program);
  glBindVertexArray(g_grid.vao);
  glUniform2f(g_grid.first, first_x, first_y);
  glUniform1f(g_grid.spacing_vs, spacing);
  glUniform1f(g_grid.columns, static_cast<float>(columns));
  glUniform2f(g_grid.viewport, static_cast<float>(frame.width), static_cast<float>(frame.height));
  glUniform1f(g_grid.size_vs, size);
  glUniform4fv(g_grid.paper, 1, style.paper);
  glUniform4fv(g_grid.dot, 1, style.line);
  glDrawArrays(GL_POINTS, 0, columns * rows);
}

}  // namespace coplan::platform
