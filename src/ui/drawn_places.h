// Where some controls were drawn in the last frame, by label: the text fields, the canvas's
// toolbar and the File button. For tests that aim the real mouse of the window system or browser.
#pragma once
#include <string>

namespace coplan::ui {

// Notes the last item's rectangle under `label` (a "##" prefix and ImGui's "##id" tails are cut off).
void NoteDrawn(const char* label);

// Call once after each frame: what was noted becomes the last frame's.
void EndDrawnPlaces();

// {"Who leads it": [x, y, w, h], ...} in screen pixels, for the last frame.
std::string DrawnPlacesJson();

}  // namespace coplan::ui
