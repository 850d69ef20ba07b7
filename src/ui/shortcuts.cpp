#include "ui/shortcuts.h"

#include "imgui.h"
#include "ui/fonts.h"

namespace coplan::ui {
namespace {

const Shortcut kShortcuts[] = {
    {"Tab / Shift+Tab", "Move between the buttons, the canvas and the details"},
    {"Arrow keys", "On the canvas: move the focus between cards and changes"},
    {"Shift + arrow keys", "Move around the canvas"},
    {"N", "Add an action to the change that has the focus, and type its title"},
    {"T", "Add a note in the middle of the view"},
    {"Enter or F2", "Type a new title for the card that has the focus"},
    {"[ and ]", "Move the card to the change on the left or right"},
    {"Alt + 1 ... 9", "The card also serves change 1 ... 9 (again to stop)"},
    {"Alt + arrow keys", "Nudge the selected cards (Shift for bigger steps)"},
    {"L", "Link the card to another action: choose it, then Enter"},
    {"Shift+F10 or Menu", "Open the card's menu"},
    {"Delete", "Delete the selected items (undo brings them back)"},
    {"Ctrl+C / Ctrl+X / Ctrl+V", "Copy, cut and paste actions as text (also between tabs and programs)"},
    {"Ctrl+D", "Duplicate the selected actions"},
    {"Ctrl+A", "Select every action"},
    {"Ctrl+Z", "Undo"},
    {"Ctrl+Shift+Z or Ctrl+Y", "Redo"},
    {"Ctrl+F or /", "Find and filter"},
    {"Ctrl+O", "Open a plan file"},
    {"Ctrl+S / Ctrl+Shift+S", "Save / save as"},
    {"+ / -", "Zoom in and out"},
    {"0", "Fit the whole plan"},
    {"1", "Zoom to 100%"},
    {"H or Home", "Go to the vision"},
    {"Escape", "Stop what you are doing; clear the selection"},
    {"In a dialog or merge review", "Tab or arrows move, Enter or Space presses, Escape cancels"},
    {"Mouse wheel, two fingers on a touchpad", "Move around (Shift + wheel: sideways)"},
    {"Ctrl + wheel, pinch", "Zoom around the pointer or the fingers (touchpad or touch screen)"},
    {"?", "This list"},
};

}  // namespace

const Shortcut* Shortcuts(int& count) {
  count = static_cast<int>(sizeof kShortcuts / sizeof kShortcuts[0]);
  return kShortcuts;
}

void DrawShortcutsSheet(bool& open) {
  if (!open) return;
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowFocus();
  if (ImGui::Begin(ICON_KEYBOARD "  Keyboard shortcuts", &open,
                   ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoCollapse)) {
    if (ImGui::BeginTable("shortcuts", 2, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH)) {
      for (const Shortcut& s : kShortcuts) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(s.keys);
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(s.what);
      }
      ImGui::EndTable();
    }
    if (ImGui::Button(ICON_CLOSE "  Close") || ImGui::IsKeyPressed(ImGuiKey_Escape, false)) open = false;
  }
  ImGui::End();
}

}  // namespace coplan::ui
