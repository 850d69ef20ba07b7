#include "ui/shortcuts.h"

#include <algorithm>

#include "imgui.h"
#include "ui/fonts.h"

namespace coplan::ui {
namespace {

// The README's "Keyboard" table has the same rows, keys written the same way (a test checks).
const Shortcut kShortcuts[] = {
    {"Tab / Shift+Tab", "Move between the buttons, the canvas and the details"},
    {"Arrow keys", "On the canvas: move the focus between cards, notes and changes"},
    {"Shift + arrow keys", "Move around the canvas"},
    {"N", "Add an action to the change that has the focus, and type its title"},
    {"T or Shift+N", "Add a note in free space near the middle of the view, and type its text (Ctrl+Enter to finish)"},
    {"Enter or F2", "Type a new title for the card (or the text of the note) that has the focus"},
    {"[ and ]", "Move the card to the change on the left or right"},
    {"Alt + 1 … 9", "The card also serves change 1 … 9 (again to stop)"},
    {"Alt + arrow keys", "Nudge the selected cards (Shift for bigger steps)"},
    {"L", "Link the card to another action: choose it, then Enter"},
    {"Shift+F10 or Menu", "Open the card's menu"},
    {"Delete or Backspace", "Delete the selected items (undo brings them back)"},
    {"Ctrl+C / Ctrl+X / Ctrl+V", "Copy, cut and paste actions as text (also between tabs and programs)"},
    {"Ctrl+D / Ctrl+A", "Duplicate the selected actions / select every action"},
    {"Ctrl+Z, Ctrl+Shift+Z or Ctrl+Y", "Undo, redo"},
    {"Ctrl+F or /", "Find and filter (or Find at the top)"},
    {"Ctrl+O", "Open a plan file"},
    {"Ctrl+S / Ctrl+Shift+S", "Save / save as"},
    {"Cmd on a Mac", "Works wherever Ctrl is written here"},
    {"+ / -", "Zoom in and out"},
    {"0", "Fit the whole plan"},
    {"1", "Zoom to 100%"},
    {"H or Home", "Go to the vision"},
    {"Escape", "Stop what you are doing; clear the selection"},
    {"In a dialog or merge review", "Tab or arrows move, Enter or Space presses, Escape cancels"},
    {"?", "This list"},
    {"Click, Ctrl+click or Shift+click", "Select a card or note; add it to the selection or take it out"},
    {"Double-click", "On a change: add an action there; on a card: type its title"},
    {"Right-click", "The menu for what is under the pointer"},
    {"Drag a card or note", "Move it (onto another change: move the card to that change)"},
    {"Drag the background, middle mouse, Space + drag", "Move around"},
    {"Shift + drag or Ctrl + drag", "Select with a rubber band"},
    {"Mouse wheel, two fingers on a touchpad", "Move around (Shift + wheel: sideways)"},
    {"Ctrl + wheel, pinch", "Zoom around the pointer or the fingers (touchpad or touch screen)"},
    {"Two fingers on a touch screen", "Move around while pinching"},
};

}  // namespace

const Shortcut* Shortcuts(int& count) {
  count = static_cast<int>(sizeof kShortcuts / sizeof kShortcuts[0]);
  return kShortcuts;
}

void DrawShortcutsSheet(bool& open) {
  if (!open) return;
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  const ImGuiStyle& style = ImGui::GetStyle();
  // The sheet fits the window at any text size: the list scrolls, Close stays in sight.
  float unit = ImGui::GetFontSize() / 17.0f;
  float margin = 16 * unit;
  float width = std::min(860 * unit, viewport->WorkSize.x - 2 * margin);
  float title = ImGui::GetFrameHeight();
  float footer = ImGui::GetFrameHeightWithSpacing() + style.ItemSpacing.y;
  float list_max = viewport->WorkSize.y - 2 * margin - title - footer - 2 * style.WindowPadding.y;
  ImGui::SetNextWindowPos(viewport->GetCenter(), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowFocus();
  // No close button in the title bar (ImGui's is smaller than 24 px): Close below, or Escape.
  if (ImGui::Begin(ICON_KEYBOARD "  Keyboard shortcuts", nullptr,
                   ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoCollapse |
                       ImGuiWindowFlags_NoMove)) {
    ImGui::SetNextWindowSizeConstraints(ImVec2(0, 0), ImVec2(FLT_MAX, std::max(list_max, ImGui::GetFrameHeight())));
    ImGui::BeginChild("list", ImVec2(width - 2 * style.WindowPadding.x, 0), ImGuiChildFlags_AutoResizeY,
                      ImGuiWindowFlags_NavFlattened);
    if (ImGui::BeginTable("shortcuts", 2, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH)) {
      ImGui::TableSetupColumn("Keys", ImGuiTableColumnFlags_WidthStretch, 0.42f);
      ImGui::TableSetupColumn("What", ImGuiTableColumnFlags_WidthStretch, 0.58f);
      for (const Shortcut& s : kShortcuts) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextWrapped("%s", s.keys);
        ImGui::TableNextColumn();
        ImGui::TextWrapped("%s", s.what);
      }
      ImGui::EndTable();
    }
    ImGui::EndChild();
    if (ImGui::Button(ICON_CLOSE "  Close") || ImGui::IsKeyPressed(ImGuiKey_Escape, false)) open = false;
  }
  ImGui::End();
}

}  // namespace coplan::ui
