// Draws the canvas grid with the shaders in shaders/, from inside ImGui's render pass.
#include <string>

#include "platform/window.h"
#include "shaders_embedded.h"

#ifdef __EMSCRIPTEN__
#include <GLES3/gl3.h>
#else
#define GL_GLEXT_PROTOTYPES
#include <GL/gl.h>
#include <GL/glext.h>
#endif

namespace coplan::platform {
namespace {

#ifdef __EMSCRIPTEN__
const char* kHeader = "#version 300 es\nprecision mediump float;\n";
#else
const char* kHeader = "#version 330 core\n";
#endif

struct GridProgram {
  GLuint program = 0, vao = 0;
  GLint rect = -1, origin = -1, spacing = -1, paper = -1, dot = -1;
  bool failed = false;
};
GridProgram g_grid;

GLuint Compile(GLenum kind, const char* body) {
  GLuint shader = glCreateShader(kind);
  const char* parts[] = {kHeader, body};
  glShaderSource(shader, 2, parts, nullptr);
  glCompileShader(shader);
  GLint ok = 0;
  glGetShaderiv(shader, GL_COMPILE_STATUS, &ok);
  return ok ? shader : 0;
}

bool Build() {
  if (g_grid.program || g_grid.failed) return g_grid.program != 0;
  GLuint vs = Compile(GL_VERTEX_SHADER, kGridVertexShader);
  GLuint fs = Compile(GL_FRAGMENT_SHADER, kGridFragmentShader);
  if (!vs || !fs) {
    g_grid.failed = true;
    return false;
  }
  g_grid.program = glCreateProgram();
  glAttachShader(g_grid.program, vs);
  glAttachShader(g_grid.program, fs);
  glLinkProgram(g_grid.program);
  glDeleteShader(vs);
  glDeleteShader(fs);
  GLint ok = 0;
  glGetProgramiv(g_grid.program, GL_LINK_STATUS, &ok);
  if (!ok) {
    g_grid.failed = true;
    return false;
  }
  glGenVertexArrays(1, &g_grid.vao);
  g_grid.rect = glGetUniformLocation(g_grid.program, "u_rect");
  g_grid.origin = glGetUniformLocation(g_grid.program, "u_origin");
  g_grid.spacing = glGetUniformLocation(g_grid.program, "u_spacing");
  g_grid.paper = glGetUniformLocation(g_grid.program, "u_paper");
  g_grid.dot = glGetUniformLocation(g_grid.program, "u_dot");
  return true;
}

}  // namespace

void DrawGrid(float x, float y, float w, float h, float framebuffer_height, const GridStyle& style) {
  if (!Build()) return;
  GLint viewport[4];
  glGetIntegerv(GL_VIEWPORT, viewport);
  float vw = static_cast<float>(viewport[2]), vh = static_cast<float>(viewport[3]);
  auto clip_x = [&](float px) { return px / vw * 2.0f - 1.0f; };
  auto clip_y = [&](float py) { return 1.0f - py / vh * 2.0f; };
  glUseProgram(g_grid.program);
  glBindVertexArray(g_grid.vao);
  glDisable(GL_BLEND);
  glUniform4f(g_grid.rect, clip_x(x), clip_y(y + h), clip_x(x + w), clip_y(y));
  glUniform2f(g_grid.origin, style.origin_x, framebuffer_height - style.origin_y);
  glUniform1f(g_grid.spacing, style.spacing);
  glUniform4fv(g_grid.paper, 1, style.paper);
  glUniform4fv(g_grid.dot, 1, style.line);
  glDrawArrays(GL_TRIANGLE_STRIP, 0, 4);
}

}  // namespace coplan::platform
