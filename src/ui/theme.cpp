#include "ui/theme.h"

namespace coplan::ui {
namespace {

Palette g_palette;

ImU32 Rgb(unsigned hex, int alpha = 255) {
  return IM_COL32((hex >> 16) & 255, (hex >> 8) & 255, hex & 255, alpha);
}

// Light shades on a dark window, with dark icons on them.
void LightStatuses(Palette& p) {
  const unsigned status[5] = {0xC8C8C8, 0x78C8FF, 0xFFE500, 0x78FFA0, 0xA0A0A0};
  for (int i = 0; i < 5; ++i) p.status[i] = Rgb(status[i]);
  p.status_ink = Rgb(0x000000);
}

// The ImGui style's colours beyond the palette: hovered and pressed controls, headers, tables.
struct Shades {
  unsigned frame, frame_hover, frame_active, button_hover, button_active;
  unsigned header, header_hover, header_active, tab, border, separator, text_selected, table_header, table_alt;
};

Palette Light() {
  Palette p;
  p.paper = Rgb(0xF5F4EF);
  p.grid_dot = Rgb(0xC9C5B8);
  p.ink = Rgb(0x1D2125);        // 15:1 on paper
  p.ink_soft = Rgb(0x4A5058);   // 7.6:1 on paper
  p.accent = Rgb(0x0B5F5A);
  p.accent_ink = Rgb(0xFFFFFF);
  p.focus = Rgb(0x1A56DB);
  p.card = Rgb(0xFFFFFF);
  p.card_border = Rgb(0x8C8677);  // 3:1 on paper and on the card
  p.card_shadow = Rgb(0x000000, 28);
  p.lane = Rgb(0xFFFFFF, 150);
  p.lane_border = Rgb(0x8C8677);
  p.vision = Rgb(0x123B4A);
  p.vision_ink = Rgb(0xFFFFFF);
  p.note = Rgb(0xFFF1A8);
  p.note_border = Rgb(0x8A7A1F);
  p.link = Rgb(0x56606B);
  p.selection = Rgb(0x1A56DB, 60);
  p.warning = Rgb(0x9A3412);
  p.dim = Rgb(0xF5F4EF, 190);
  p.window = Rgb(0xFBFAF7);
  p.popup = Rgb(0xFFFFFF);
  p.control = Rgb(0xE7E4DA);
  p.match = Rgb(0xC2410C);      // 4.6:1 on paper, apart from the focus blue
  const unsigned notices[3] = {0xE3F0EE, 0xFFF4CC, 0xFDE8E4};
  for (int i = 0; i < 3; ++i) p.notice[i] = Rgb(notices[i]);
  const unsigned tints[6] = {0x2E7D6B, 0x8A5A00, 0x6B4FA0, 0x1F6F9F, 0xA23B5C, 0x5F6B3A};
  for (int i = 0; i < 6; ++i) p.change_tint[i] = Rgb(tints[i]);
  const unsigned status[5] = {0x8A8F98, 0x1F6F9F, 0xB46A00, 0x2E7D4F, 0x6B5E7A};
  for (int i = 0; i < 5; ++i) p.status[i] = Rgb(status[i]);
  p.status_ink = Rgb(0xFFFFFF);
  return p;
}

Palette Dark() {
  Palette p;
  p.paper = Rgb(0x16191D);
  p.grid_dot = Rgb(0x3A4048);
  p.ink = Rgb(0xEEF0F2);
  p.ink_soft = Rgb(0xC2C8CF);
  p.accent = Rgb(0x5EC4B6);
  p.accent_ink = Rgb(0x0B1A18);
  p.focus = Rgb(0x8AB4FF);
  p.card = Rgb(0x23282E);
  p.card_border = Rgb(0x8A929C);
  p.card_shadow = Rgb(0x000000, 60);
  p.lane = Rgb(0x1C2025);
  p.lane_border = Rgb(0x7D8590);
  p.vision = Rgb(0x0F3340);
  p.vision_ink = Rgb(0xFFFFFF);
  p.note = Rgb(0x3D3819);
  p.note_border = Rgb(0xC9B24A);
  p.link = Rgb(0xAEB6C0);
  p.selection = Rgb(0x8AB4FF, 60);
  p.warning = Rgb(0xFFB38A);
  p.dim = Rgb(0x16191D, 190);
  p.window = Rgb(0x1C2025);
  p.popup = Rgb(0x23282E);
  p.control = Rgb(0x2F363E);
  p.match = Rgb(0xFF9E3D);
  const unsigned notices[3] = {0x1E3A38, 0x3D3413, 0x4A2020};
  for (int i = 0; i < 3; ++i) p.notice[i] = Rgb(notices[i]);
  const unsigned tints[6] = {0x4FC1A6, 0xE0A53A, 0xB39DE8, 0x6CB8E8, 0xEB7FA0, 0xA9B873};
  for (int i = 0; i < 6; ++i) p.change_tint[i] = Rgb(tints[i]);
  LightStatuses(p);
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
  p.window = p.popup = p.control = Rgb(0x000000);
  p.match = Rgb(0xFF9E3D);
  for (auto& notice : p.notice) notice = Rgb(0x000000);  // set apart by their edge
  for (auto& tint : p.change_tint) tint = Rgb(0xFFE500);
  LightStatuses(p);
  return p;
}

Shades ShadesOf(ThemeKind kind) {
  switch (kind) {
    case ThemeKind::Light:
      // Every control's edge (text fields, buttons, unticked boxes and radios) stands out 3:1 or more
      // from the window and from its own fill (WCAG 1.4.11).
      return {0xFFFFFF, 0xEEF4F3, 0xE0ECEA, 0xD8E8E5, 0xC4DDD9, 0xDCEBE8, 0xCBE2DE, 0xB8D8D3,
              0xE1DED3, 0x7A7568, 0xCFCABC, 0xB6D4FE, 0xECEAE3, 0xF4F2EC};
    case ThemeKind::Dark:
      return {0x2A3037, 0x343B44, 0x3D4550, 0x3A424C, 0x465060, 0x2F4A47, 0x365652, 0x3F625D,
              0x262B31, 0x949CA6, 0x4A525C, 0x2B5C9E, 0x262B31, 0x1A1E22};
    case ThemeKind::HighContrast:
      return {0x000000, 0x333333, 0x444444, 0x333333, 0x555555, 0x333333, 0x444444, 0x555555,
              0x000000, 0xFFFFFF, 0xFFFFFF, 0x0050A0, 0x222222, 0x111111};
  }
  return {};
}

void StyleColours(const Palette& p, const Shades& s) {
  ImVec4* c = ImGui::GetStyle().Colors;
  auto v = [](ImU32 col) { return ImGui::ColorConvertU32ToFloat4(col); };
  auto h = [](unsigned hex) { return ImGui::ColorConvertU32ToFloat4(Rgb(hex)); };
  c[ImGuiCol_Text] = v(p.ink);
  c[ImGuiCol_TextDisabled] = v(p.ink_soft);
  c[ImGuiCol_WindowBg] = c[ImGuiCol_ChildBg] = v(p.window);
  c[ImGuiCol_PopupBg] = v(p.popup);
  c[ImGuiCol_Border] = h(s.border);
  c[ImGuiCol_FrameBg] = h(s.frame);
  c[ImGuiCol_FrameBgHovered] = h(s.frame_hover);
  c[ImGuiCol_FrameBgActive] = h(s.frame_active);
  c[ImGuiCol_TitleBg] = c[ImGuiCol_TitleBgActive] = c[ImGuiCol_MenuBarBg] = h(s.table_header);
  c[ImGuiCol_Button] = v(p.control);
  c[ImGuiCol_ButtonHovered] = h(s.button_hover);
  c[ImGuiCol_ButtonActive] = h(s.button_active);
  c[ImGuiCol_Header] = h(s.header);
  c[ImGuiCol_HeaderHovered] = h(s.header_hover);
  c[ImGuiCol_HeaderActive] = h(s.header_active);
  c[ImGuiCol_Tab] = h(s.tab);
  c[ImGuiCol_TabHovered] = h(s.header_hover);
  c[ImGuiCol_TabActive] = v(p.window);
  c[ImGuiCol_CheckMark] = c[ImGuiCol_SliderGrabActive] = c[ImGuiCol_SliderGrab] = v(p.accent);
  c[ImGuiCol_Separator] = h(s.separator);
  c[ImGuiCol_NavHighlight] = v(p.focus);
  c[ImGuiCol_TextSelectedBg] = h(s.text_selected);
  c[ImGuiCol_ModalWindowDimBg] = v(Rgb(0x000000, 110));
  c[ImGuiCol_TableHeaderBg] = h(s.table_header);
  c[ImGuiCol_TableRowBgAlt] = h(s.table_alt);
}

}  // namespace

Palette PaletteOf(ThemeKind kind) {
  switch (kind) {
    case ThemeKind::Light: return Light();
    case ThemeKind::Dark: return Dark();
    case ThemeKind::HighContrast: return HighContrast();
  }
  return Light();
}

void ApplyTheme(ThemeKind kind, float scale) {
  g_palette = PaletteOf(kind);
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
  StyleColours(g_palette, ShadesOf(kind));
  style.ScaleAllSizes(scale);
}

const Palette& Colours() { return g_palette; }

}  // namespace coplan::ui
