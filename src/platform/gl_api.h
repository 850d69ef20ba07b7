// The GL functions Coplan calls: OpenGL ES 3.0 (WebGL2) in the browser, OpenGL 3.3 core on the
// desktop, and the version line its shaders start with.
#pragma once
#ifdef __EMSCRIPTEN__
#include <GLES3/gl3.h>
#else
#define GL_GLEXT_PROTOTYPES
#include <GL/gl.h>
#include <GL/glext.h>
#endif

namespace coplan::platform {

#ifdef __EMSCRIPTEN__
inline constexpr const char* kGlslHeader = "#version 300 es\n";
#else
inline constexpr const char* kGlslHeader = "#version 330 core\n";
#endif

// A program from a vertex and a fragment shader's text, compiled and linked without waiting for
// the result: in a browser each question is a round trip to the GPU process, which then first
// finishes compiling. Ask (Finish) only when the program is first needed, so the compiling
// overlaps the work before it.
struct ProgramBuild {
  GLuint program = 0, vertex = 0, fragment = 0;
};
ProgramBuild StartProgram(const char* vertex_body, const char* fragment_body);
// Waits for the link; the program, or 0 if it failed (the shaders' logs are printed).
GLuint FinishProgram(ProgramBuild& build);

}  // namespace coplan::platform
