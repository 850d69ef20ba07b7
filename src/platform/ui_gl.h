// Draws ImGui's frame with OpenGL 3.3 / WebGL2. Unlike ImGui's stock backend it never reads GL
// state back (in a browser each glGet waits for the GPU process): Coplan owns every GL call, so
// the renderer just sets what it needs each frame.
#pragma once

struct ImDrawData;

namespace coplan::platform {

// Compiles the shaders; false if the GL context cannot run them.
bool InitUiRenderer();
void ShutdownUiRenderer();
// Uploads ImGui's font atlas (again, after it changed) and gives ImGui its texture id.
void UploadFontAtlas();
// Draws `data` into the current framebuffer of `width` x `height` pixels.
void RenderUi(const ImDrawData* data, int width, int height);
// The framebuffer being drawn and its pixels per ImGui unit, for draw callbacks (the grid).
struct UiFrame {
  int width = 0, height = 0;
  float scale_x = 1, scale_y = 1;
};
const UiFrame& CurrentUiFrame();

}  // namespace coplan::platform
