#include "ui/tab_out.h"

#include "imgui.h"
#include "imgui_internal.h"  // the tabbing request: ImGui has no public way to see it wrap
#include "ui/text_field.h"

namespace coplan::ui {

TabOut TabLeavesApp() {
  ImGuiContext& g = *GImGui;
  ImGuiIO& io = g.IO;
  if (!ImGui::IsKeyPressed(ImGuiKey_Tab, false) || io.KeyCtrl || io.KeyAlt || TextEditing()) return TabOut::None;
  if (g.NavWindow && (g.NavWindow->Flags & (ImGuiWindowFlags_Popup | ImGuiWindowFlags_Modal))) return TabOut::None;
  TabOut out = io.KeyShift ? TabOut::Backward : TabOut::Forward;
  bool tabbing = g.NavMoveSubmitted && (g.NavMoveFlags & ImGuiNavMoveFlags_IsTabbing);
  if (!tabbing) return out;  // nothing in the app would take the focus
  bool wraps = false;
  if (g.NavTabbingDir == +1)  // forward: no item after the current one, so ImGui would go back to the first
    wraps = g.NavMoveResultLocal.ID == 0 && g.NavMoveResultOther.ID == 0 && g.NavTabbingCounter == 1;
  else if (g.NavTabbingDir == -1)  // backward: still looking after the current item, so nothing came before it
    wraps = g.NavMoveScoringItems;
  if (!wraps) return TabOut::None;
  ImGui::NavMoveRequestCancel();
  return out;
}

}  // namespace coplan::ui
