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

// Compiles and links a program from a vertex and a fragment shader's text. Returns 0 on failure.
// Asks for the result only once, after linking: each question is a round trip to the GPU
// process in a browser.
GLuint LinkProgram(const char* vertex_body, const char* fragment_body);

}  // namespace coplan::platform
