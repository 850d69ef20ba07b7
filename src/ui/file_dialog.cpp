#include "ui/file_dialog.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <filesystem>

#include "imgui.h"
#include "imgui_internal.h"
#include "ui/fonts.h"
#include "ui/text_field.h"

namespace coplan::ui {
namespace fs = std::filesystem;
namespace {

constexpr const char* kPopup = "##file-dialog";

bool EndsWith(std::string text, std::string_view tail) {
  std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return text.size() >= tail.size() && text.compare(text.size() - tail.size(), tail.size(), tail) == 0;
}

std::string HomeFolder() {
  const char* home = std::getenv("HOME");
  return home && home[0] ? home : "/";
}

bool Row(const FileEntry& entry, bool selected, float height, bool& activated) {
  // "###row": the row's id is its place in the list, so the keyboard stays on the first row when
  // the list changes to another folder's.
  std::string label = (entry.folder ? ICON_OPEN "  " + entry.name + "/" : ICON_READABLE "  " + entry.name) + "###row";
  bool pressed = ImGui::Selectable(label.c_str(), selected, ImGuiSelectableFlags_AllowDoubleClick, ImVec2(0, height));
  bool by_keyboard = pressed && !ImGui::IsMouseReleased(ImGuiMouseButton_Left) && !ImGui::IsMouseClicked(ImGuiMouseButton_Left);
  activated = pressed && (by_keyboard || ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left) || entry.folder);
  return pressed;
}

std::optional<std::string> DrawList(FileDialogState& s) {
  float row = ImGui::GetFrameHeight();
  ImGui::BeginChild("##entries", ImVec2(0, row * 9), ImGuiChildFlags_Border, ImGuiWindowFlags_NavFlattened);
  if (!s.problem.empty()) ImGui::TextWrapped("%s", s.problem.c_str());
  if (s.entries.empty() && s.problem.empty()) ImGui::TextDisabled("No plan files in this folder.");
  std::optional<std::string> chosen;
  std::string go_to;
  for (int i = 0; i < static_cast<int>(s.entries.size()); ++i) {
    const FileEntry& entry = s.entries[static_cast<std::size_t>(i)];
    ImGui::PushID(i);
    bool activated = false;
    if (i == 0 && s.focus_first) ImGui::SetKeyboardFocusHere();
    if (Row(entry, s.selected == i, row, activated)) {
      s.selected = i;
      if (!entry.folder && s.mode == FileDialogMode::Save) s.name = entry.name;
      if (activated && entry.folder) go_to = (fs::path(s.folder) / entry.name).string();
      else if (activated) chosen = ChooseName(s, entry.name);
    }
    if (i == 0) ImGui::SetItemDefaultFocus();  // counts only when the dialog takes the keyboard
    ImGui::PopID();
  }
  s.focus_first = false;
  ImGui::EndChild();
  if (!go_to.empty()) ListFolder(s, go_to);
  return chosen;
}

void DrawFolderBar(FileDialogState& s) {
  TextFieldOptions options;
  options.width = ImGui::GetContentRegionAvail().x;
  if (auto typed = TextField("Folder", s.folder, options)) ListFolder(s, *typed);
  if (ImGui::Button("Up a folder")) ListFolder(s, fs::path(s.folder).parent_path().string());
  ImGui::SameLine();
  if (ImGui::Button(ICON_HOME "  Home folder")) ListFolder(s, HomeFolder());
  ImGui::SameLine();
  if (ImGui::Checkbox("Show all files", &s.show_all)) ListFolder(s, s.folder);
}

bool DrawReplaceQuestion(FileDialogState& s) {
  ImGui::TextWrapped("%s is already there. Replace it with this plan?", s.replace_path.c_str());
  if (ImGui::Button("Replace it")) return true;
  ImGui::SameLine();
  if (ImGui::Button("Choose another name")) s.replace_path.clear();
  return false;
}

}  // namespace

std::optional<std::string> ChooseName(FileDialogState& s, const std::string& name) {
  if (name.empty()) return std::nullopt;
  if (s.mode == FileDialogMode::Open) return (fs::path(s.folder) / name).string();
  std::string path = (fs::path(s.folder) / WithPlanExtension(name)).string();
  std::error_code ec;
  if (fs::exists(path, ec)) {
    s.replace_path = path;
    return std::nullopt;
  }
  return path;
}

std::string WithPlanExtension(const std::string& name) {
  if (EndsWith(name, ".json")) return name;
  return name + ".coplan.json";
}

