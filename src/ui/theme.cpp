#include "ui/theme.h"

namespace coplan::ui {
namespace {

Palette g_palette;

ImU32 Rgb(unsigned hex, int alpha = 255) {
  return IM_COL32((hex >> 16) & 255, (hex >> 8) & 255, hex & 255, alpha);
}

Palette Calm() {
  Palette p;
  p.paper = Rgb(0xF5F4EF);
  p.grid_dot = Rgb(0xC9C5B8);
  p.ink = Rgb(0x1D2125);        // 15:1 on paper
  p.ink_soft = Rgb(0x4A5058);   // 7.6:1 on paper
  p.accent = Rgb(0x0B5F5A);
  p.accent_ink = Rgb(0xFFFFFF);
  p.focus = Rgb(0x1A56DB);
  p.card = Rgb(0xFFFFFF);
  p.card_border = Rgb(0xB9B4A6);
  p.card_shadow = Rgb(0x000000, 28);
  p.lane = Rgb(0xFFFFFF, 150);
  p.lane_border = Rgb(0xD6D2C4);
  p.vision = Rgb(0x123B4A);
  p.vision_ink = Rgb(0xFFFFFF);
  p.note = Rgb(0xFFF1A8);
  p.note_border = Rgb(0xD9C25A);
  p.link = Rgb(0x56606B);
  p.selection = Rgb(0x1A56DB, 60);
  p.warning = Rgb(0x9A3412);
  p.dim = Rgb(0xF5F4EF, 190);
  p.match = Rgb(0xC2410C);      // 4.6:1 on paper, apart from the focus blue
  const unsigned tints[6] = {0x2E7D6B, 0x8A5A00, 0x6B4FA0, 0x1F6F9F, 0xA23B5C, 0x5F6B3A};
  for (int i = 0; i < 6; ++i) p.change_tint[i] = Rgb(tints[i]);
  return p;
}

Palette HighContrast() {
  Palette p;
  p.paper = Rgb(0x000000);
  p.grid_dot = Rgb(0x3A3A3A);
  p.ink = Rgb(0xFFFFFF);
  p.ink_soft = Rgb(0xFFFFFF);
  p.accent = Rgb(0xFFE500);
  p.accent_ink = Rgb(0x000000);
  p.focus = Rgb(0x00E5FF);
  p.card = Rgb(0x000000);
  p.card_border = Rgb(0xFFFFFF);
  p.card_shadow = Rgb(0x000000, 0);
  p.lane = Rgb(0x000000);
  p.lane_border = Rgb(0xFFFFFF);
  p.vision = Rgb(0x000000);
  p.vision_ink = Rgb(0xFFE500);
  p.note = Rgb(0x000000);
  p.note_border = Rgb(0xFFE500);
  p.link = Rgb(0xFFFFFF);
  p.selection = Rgb(0x00E5FF, 90);
  p.warning = Rgb(0xFFB4A0);
  p.dim = Rgb(0x000000, 200);
  p.match = Rgb(0xFF9E3D);
  for (auto& tint : p.change_tint) tint = Rgb(0xFFE500);
  return p;
}

void StyleColours(const Palette& p, ThemeKind kind) {
  ImGuiStyle& style = ImGui::GetStyle();
  ImVec4* c = style.Colors;
  auto v = [](ImU32 col) { return ImGui::ColorConvertU32ToFloat4(col); };
  bool hc = kind == ThemeKind::HighContrast;
  c[ImGuiCol_Text] = v(p.ink);
  c[ImGuiCol_TextDisabled] = v(p.ink_soft);
  c[ImGuiCol_WindowBg] = v(hc ? p.paper : Rgb(0xFBFAF7));
  c[ImGuiCol_ChildBg] = v(hc ? p.paper : Rgb(0xFBFAF7));
  c[ImGuiCol_PopupBg] = v(hc ? p.paper : Rgb(0xFFFFFF));
  // Every control's edge (text fields, buttons, unticked boxes and radios) stands out 3:1 or more
  // from the window and from its own fill (WCAG 1.4.11): 0x7A7568 is 4.4:1 on the window, 3.6:1
  // on a button.
  c[ImGuiCol_Border] = v(hc ? p.ink : Rgb(0x7A7568));
  c[ImGuiCol_FrameBg] = v(hc ? p.paper : Rgb(0xFFFFFF));
  c[ImGuiCol_FrameBgHovered] = v(hc ? Rgb(0x333333) : Rgb(0xEEF4F3));
  c[ImGuiCol_FrameBgActive] = v(hc ? Rgb(0x444444) : Rgb(0xE0ECEA));
  c[ImGuiCol_TitleBg] = c[ImGuiCol_TitleBgActive] = v(hc ? p.paper : Rgb(0xECEAE3));
  c[ImGuiCol_MenuBarBg] = v(hc ? p.paper : Rgb(0xECEAE3));
  c[ImGuiCol_Button] = v(hc ? p.paper : Rgb(0xE7E4DA));
  c[ImGuiCol_ButtonHovered] = v(hc ? Rgb(0x333333) : Rgb(0xD8E8E5));
  c[ImGuiCol_ButtonActive] = v(hc ? Rgb(0x555555) : Rgb(0xC4DDD9));
  c[ImGuiCol_Header] = v(hc ? Rgb(0x333333) : Rgb(0xDCEBE8));
  c[ImGuiCol_HeaderHovered] = v(hc ? Rgb(0x444444) : Rgb(0xCBE2DE));
  c[ImGuiCol_HeaderActive] = v(hc ? Rgb(0x555555) : Rgb(0xB8D8D3));
  c[ImGuiCol_Tab] = v(hc ? p.paper : Rgb(0xE1DED3));
  c[ImGuiCol_TabHovered] = v(hc ? Rgb(0x444444) : Rgb(0xCBE2DE));
  c[ImGuiCol_TabActive] = v(hc ? Rgb(0x333333) : Rgb(0xFBFAF7));
  c[ImGuiCol_CheckMark] = c[ImGuiCol_SliderGrabActive] = v(p.accent);
  c[ImGuiCol_SliderGrab] = v(p.accent);
  c[ImGuiCol_Separator] = v(hc ? p.ink : Rgb(0xCFCABC));
  c[ImGuiCol_NavHighlight] = v(p.focus);
  c[ImGuiCol_TextSelectedBg] = v(hc ? Rgb(0x0050A0) : Rgb(0xB6D4FE));
  c[ImGuiCol_ModalWindowDimBg] = v(Rgb(0x000000, 110));
  c[ImGuiCol_TableHeaderBg] = v(hc ? Rgb(0x222222) : Rgb(0xECEAE3));
  c[ImGuiCol_TableRowBgAlt] = v(hc ? Rgb(0x111111) : Rgb(0xF4F2EC));
}

}  // namespace

void ApplyTheme(ThemeKind kind, float scale) {
  g_palette = kind == ThemeKind::HighContrast ? HighContrast() : Calm();
  ImGuiStyle& style = ImGui::GetStyle();
  style = ImGuiStyle();
  style.WindowPadding = ImVec2(14, 12);
  style.FramePadding = ImVec2(10, 5);  // with 17 px text, controls are 27 px tall: above 24 px
  style.ItemSpacing = ImVec2(10, 8);
  style.ItemInnerSpacing = ImVec2(8, 6);
  style.CellPadding = ImVec2(8, 5);
  style.ScrollbarSize = 24;  // a target of 24 px or more (WCAG 2.5.8), like every other control
  style.GrabMinSize = 24;
  style.WindowRounding = 6;
  style.ChildRounding = 6;
  style.FrameRounding = 5;
  style.PopupRounding = 6;
  style.TabRounding = 5;
  style.WindowBorderSize = 1;
  style.FrameBorderSize = 1.0f;
  StyleColours(g_palette, kind);
  style.ScaleAllSizes(scale);
}

const Palette& Colours() { return g_palette; }

}  // namespace coplan::ui
