// Draws ImGui's frame with OpenGL 3.3 / WebGL2. Unlike ImGui's stock backend it never reads GL
// state back (in a browser each glGet waits for the GPU process): Coplan owns every GL call, so
// the renderer just sets what it needs each frame.
#pragma once

struct ImDrawData;

namespace coplan::platform {

// Starts compiling the shaders (the UI's and the grid's) and sets up the buffers.
void StartUiRenderer();
void ShutdownUiRenderer();
// Uploads ImGui's font atlas (again, after it changed) and gives ImGui its texture id.
void UploadFontAtlas();
// Draws `data` into the current framebuffer of `width` x `height` pixels. False if the shaders
// could not be built (the first call waits for them).
bool RenderUi(const ImDrawData* data, int width, int height);
// The framebuffer being drawn and its pixels per ImGui unit, for draw callbacks (the grid).
struct UiFrame {
  int width = 0, height = 0;
  float scale_x = 1, scale_y = 1;
};
const UiFrame& CurrentUiFrame();
// Starts compiling the grid's shaders (grid_gl.cpp), which the first DrawGrid() waits for.
void StartGridProgram();

}  // namespace coplan::platform