void ListFolder(FileDialogState& s, const std::string& folder) {
  std::error_code ec;
  fs::path path = fs::absolute(folder.empty() ? HomeFolder() : folder, ec).lexically_normal();
  std::vector<FileEntry> entries;
  fs::directory_iterator it(path, fs::directory_options::skip_permission_denied, ec);
  if (ec) {
    s.problem = "Coplan cannot look in " + path.string() + ": " + ec.message() + ".";
    return;
  }
  for (; it != fs::directory_iterator(); it.increment(ec)) {
    if (ec) break;
    std::string name = it->path().filename().string();
    if (name.empty() || (name[0] == '.' && !s.show_all)) continue;
    std::error_code type_ec;
    bool folder_entry = it->is_directory(type_ec);
    if (!folder_entry && !s.show_all && !EndsWith(name, ".json")) continue;
    entries.push_back({name, folder_entry});
  }
  std::sort(entries.begin(), entries.end(), [](const FileEntry& a, const FileEntry& b) {
    return a.folder != b.folder ? a.folder : a.name < b.name;
  });
  std::string text = path.string();
  if (text.size() > 1 && text.back() == '/') text.pop_back();
  s.folder = text;
  s.entries = std::move(entries);
  s.selected = -1;
  s.focus_first = !s.entries.empty();
  s.problem.clear();
}

void OpenFileDialog(FileDialogState& s, FileDialogMode mode, const std::string& start, const std::string& suggested) {
  s.open = true;
  s.just_opened = true;
  s.mode = mode;
  s.name = suggested;
  s.replace_path.clear();
  std::error_code ec;
  std::string folder = start;
  if (!start.empty() && !fs::is_directory(start, ec)) folder = fs::path(start).parent_path().string();
  ListFolder(s, folder);
  if (mode == FileDialogMode::Save) s.focus_first = false;
}

std::optional<std::string> DrawFileDialog(FileDialogState& s, bool& cancelled) {
  cancelled = false;
  if (!s.open) return std::nullopt;
  if (!ImGui::IsPopupOpen(kPopup)) ImGui::OpenPopup(kPopup);
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  float width = std::min(ImGui::GetFontSize() * 40, viewport->WorkSize.x * 0.95f);
  ImGui::SetNextWindowSizeConstraints(ImVec2(width, 0), ImVec2(width, viewport->WorkSize.y * 0.95f));
  ImGui::SetNextWindowPos(viewport->GetCenter(), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
  if (!ImGui::BeginPopupModal(kPopup, nullptr, ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_AlwaysAutoResize)) return std::nullopt;
  if (s.just_opened) GImGui->NavDisableHighlight = false;  // show keyboard users where they are at once
  bool saving = s.mode == FileDialogMode::Save;
  ImGui::TextUnformatted(saving ? "Save the plan as a file" : "Open a plan file");
  ImGui::Separator();
  std::optional<std::string> chosen;
  if (!s.replace_path.empty()) {
    if (DrawReplaceQuestion(s)) chosen = s.replace_path;
  } else {
    DrawFolderBar(s);
    chosen = DrawList(s);
    if (saving) {
      TextFieldOptions options;
      options.focus_now = s.just_opened;  // saving: the name comes first, the list is there to look at
      bool finished = false;
      options.finished = &finished;
      if (auto typed = TextField("File name", s.name, options)) s.name = *typed;
      if (finished && (ImGui::IsKeyPressed(ImGuiKey_Enter, false) || ImGui::IsKeyPressed(ImGuiKey_KeypadEnter, false)))
        chosen = ChooseName(s, s.name);
    }
    std::string picked = saving ? s.name
                         : s.selected >= 0 && !s.entries[static_cast<std::size_t>(s.selected)].folder
                             ? s.entries[static_cast<std::size_t>(s.selected)].name
                             : "";
    ImGui::BeginDisabled(picked.empty());
    if (ImGui::Button(saving ? ICON_SAVE "  Save" : ICON_OPEN "  Open")) chosen = ChooseName(s, picked);
    ImGui::EndDisabled();
    ImGui::SameLine();
    bool back = !TextEditing() && ImGui::IsKeyPressed(ImGuiKey_Backspace, false);
    if (back) ListFolder(s, fs::path(s.folder).parent_path().string());
  }
  ImGui::SameLine();
  if (ImGui::Button("Cancel") || (!TextEditing() && ImGui::IsKeyPressed(ImGuiKey_Escape, false))) {
    cancelled = true;
    s.open = false;
  }
  if (chosen) s.open = false;
  if (!s.open) ImGui::CloseCurrentPopup();
  if (!ImGui::IsWindowAppearing()) s.just_opened = false;
  ImGui::EndPopup();
  return chosen;
}

}  // namespace coplan::ui
