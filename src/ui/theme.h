// Colours, spacing and the ImGui style: a calm light look, a dark one and a high-contrast one.
// Every text colour is 4.5:1 or more on what it sits on, and edges, focus rings and lane colours
// 3:1 or more (tests/ui/contrast_test.cpp checks each theme from these colours).
#pragma once
#include "imgui.h"

namespace coplan::ui {

struct Palette {
  ImU32 paper, grid_dot, ink, ink_soft, accent, accent_ink, focus;
  ImU32 card, card_border, card_shadow, lane, lane_border, vision, vision_ink;
  ImU32 note, note_border, link, selection, warning, dim;
  ImU32 window, popup, control;  // panels' backgrounds, and the fill of buttons and fields
  ImU32 match;           // the outline of what find found
  ImU32 notice[3];       // the backgrounds of notices: information, warning, error
  ImU32 status[5], status_ink;  // plan health's bars by status (indexed by Status), and the icons on them
  ImU32 change_tint[6];  // header stripes for the five key changes, then one for group themes
};

enum class ThemeKind { Light, Dark, HighContrast };
constexpr ThemeKind kThemes[] = {ThemeKind::Light, ThemeKind::Dark, ThemeKind::HighContrast};

// The palette of `kind` (ApplyTheme makes it the current one).
Palette PaletteOf(ThemeKind kind);

// Applies the style for `kind` at `scale` framebuffer pixels per logical pixel.
void ApplyTheme(ThemeKind kind, float scale);
const Palette& Colours();

}  // namespace coplan::ui
