# Dear ImGui (fetched by emsdk-setup.sh into third_party/imgui) as one static library, without
# the demo and debug windows. Our imconfig asks for 32-bit indices so big canvases draw in WebGL2.
set(IMGUI_DIR "${COPLAN_THIRD_PARTY}/imgui")
if(NOT EXISTS "${IMGUI_DIR}/imgui.cpp")
  message(FATAL_ERROR "Dear ImGui not found in ${IMGUI_DIR}: run ./emsdk-setup.sh first")
endif()

add_library(imgui STATIC
  "${IMGUI_DIR}/imgui.cpp" "${IMGUI_DIR}/imgui_draw.cpp" "${IMGUI_DIR}/imgui_tables.cpp"
  "${IMGUI_DIR}/imgui_widgets.cpp" "${IMGUI_DIR}/misc/cpp/imgui_stdlib.cpp"
  "${IMGUI_DIR}/backends/imgui_impl_glfw.cpp" "${IMGUI_DIR}/backends/imgui_impl_opengl3.cpp")
target_include_directories(imgui SYSTEM PUBLIC "${IMGUI_DIR}" "${IMGUI_DIR}/backends" "${IMGUI_DIR}/misc/cpp"
  "${CMAKE_SOURCE_DIR}/src/ui/config")
target_compile_definitions(imgui PUBLIC IMGUI_USER_CONFIG="coplan_imconfig.h")

if(EMSCRIPTEN)
  target_compile_definitions(imgui PUBLIC IMGUI_IMPL_OPENGL_ES3)
  target_link_options(imgui PUBLIC -sUSE_GLFW=3 -sUSE_WEBGL2=1 -sMIN_WEBGL_VERSION=2 -sMAX_WEBGL_VERSION=2)
else()
  find_package(glfw3 3.3 REQUIRED)
  find_package(OpenGL REQUIRED)
  target_link_libraries(imgui PUBLIC glfw OpenGL::GL ${CMAKE_DL_LIBS})
endif()

# Fonts cut down by emsdk-setup.sh are compiled into the program: no file system, no request.
set(COPLAN_FONT_DIR "${COPLAN_THIRD_PARTY}/fonts")
set(COPLAN_FONTS_CPP "${CMAKE_BINARY_DIR}/generated/embedded_fonts.cpp")
add_custom_command(OUTPUT "${COPLAN_FONTS_CPP}"
  COMMAND "${CMAKE_COMMAND}" -DFONT_DIR=${COPLAN_FONT_DIR} -DOUT=${COPLAN_FONTS_CPP}
          -P "${CMAKE_SOURCE_DIR}/cmake/embed_fonts.cmake"
  DEPENDS "${CMAKE_SOURCE_DIR}/cmake/embed_fonts.cmake" "${COPLAN_FONT_DIR}/NotoSans-Regular.ttf"
          "${COPLAN_FONT_DIR}/NotoSans-Bold.ttf" "${COPLAN_FONT_DIR}/icons.ttf")
add_library(coplan_fonts STATIC "${COPLAN_FONTS_CPP}")
