#include "ui/date_field.h"

#include "imgui.h"
#include "model/dates.h"
#include "ui/fonts.h"
#include "ui/text_field.h"

namespace coplan::ui {
namespace {

// The one field whose last edit was not a date, and what was typed.
ImGuiID g_refused = 0;
std::string g_refused_text;

}  // namespace

std::optional<std::string> DateField(const char* label, const std::string& date, const char* hint, float width,
                                     bool compact) {
  ImGuiID id = ImGui::GetID(label);
  TextFieldOptions options;
  options.hint = hint;
  options.width = width;
  std::optional<std::string> result;
  if (auto typed = TextField(label, DateForPeople(date), options)) {
    std::optional<std::string> read = ReadDate(*typed);
    g_refused = read ? 0 : id;
    g_refused_text = *typed;
    if (read && *read != date) result = read;
  }
  if (g_refused != id) return result;
  std::string why = "\"" + g_refused_text + "\" is not a date. Write it like 31 Mar 2027 or 31/3/2027.";
  if (compact) {
    ImGui::SameLine(0, ImGui::GetStyle().ItemInnerSpacing.x);
    ImGui::TextUnformatted(ICON_WARNING);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", why.c_str());
  } else {
    ImGui::TextWrapped(ICON_WARNING "  %s", why.c_str());
  }
  return result;
}

}  // namespace coplan::ui
