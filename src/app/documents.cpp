#include "app/documents.h"

#include "app/app.h"
#include "imgui.h"
#include "ui/fonts.h"

namespace coplan {

void Documents::DrawMenu(App&) {
  if (ImGui::Button(ICON_OPEN "  File")) ImGui::OpenPopup("File menu");
  if (ImGui::BeginPopup("File menu")) {
    ImGui::TextDisabled("Opening and saving files comes next.");
    ImGui::EndPopup();
  }
}

void Documents::AfterFrame(App&) {}

bool Documents::MayClose(App&) { return true; }

std::string Documents::FileName(const App& app) const {
  return (app.plan().title.empty() ? std::string("Plan") : app.plan().title) + ".coplan.json";
}

}  // namespace coplan
