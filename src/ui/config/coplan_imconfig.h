// Dear ImGui settings for Coplan (both builds).
#pragma once
// 32-bit indices: a large canvas passes 64k vertices, which WebGL2 cannot draw with 16-bit ones.
#define ImDrawIdx unsigned int
#define IMGUI_DISABLE_DEMO_WINDOWS
#define IMGUI_DISABLE_DEBUG_TOOLS
#define IMGUI_DISABLE_OBSOLETE_FUNCTIONS
#define IMGUI_DISABLE_OBSOLETE_KEYIO
// Our own fonts are compiled in; ImGui's tiny built-in one is never used.
#define IMGUI_DISABLE_DEFAULT_FONT
