#include "ui/text_field.h"

#include <cstring>

#include "imgui_internal.h"
#include "misc/cpp/imgui_stdlib.h"
#include "platform/text_overlay.h"
#include "ui/drawn_places.h"
#include "ui/input_queue.h"

namespace coplan::ui {
namespace {

ImGuiID g_editing = 0;       // desktop: the field being edited (ImGui's id of its input)
std::string g_editing_text;  // and its text while it is edited
ImGuiID g_overlay_owner_seen = 0;                      // browser: the owner drew this frame
ImGuiID g_opening = 0;       // desktop: a field drawn with focus_now that does not have the keyboard yet
bool g_opening_seen = false;  // and it was drawn this frame

ImGuiID g_cursor_to_end = 0;  // desktop: a paragraph opened with focus_now starts after its text
std::string g_typed, g_typed_last;  // this frame's and the last frame's text typed so far
bool g_finished_now = false;  // a field's edit was finished (not abandoned) this frame

void ReportTyping(const TextFieldOptions& o, const std::string& text, const std::string& value) {
  if (!o.typing || text == value) return;  // only text that would edit the plan is kept
  *o.typing = text;
  g_typed = text;
}

int CursorToEnd(ImGuiInputTextCallbackData* data) {
  if (g_cursor_to_end != 0 && g_cursor_to_end == ImGui::GetActiveID()) {
    data->CursorPos = data->SelectionStart = data->SelectionEnd = data->BufTextLen;
    g_cursor_to_end = 0;
  }
  return 0;
}

ImVec2 FieldSize(const TextFieldOptions& o) {
  float width = o.width < 0 ? ImGui::GetContentRegionAvail().x : o.width;
  float line = ImGui::GetFrameHeight();
  float height = o.kind == TextKind::Line ? line : (o.height > 0 ? o.height : ImGui::GetTextLineHeight() * 4 + line);
  return {width, height};
}

void ShowLabel(const char* label) {
  const char* end = ImGui::FindRenderedTextEnd(label);
  if (end == label) return;
  ImGui::PushTextWrapPos(0.0f);  // a long label wraps in a narrow panel
  ImGui::TextUnformatted(label, end);
  ImGui::PopTextWrapPos();
}

std::optional<std::string> DesktopField(const char* label, const std::string& value, const TextFieldOptions& o) {
  std::string hidden = std::string("##") + label;
  ImGuiID id = ImGui::GetID(hidden.c_str());
  // Only the field being edited keeps its own text between frames; the others show the plan's.
  std::string shown = value;
  bool editing = g_editing == id && ImGui::GetActiveID() == id;
  std::string& buffer = editing ? g_editing_text : shown;
  // ImGui puts the text back as it was when Escape ends an edit; what was typed until now is here.
  std::optional<std::string> typed;
  if (editing && o.escape_keeps) typed = buffer;
  if (o.focus_now) ImGui::SetKeyboardFocusHere();
  ImVec2 size = FieldSize(o);
  if (o.kind == TextKind::Line) {
    ImGui::SetNextItemWidth(size.x);
    ImGui::InputTextWithHint(hidden.c_str(), o.hint, &buffer);
  } else {
    if (o.focus_now) g_cursor_to_end = id;  // to add to a note, not to type before it
    ImGui::InputTextMultiline(hidden.c_str(), &buffer, size, ImGuiInputTextFlags_CallbackAlways, CursorToEnd);
  }
  if (o.focus_now) ImGui::ActivateItemByID(ImGui::GetItemID());
  if (!editing && ImGui::IsItemActive()) g_editing = id, g_editing_text = shown;
  // AltGr, which types ŵ, € and more, reaches ImGui as the right Alt key (as Ctrl+Alt on Windows):
  // Alt pressed and let go alone must not move the keyboard to the window's menu layer, which
  // would end the edit and lose the next key. A field being typed in keeps Alt to itself.
  if (ImGui::IsItemActive()) ImGui::SetKeyOwner(ImGuiMod_Alt, id);
  if (o.focus_now) g_opening = id;
  if (g_opening == id) g_opening_seen = true;
  if (g_opening == id && ImGui::IsItemActive()) g_opening = 0;
  bool deactivated = ImGui::IsItemDeactivated();
  bool escaped = deactivated && ImGui::IsKeyPressed(ImGuiKey_Escape, false);
  if (o.finished && deactivated) *o.finished = true;
  if (deactivated && !escaped) g_finished_now = true;
  if (o.cancelled && escaped) *o.cancelled = true;
  if (deactivated && g_editing == id) g_editing = 0;
  if (editing && !deactivated) ReportTyping(o, buffer, value);
  if (escaped && o.escape_keeps) return typed && *typed != value ? typed : std::nullopt;
  if (ImGui::IsItemDeactivatedAfterEdit() && buffer != value) return buffer;
  return std::nullopt;
}

std::optional<std::string> OverlayField(const char* label, const std::string& value, const TextFieldOptions& o) {
  ImGuiID id = ImGui::GetID(label);
  platform::OverlayReport report = platform::ReadTextOverlay();
  bool mine = report.owner == id && report.state != platform::OverlayState::Closed;
  ImVec2 size = FieldSize(o);
  ImVec2 min = ImGui::GetCursorScreenPos();
  std::string hidden = std::string("##") + label;
  bool pressed = ImGui::InvisibleButton(hidden.c_str(), size);
  ImVec2 max(min.x + size.x, min.y + size.y);
  const ImGuiStyle& style = ImGui::GetStyle();
  ImDrawList* list = ImGui::GetWindowDrawList();
  list->AddRectFilled(min, max, ImGui::GetColorU32(ImGuiCol_FrameBg), style.FrameRounding);
  list->AddRect(min, max, ImGui::GetColorU32(ImGuiCol_Border), style.FrameRounding);
  const std::string& shown = mine ? report.value : value;
  ImVec4 clip(min.x, min.y, max.x - style.FramePadding.x, max.y);
  ImVec2 text_pos(min.x + style.FramePadding.x, min.y + style.FramePadding.y);
  if (shown.empty())
    list->AddText(nullptr, 0, text_pos, ImGui::GetColorU32(ImGuiCol_TextDisabled), o.hint, nullptr, 0, &clip);
  else
    list->AddText(nullptr, 0, text_pos, ImGui::GetColorU32(ImGuiCol_Text), shown.c_str(), nullptr,
                  o.kind == TextKind::Line ? 0.0f : size.x - 2 * style.FramePadding.x, &clip);
  platform::OverlayPlace place{min.x, min.y, size.x, size.y, ImGui::GetFontSize(), o.kind == TextKind::Paragraph};
  if (!mine && (pressed || o.focus_now)) {
    const char* name = std::strncmp(label, "##", 2) == 0 ? label + 2 : label;  // what screen readers say
    // Keys typed before the field had the keyboard waited in ImGui's queue: they go into it.
    std::string start = value;
    TypedAhead typed = TakeTypedAhead(start, o.kind == TextKind::Paragraph);
    if (typed.committed || typed.cancelled)
      platform::SettleTextOverlay(id, start, typed.committed ? platform::OverlayState::Committed : platform::OverlayState::Cancelled);
    else
      platform::OpenTextOverlay(id, place, start, name);
    mine = true;
  }
  if (!mine) return std::nullopt;
  g_overlay_owner_seen = id;
  report = platform::ReadTextOverlay();
  if (report.state == platform::OverlayState::Editing) {
    platform::PlaceTextOverlay(place);
    ReportTyping(o, report.value, value);
    return std::nullopt;
  }
  platform::CloseTextOverlay();
  if (o.finished) *o.finished = true;
  if (report.state == platform::OverlayState::Committed) g_finished_now = true;
  if (o.cancelled && report.state == platform::OverlayState::Cancelled) *o.cancelled = true;
  bool kept = report.state == platform::OverlayState::Committed ||
              (o.escape_keeps && report.state == platform::OverlayState::Cancelled);
  if (kept && report.value != value) return report.value;
  return std::nullopt;
}

}  // namespace

std::optional<std::string> TextField(const char* label, const std::string& value, const TextFieldOptions& options) {
  ShowLabel(label);
  std::optional<std::string> edited = platform::TextOverlayAvailable() ? OverlayField(label, value, options)
                                                                       : DesktopField(label, value, options);
  NoteDrawn(label);
  return edited;
}

bool TextEditing() {
  if (platform::TextOverlayAvailable())
    return platform::ReadTextOverlay().state == platform::OverlayState::Editing;
  return ImGui::GetIO().WantTextInput;
}

bool TextFieldOpening() { return g_opening != 0; }

bool TextFinishedNow() { return g_finished_now; }

const std::string& TypedSoFar() { return g_typed_last; }

void EndTextFields() {
  g_typed_last.swap(g_typed);
  g_typed.clear();
  g_finished_now = false;
  if (!g_opening_seen) g_opening = 0;  // its panel closed before it had the keyboard
  g_opening_seen = false;
  EndDrawnPlaces();
  // An overlay whose control was not drawn this frame (its panel closed) is closed too.
  if (platform::TextOverlayAvailable() && platform::ReadTextOverlay().state != platform::OverlayState::Closed &&
      g_overlay_owner_seen != platform::ReadTextOverlay().owner)
    platform::CloseTextOverlay();
  g_overlay_owner_seen = 0;
}

}  // namespace coplan::ui
