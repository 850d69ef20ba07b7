// ImGui's draw lists on OpenGL 3.3 / WebGL2 without reading GL state back (see ui_gl.h).
#include "platform/ui_gl.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <vector>

#include "imgui.h"
#include "platform/gl_api.h"
#include "shaders_embedded.h"

namespace coplan::platform {
namespace {

struct Renderer {
  ProgramBuild build;  // until the first frame is drawn
  GLuint program = 0, vao = 0, vertices = 0, indices = 0, atlas = 0;
  GLint scale = -1, offset = -1;
  bool failed = false;
  UiFrame frame;
  std::vector<ImDrawIdx> indices_all;  // every list's indices, counted from the joint vertex buffer
};
Renderer g_ui;

GLuint CompileShader(GLenum kind, const char* body) {
  GLuint shader = glCreateShader(kind);
  const char* parts[] = {kGlslHeader, body};
  glShaderSource(shader, 2, parts, nullptr);
  glCompileShader(shader);
  return shader;
}

void PrintShaderLog(GLuint shader) {
  char log[1024];
  GLsizei length = 0;
  glGetShaderInfoLog(shader, sizeof log, &length, log);
  if (length > 0) std::fprintf(stderr, "shader: %.*s\n", static_cast<int>(length), log);
}

// Everything ImGui's triangles need; also after a draw callback that changed GL state.
// Waits for the program started by StartUiRenderer() the first time it is needed.
bool FinishUiRenderer() {
  if (g_ui.program || g_ui.failed) return !g_ui.failed;
  g_ui.program = FinishProgram(g_ui.build);
  if (!g_ui.program) return !(g_ui.failed = true);
  g_ui.scale = glGetUniformLocation(g_ui.program, "u_scale");
  g_ui.offset = glGetUniformLocation(g_ui.program, "u_offset");
  glUseProgram(g_ui.program);
  glUniform1i(glGetUniformLocation(g_ui.program, "u_atlas"), 0);
  return true;
}

void SetUpState() {
  const UiFrame& f = g_ui.frame;
  glViewport(0, 0, f.width, f.height);
  glEnable(GL_BLEND);
  glBlendEquation(GL_FUNC_ADD);
  glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
  glDisable(GL_CULL_FACE);
  glDisable(GL_DEPTH_TEST);
  glDisable(GL_STENCIL_TEST);
  glEnable(GL_SCISSOR_TEST);
  glUseProgram(g_ui.program);
  glBindVertexArray(g_ui.vao);
  glBindBuffer(GL_ARRAY_BUFFER, g_ui.vertices);
  glActiveTexture(GL_TEXTURE0);
}

}  // namespace

ProgramBuild StartProgram(const char* vertex_body, const char* fragment_body) {
  ProgramBuild build{glCreateProgram(), CompileShader(GL_VERTEX_SHADER, vertex_body),
                     CompileShader(GL_FRAGMENT_SHADER, fragment_body)};
  glAttachShader(build.program, build.vertex);
  glAttachShader(build.program, build.fragment);
  glLinkProgram(build.program);
  return build;
}

GLuint FinishProgram(ProgramBuild& build) {
  GLuint program = build.program;
  GLint ok = 0;
  glGetProgramiv(program, GL_LINK_STATUS, &ok);
  if (!ok) {
    PrintShaderLog(build.vertex);
    PrintShaderLog(build.fragment);
    glDeleteProgram(program);
    program = 0;
  }
  glDeleteShader(build.vertex);
  glDeleteShader(build.fragment);
  build = {};
  return program;
}

void StartUiRenderer() {
  g_ui.build = StartProgram(kUiVertexShader, kUiFragmentShader);
  glGenBuffers(1, &g_ui.vertices);
  glGenBuffers(1, &g_ui.indices);
  glGenVertexArrays(1, &g_ui.vao);
  glBindVertexArray(g_ui.vao);
  glBindBuffer(GL_ARRAY_BUFFER, g_ui.vertices);
  glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, g_ui.indices);  // kept by the vertex array
  auto at = [](std::size_t offset) { return reinterpret_cast<const void*>(offset); };
  glEnableVertexAttribArray(0);
  glEnableVertexAttribArray(1);
  glEnableVertexAttribArray(2);
  glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, sizeof(ImDrawVert), at(offsetof(ImDrawVert, pos)));
  glVertexAttribPointer(1, 2, GL_FLOAT, GL_FALSE, sizeof(ImDrawVert), at(offsetof(ImDrawVert, uv)));
  glVertexAttribPointer(2, 4, GL_UNSIGNED_BYTE, GL_TRUE, sizeof(ImDrawVert), at(offsetof(ImDrawVert, col)));
  ImGuiIO& io = ImGui::GetIO();
  io.BackendRendererName = "coplan_gl";
}

void ShutdownUiRenderer() {
  if (g_ui.atlas) glDeleteTextures(1, &g_ui.atlas);
  if (g_ui.vao) glDeleteVertexArrays(1, &g_ui.vao);
  if (g_ui.vertices) glDeleteBuffers(1, &g_ui.vertices);
  if (g_ui.indices) glDeleteBuffers(1, &g_ui.indices);
  if (g_ui.program) glDeleteProgram(g_ui.program);
  if (g_ui.build.program) FinishProgram(g_ui.build);  // never drawn with: only tidied away
  g_ui = {};
  ImGui::GetIO().BackendRendererName = nullptr;
}

