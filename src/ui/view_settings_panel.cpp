// The View menu's settings: radio buttons a keyboard reaches with Tab and the arrow keys.
#include <algorithm>
#include <string>

#include "imgui.h"
#include "ui/view_settings.h"

namespace coplan::ui {
namespace {

// A row of choices that wraps on a narrow window or with large text.
template <class T>
bool Choices(const char* heading, T& value, std::initializer_list<std::pair<T, const char*>> choices) {
  ImGui::Spacing();
  ImGui::TextUnformatted(heading);
  bool changed = false;
  bool first = true;
  for (const auto& [choice, label] : choices) {
    float width = ImGui::CalcTextSize(label).x + ImGui::GetFrameHeight() + ImGui::GetStyle().ItemSpacing.x * 2;
    if (!first && ImGui::GetContentRegionAvail().x > width) ImGui::SameLine();
    first = false;
    if (ImGui::RadioButton(label, value == choice)) value = choice, changed = true;
  }
  return changed;
}

}  // namespace

bool DrawViewSettings(ViewSettings& s) {
  ImGui::PushID("view settings");
  // Wide enough for a row of sizes at any text size, but never wider than the window.
  ImGui::Dummy(ImVec2(std::min(ImGui::GetFontSize() * 24, ImGui::GetMainViewport()->WorkSize.x * 0.8f), 0));
  bool changed = Choices<float>("Text size", s.text_size,
                                {{1.0f, "100%"}, {1.25f, "125%"}, {1.5f, "150%"}, {1.75f, "175%"}, {2.0f, "200%"},
                                 {2.5f, "250%"}, {3.0f, "300%"}});
  changed |= Choices<ThemeKind>("Colours", s.theme,
                                {{ThemeKind::Light, "Light"}, {ThemeKind::Dark, "Dark"}, {ThemeKind::HighContrast, "High contrast"}});
  changed |= Choices<Typeface>("Typeface", s.face,
                               {{Typeface::NotoSans, "Noto Sans"},
                                {Typeface::OpenDyslexic, "OpenDyslexic (for dyslexia)"},
                                {Typeface::Atkinson, "Atkinson Hyperlegible (for low vision)"}});
  changed |= Choices<float>("Space between lines", s.line_spacing,
                            {{1.0f, "Usual"}, {1.25f, "More"}, {1.5f, "Most"}});
  ImGui::Separator();
  changed |= ImGui::Checkbox("Less motion (no blinking caret)", &s.less_motion);
  ImGui::PopID();
  return changed;
}

}  // namespace coplan::ui
