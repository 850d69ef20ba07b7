# Writes the GLSL files in shaders/ into one header as raw strings (run at build time).
file(READ "${SHADER_DIR}/grid.vert" vert)
file(READ "${SHADER_DIR}/grid.frag" frag)
file(WRITE "${OUT}" "// Generated from shaders/. Do not edit.\n#pragma once\n"
  "static const char* kGridVertexShader = R\"glsl(${vert})glsl\";\n"
  "static const char* kGridFragmentShader = R\"glsl(${frag})glsl\";\n")