void UploadFontAtlas() {
  ImGuiIO& io = ImGui::GetIO();
  unsigned char* pixels = nullptr;
  int width = 0, height = 0;
  io.Fonts->GetTexDataAsAlpha8(&pixels, &width, &height);  // a quarter of RGBA's upload
  if (!g_ui.atlas) glGenTextures(1, &g_ui.atlas);
  glBindTexture(GL_TEXTURE_2D, g_ui.atlas);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
  glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
  glTexImage2D(GL_TEXTURE_2D, 0, GL_R8, width, height, 0, GL_RED, GL_UNSIGNED_BYTE, pixels);
  io.Fonts->SetTexID(reinterpret_cast<ImTextureID>(static_cast<std::intptr_t>(g_ui.atlas)));
}

const UiFrame& CurrentUiFrame() { return g_ui.frame; }

bool RenderUi(const ImDrawData* data, int width, int height) {
  if (!FinishUiRenderer()) return false;
  if (width <= 0 || height <= 0 || !data) return true;
  g_ui.frame = {width, height, data->FramebufferScale.x, data->FramebufferScale.y};
  SetUpState();
  ImVec2 origin = data->DisplayPos, scale = data->FramebufferScale;
  // ImGui units to clip space: x' = (x - origin) * 2 / display size - 1, y flipped.
  glUniform2f(g_ui.scale, 2.0f / data->DisplaySize.x, -2.0f / data->DisplaySize.y);
  glUniform2f(g_ui.offset, -1.0f - origin.x * 2.0f / data->DisplaySize.x, 1.0f + origin.y * 2.0f / data->DisplaySize.y);
  // Every list's vertices and indices go up at once, before the first draw: a buffer changed
  // between draws makes the GPU stop and start again.
  glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(data->TotalVtxCount) * sizeof(ImDrawVert), nullptr,
               GL_STREAM_DRAW);
  std::vector<ImDrawIdx>& indices = g_ui.indices_all;
  indices.resize(static_cast<std::size_t>(data->TotalIdxCount));
  std::size_t vertex_base = 0, index_base = 0;
  for (int n = 0; n < data->CmdListsCount; ++n) {
    const ImDrawList* list = data->CmdLists[n];
    glBufferSubData(GL_ARRAY_BUFFER, static_cast<GLintptr>(vertex_base * sizeof(ImDrawVert)),
                    static_cast<GLsizeiptr>(list->VtxBuffer.Size) * sizeof(ImDrawVert), list->VtxBuffer.Data);
    for (int i = 0; i < list->IdxBuffer.Size; ++i)
      indices[index_base + static_cast<std::size_t>(i)] = static_cast<ImDrawIdx>(list->IdxBuffer[i] + vertex_base);
    vertex_base += static_cast<std::size_t>(list->VtxBuffer.Size);
    index_base += static_cast<std::size_t>(list->IdxBuffer.Size);
  }
  glBufferData(GL_ELEMENT_ARRAY_BUFFER, static_cast<GLsizeiptr>(indices.size() * sizeof(ImDrawIdx)), indices.data(),
               GL_STREAM_DRAW);
  GLuint bound_texture = 0;
  index_base = 0;
  for (int n = 0; n < data->CmdListsCount; ++n) {
    const ImDrawList* list = data->CmdLists[n];
    for (const ImDrawCmd& cmd : list->CmdBuffer) {
      if (cmd.UserCallback) {
        if (cmd.UserCallback != ImDrawCallback_ResetRenderState) cmd.UserCallback(list, &cmd);
        SetUpState();
        bound_texture = 0;
        continue;
      }
      float x0 = std::max(0.0f, (cmd.ClipRect.x - origin.x) * scale.x);
      float y0 = std::max(0.0f, (cmd.ClipRect.y - origin.y) * scale.y);
      float x1 = std::min(static_cast<float>(width), (cmd.ClipRect.z - origin.x) * scale.x);
      float y1 = std::min(static_cast<float>(height), (cmd.ClipRect.w - origin.y) * scale.y);
      if (x1 <= x0 || y1 <= y0 || cmd.ElemCount == 0) continue;
      glScissor(static_cast<int>(x0), static_cast<int>(static_cast<float>(height) - y1), static_cast<int>(x1 - x0),
                static_cast<int>(y1 - y0));
      GLuint texture = static_cast<GLuint>(reinterpret_cast<std::intptr_t>(cmd.GetTexID()));
      if (texture != bound_texture) glBindTexture(GL_TEXTURE_2D, texture), bound_texture = texture;
      std::size_t first = index_base + cmd.IdxOffset;
      glDrawElements(GL_TRIANGLES, static_cast<GLsizei>(cmd.ElemCount), sizeof(ImDrawIdx) == 2 ? GL_UNSIGNED_SHORT : GL_UNSIGNED_INT,
                     reinterpret_cast<const void*>(first * sizeof(ImDrawIdx)));
    }
    index_base += static_cast<std::size_t>(list->IdxBuffer.Size);
  }
  glDisable(GL_SCISSOR_TEST);
  return true;
}

}  // namespace coplan::platform
