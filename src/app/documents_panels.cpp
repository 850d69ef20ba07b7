#include "app/documents_panels.h"

#include <algorithm>

#include "imgui.h"
#include "imgui_internal.h"
#include "model/queries.h"
#include "platform/file_host.h"
#include "platform/store.h"
#include "ui/fonts.h"
#include "ui/text_field.h"

namespace coplan {
namespace {

std::string Title(const std::string& title) { return title.empty() ? std::string("Untitled plan") : title; }

bool CloseRow(bool& open) {
  bool close = ImGui::Button(ICON_CLOSE "  Close") || (!ui::TextEditing() && ImGui::IsKeyPressed(ImGuiKey_Escape, false));
  if (close) open = false;
  return close;
}

void Heading(const std::string& text) {
  ImGui::TextUnformatted(text.c_str());
  ImGui::Separator();
}

void DrawPlanRow(Keeper& keeper, DocumentsPanels& panels, const PlanInfo& plan) {
  bool current = plan.key == keeper.Current().key;
  ImGui::TableNextRow();
  ImGui::TableNextColumn();
  if (panels.renaming == plan.key) {
    ui::TextFieldOptions options;
    options.focus_now = true;
    bool finished = false;
    options.finished = &finished;
    if (auto title = ui::TextField("##new name", plan.title, options)) keeper.Rename(plan.key, *title);
    if (finished) panels.renaming.clear();
  } else {
    ImGui::TextWrapped("%s", (Title(plan.title) + (current ? " (open now)" : "")).c_str());
  }
  ImGui::TableNextColumn();
  ImGui::TextUnformatted(plan.place.c_str());
  ImGui::TableNextColumn();
  ImGui::TextUnformatted(FriendlyTime(plan.changed_at).c_str());
  if (plan.unsaved) ImGui::TextUnformatted("not saved to a file");
  ImGui::TableNextColumn();
  ImGui::BeginDisabled(current);
  if (ImGui::Button("Open")) {
    keeper.SwitchTo(plan.key);
    panels.my_plans = false;
  }
  ImGui::EndDisabled();
  ImGui::SameLine();
  if (ImGui::Button("Rename")) panels.renaming = plan.key;
  ImGui::SameLine();
  if (ImGui::Button(ICON_CLONE "  Duplicate")) keeper.Duplicate(plan.key);
  ImGui::SameLine();
  if (ImGui::Button(ICON_TRASH "  Delete")) keeper.Delete(plan.key);
}

void DrawPreview(Keeper& keeper, const VersionPreview& preview) {
  ImGui::Separator();
  if (!preview.problem.empty()) {
    ImGui::TextWrapped("%s", preview.problem.c_str());
    return;
  }
  if (!preview.plan) {
    ImGui::TextUnformatted("Reading this version…");
    return;
  }
  const Plan& plan = *preview.plan;
  ImGui::TextWrapped("%s", ("The version from " + FriendlyTime(preview.version.at) + ": " + Title(plan.title) +
                            (plan.place.empty() ? "" : ", " + plan.place) + ", " +
                            std::to_string(LiveActions(plan).size()) + " actions.").c_str());
  ImGui::BeginChild("##preview", ImVec2(0, ImGui::GetFrameHeight() * 8), ImGuiChildFlags_Border);
  for (const Change* change : LiveChanges(plan)) {
    ImGui::TextUnformatted(change->title.c_str());
    ImGui::Indent();
    for (const Action* action : LiveActions(plan))
      if (!action->changes.empty() && action->changes.front() == change->id)
        ImGui::BulletText("%s", action->title.c_str());
    ImGui::Unindent();
  }
  ImGui::EndChild();
  if (ImGui::Button(ICON_HISTORY "  Go back to this version")) keeper.Restore(preview.version);
}

}  // namespace

bool BeginDialog(const char* id, bool& open, float width_in_lines) {
  if (!open) return false;
  if (!ImGui::IsPopupOpen(id)) ImGui::OpenPopup(id);
  float width = std::min(ImGui::GetFontSize() * width_in_lines, ImGui::GetMainViewport()->WorkSize.x * 0.95f);
  ImGui::SetNextWindowSizeConstraints(ImVec2(width, 0), ImVec2(width, ImGui::GetMainViewport()->WorkSize.y * 0.9f));
  ImGui::SetNextWindowPos(ImGui::GetMainViewport()->GetCenter(), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
  if (ImGui::BeginPopupModal(id, nullptr, ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_AlwaysAutoResize)) {
    if (ImGui::IsWindowAppearing()) GImGui->NavDisableHighlight = false;  // Enter works at once
    return true;
  }
  open = false;
  return false;
}

bool MenuRow(const char* label, const char* shortcut, bool enabled) {
  ImGui::BeginDisabled(!enabled);
  float start = ImGui::GetCursorPosX();
  ImGui::PushStyleVar(ImGuiStyleVar_SelectableTextAlign, ImVec2(0, 0.5f));
  bool pressed = ImGui::Selectable(label, false, 0, ImVec2(ImGui::GetFontSize() * 18, ImGui::GetFrameHeight()));
  ImGui::PopStyleVar();
  if (shortcut) {
    ImGui::SameLine(start + ImGui::GetFontSize() * 12);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(shortcut);
  }
  ImGui::EndDisabled();
  return pressed;
}

// The status keeps the width of its longest wording, so the buttons after it do not move (or wrap
// onto another line) each time a change goes from "Keeping" to "Kept".
float KeepStatusWidth(bool unsaved) {
  float widest = 0;
  for (const char* state : {ICON_CLOCK "  Opening", ICON_CLOCK "  Keeping", ICON_CHECK "  Kept", ICON_WARNING "  Not kept",
                            ICON_INFO "  Not saved to a file", ICON_CHECK "  Saved"}) {
    std::string text = std::string(state) + (unsaved ? ", not saved to a file" : "");
    widest = std::max(widest, ImGui::CalcTextSize(text.c_str()).x);
  }
  return widest;
}

void DrawKeepStatus(Keeper& keeper) {
  std::string place = platform::StorePlaceName();
  std::string text, more;
  switch (keeper.State()) {
    case KeepState::Starting: text = ICON_CLOCK "  Opening"; break;
    case KeepState::NotYet: more = "This new plan is kept " + place + " from its first change."; break;
    case KeepState::Keeping: text = ICON_CLOCK "  Keeping"; more = "Keeping your changes " + place + "."; break;
    case KeepState::Kept: text = ICON_CHECK "  Kept"; more = "Every change is kept " + place + "."; break;
    case KeepState::Failing: text = ICON_WARNING "  Not kept"; more = "Your latest changes could not be kept " + place + ": see the message."; break;
    case KeepState::Off: text = ICON_WARNING "  Not kept"; more = "Changes are not being kept " + place + "."; break;
  }
  if (keeper.Paths() && (keeper.State() == KeepState::Kept || keeper.State() == KeepState::Keeping ||
                         keeper.State() == KeepState::NotYet)) {
    // The desktop thinks in files: a new plan that was never changed has nothing to say.
    text = keeper.Unsaved() ? ICON_INFO "  Not saved to a file" : keeper.Path().empty() ? "" : ICON_CHECK "  Saved";
  } else if (keeper.Unsaved()) {
    text += text.empty() ? "Not saved to a file" : ", not saved to a file";
  }
  if (keeper.Unsaved()) more += " Save it to a file to share it or keep a copy of your own.";
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(text.c_str());
  if (!more.empty() && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", more.c_str());
  float rest = KeepStatusWidth(keeper.Unsaved()) - ImGui::CalcTextSize(text.c_str()).x;
  if (rest > 0) {
    ImGui::SameLine(0, 0);
    ImGui::Dummy(ImVec2(rest, 0));
  }
}

void DrawMyPlans(Keeper& keeper, DocumentsPanels& panels) {
  if (!BeginDialog("##my-plans", panels.my_plans, 60)) return;
  std::string place = platform::StorePlaceName();
  Heading("My plans: the plans kept " + place);
  ImGui::TextWrapped("Every change is kept here as you work. Plans kept here are not sent anywhere.");
  if (!keeper.Persistent())
    ImGui::TextWrapped(ICON_WARNING "  This browser may clear what it keeps when space runs low, so save "
                                    "important plans to files too (File, then Save).");
  if (!keeper.LastDeleted().empty()) {
    const PlanInfo* gone = keeper.library().Find(keeper.LastDeleted());
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(("Deleted " + Title(gone ? gone->title : "") + ".").c_str());
    ImGui::SameLine();
    if (ImGui::Button(ICON_UNDO "  Undo delete")) keeper.UndoDelete();
  }
  ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollY;
  if (ImGui::BeginTable("##plans", 4, flags, ImVec2(0, ImGui::GetFrameHeight() * 12))) {
    ImGui::TableSetupColumn("Plan", ImGuiTableColumnFlags_WidthStretch, 2.0f);
    ImGui::TableSetupColumn("Place", ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn("Last change", ImGuiTableColumnFlags_WidthStretch, 1.4f);
    ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed, ImGui::GetFontSize() * 20);
    ImGui::TableHeadersRow();
    for (const PlanInfo* plan : keeper.library().Plans()) {
      ImGui::PushID(plan->key.c_str());
      DrawPlanRow(keeper, panels, *plan);
      ImGui::PopID();
    }
    ImGui::EndTable();
  }
  if (keeper.library().Plans().empty()) ImGui::TextUnformatted("No plans are kept here yet: they are, from the first change.");
  if (ImGui::Button(ICON_PLUS "  New plan")) {
    keeper.NewPlan();
    panels.my_plans = false;
  }
  ImGui::SameLine();
  if (CloseRow(panels.my_plans)) panels.renaming.clear();
  if (!panels.my_plans) ImGui::CloseCurrentPopup();
  ImGui::EndPopup();
}

void DrawVersions(Keeper& keeper, DocumentsPanels& panels) {
  if (!BeginDialog("##versions", panels.versions, 44)) return;
  const PlanInfo* plan = keeper.library().Find(keeper.Current().key);
  Heading("Earlier versions of " + Title(keeper.Current().title));
  ImGui::TextWrapped("Coplan keeps a version when you open or save the plan, and every few minutes while you "
                     "change it. Look at one, then go back to it if you want.");
  float row = ImGui::GetFrameHeight();
  ImGui::BeginChild("##list", ImVec2(0, row * 7), ImGuiChildFlags_Border);
  if (!plan || plan->versions.empty()) ImGui::TextUnformatted("No earlier versions yet.");
  std::vector<VersionInfo> versions = plan ? plan->versions : std::vector<VersionInfo>{};
  for (auto it = versions.rbegin(); it != versions.rend(); ++it) {
    ImGui::PushID(it->key.c_str());
    std::string label = FriendlyTime(it->at) + ": " + it->why + ", " + std::to_string(it->actions) + " actions";
    bool looking = keeper.Previewing() && keeper.Previewing()->version.key == it->key;
    if (ImGui::Selectable(label.c_str(), looking, 0, ImVec2(0, row))) keeper.Preview(*it);
    ImGui::PopID();
  }
  ImGui::EndChild();
  if (keeper.Previewing()) DrawPreview(keeper, *keeper.Previewing());
  CloseRow(panels.versions);
  if (!panels.versions) {
    keeper.Previewing().reset();
    ImGui::CloseCurrentPopup();
  }
  ImGui::EndPopup();
}

void DrawLinkDialog(Keeper& keeper, DocumentsPanels& panels, const std::string& title) {
  if (!BeginDialog("##link", panels.link, 40)) return;
  Heading("Share as a link");
  std::optional<ShareLink>& link = keeper.Link();
  if (!link || (link->link.empty() && link->problem.empty())) {
    ImGui::TextUnformatted("Making the link…");
  } else if (!link->problem.empty()) {
    ImGui::TextWrapped(ICON_WARNING "  %s", link->problem.c_str());
  } else {
    ImGui::TextWrapped("Anyone who opens this link sees a copy of the plan. The plan is inside the link itself, "
                       "after the # sign, so it is never sent to a server. The link is %zu characters long:",
                       link->link.size());
    std::string start = link->link.substr(0, std::min<std::size_t>(link->link.size(), 60)) + "…";
    ImGui::TextDisabled("%s", start.c_str());
    if (ImGui::Button(ICON_COPY "  Copy the link")) {
      platform::CopyText(link->link);
      keeper.LinkShared();
      panels.link_copied = true;
    }
    ImGui::SameLine();
    if (ImGui::Button(ICON_EMAIL "  Email the link")) {
      platform::OpenMailProgram("Our plan: " + Title(title),
                                "Hello,\n\nOpen this link to see our plan " + Title(title) + ":\n\n" + link->link + "\n");
      keeper.LinkShared();
    }
    if (panels.link_copied) ImGui::TextUnformatted(ICON_CHECK "  Copied. Paste it into an email or a message.");
  }
  CloseRow(panels.link);
  if (!panels.link) {
    link.reset();
    ImGui::CloseCurrentPopup();
  }
  ImGui::EndPopup();
}

void DrawQuestion(Keeper& keeper) {
  const Question* question = keeper.Asking();
  bool open = question != nullptr;
  if (!BeginDialog("##question", open, 32)) return;
  if (question) {
    Heading(question->title);
    ImGui::TextWrapped("%s", question->text.c_str());
    for (std::size_t i = 0; i < question->choices.size(); ++i) {
      if (i > 0) ImGui::SameLine();
      bool chosen = ImGui::Button(question->choices[i].c_str());
      if (i == 0) ImGui::SetItemDefaultFocus();
      if (chosen) {
        keeper.Answer(i);
        break;
      }
    }
  }
  if (!keeper.Asking()) ImGui::CloseCurrentPopup();
  ImGui::EndPopup();
}

void DrawMergeReview(Keeper& keeper) {
  bool open = keeper.Reviewing() != nullptr;
  if (!BeginDialog("##merge-review", open, 50)) return;
  if (ui::MergeReviewState* review = keeper.Reviewing()) {
    switch (ui::DrawMergeReview(*review)) {
      case ui::ReviewAnswer::Merge: keeper.FinishMerge(); break;
      case ui::ReviewAnswer::AddAsNew: keeper.AddAsNew(); break;
      case ui::ReviewAnswer::Cancel: keeper.CancelMerge(); break;
      case ui::ReviewAnswer::None: break;
    }
  }
  if (!keeper.Reviewing()) ImGui::CloseCurrentPopup();
  ImGui::EndPopup();
}

}  // namespace coplan
