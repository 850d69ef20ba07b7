// Colours, spacing and the ImGui style: a calm, high-legibility look, and a high-contrast one.
#pragma once
#include "imgui.h"

namespace coplan::ui {

struct Palette {
  ImU32 paper, grid_dot, ink, ink_soft, accent, accent_ink, focus;
  ImU32 card, card_border, card_shadow, lane, lane_border, vision, vision_ink;
  ImU32 note, note_border, link, selection, warning, dim;
  ImU32 match;           // the outline of what find found
  ImU32 change_tint[6];  // header stripes for the five key changes, then one for group themes
};

enum class ThemeKind { Calm, HighContrast };

// Applies the style for `kind` at `scale` framebuffer pixels per logical pixel.
void ApplyTheme(ThemeKind kind, float scale);
const Palette& Colours();

}  // namespace coplan::ui
