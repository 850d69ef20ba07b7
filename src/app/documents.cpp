// The File menu and its shortcuts; the keeper does the work, the panels draw the dialogs.
#include "app/documents.h"

#include <filesystem>

#include "app/app.h"
#include "app/documents_panels.h"
#include "app/keeper.h"
#include "imgui.h"
#include "io/json_writer.h"
#include "ui/drawn_places.h"
#include "ui/fonts.h"
#include "ui/text_field.h"

namespace coplan {
namespace {

const char* StateName(KeepState state) {
  switch (state) {
    case KeepState::Starting: return "starting";
    case KeepState::NotYet: return "not-yet";
    case KeepState::Keeping: return "keeping";
    case KeepState::Kept: return "kept";
    case KeepState::Failing: return "failing";
    case KeepState::Off: return "off";
  }
  return "";
}

void PreviewByKey(Keeper& k, const std::string& key) {
  for (const PlanInfo* plan : k.library().Plans())
    for (const VersionInfo& v : plan->versions)
      if (v.key == key) k.Preview(v);
}

// What the page's test hooks can see: the keeper's state and the library's index.
std::string StateJson(Keeper& k) {
  JsonWriter w;
  w.BeginObject();
  w.Key("state");
  w.String(StateName(k.State()));
  w.Key("key");
  w.String(k.Current().key);
  w.Key("unsaved");
  w.Bool(k.Unsaved());
  w.Key("fromLink");
  w.Bool(k.FromLink());
  w.Key("link");
  w.String(k.Link() ? k.Link()->link : "");
  w.Key("linkProblem");
  w.String(k.Link() ? k.Link()->problem : "");
  w.Key("previewReady");
  w.Bool(k.Previewing() && k.Previewing()->plan.has_value());
  w.Key("reviewing");
  w.Bool(k.Reviewing() != nullptr);
  w.Key("conflicts");
  w.Int(k.Reviewing() ? static_cast<std::int64_t>(k.Reviewing()->result.conflicts.size()) : 0);
  w.Key("asking");
  w.String(k.Asking() ? k.Asking()->title : "");
  w.Key("lastDeleted");
  w.String(k.LastDeleted());
  w.Key("index");
  w.Raw(k.library().IndexText());
  w.EndObject();
  return w.Take();
}

}  // namespace

Documents::Documents() : m_services(std::make_unique<KeeperServices>()), m_panels(std::make_unique<DocumentsPanels>()) {}
Documents::~Documents() = default;

void Documents::UseServices(const KeeperServices& services) { *m_services = services; }

Keeper& Documents::keeper(App& app) {
  if (!m_keeper) m_keeper = std::make_unique<Keeper>(app, *m_services);
  return *m_keeper;
}

bool Documents::WantsFrame() const { return m_keeper && m_keeper->WantsFrame(); }

bool Documents::OpenText(App& app, std::string_view text, const std::string& name) {
  return keeper(app).OpenText(text, name);
}

void Documents::OpenPath(App& app, const std::string& path) { keeper(app).DroppedPath(path); }

bool Documents::MayClose(App& app) { return keeper(app).MayClose(); }

std::string Documents::FileName(const App& app) const { return SafeFileName(app.plan().title); }

std::string Documents::SuggestedName(App& app) {
  const std::string& path = keeper(app).Path();
  return path.empty() ? FileName(app) : std::filesystem::path(path).filename().string();
}

void Documents::AfterFrame(App& app) {
  Keeper& k = keeper(app);
  // The keeper starts reading browser storage after the first frame, which is then drawn without
  // the storage's work competing with it. A kept plan arrives a frame later, as it would anyway.
  if (m_frames >= 0 && ++m_frames == 2) {
    m_frames = -1;
    k.Start();
    platform::OnPageCommand([this, &app](const std::string& what, const std::string& argument) {
      return PageCommand(app, what, argument);
    });
  }
  k.Tick();
}

// Picks a file to open, or a copy to merge: the page's picker, or the desktop's file dialog
// starting where the open plan (or the last file) is.
void Documents::PickFile(App& app, bool merge) {
  Keeper& k = keeper(app);
  if (!k.Paths()) {
    if (merge) platform::PickFileToMerge();
    else platform::PickFileToOpen();
    return;
  }
  m_panels->dialog_saves = false;
  m_panels->dialog_merges = merge;
  std::string start = k.Path();
  if (start.empty() && !k.library().Settings().recent_files.empty()) start = k.library().Settings().recent_files.front();
  ui::OpenFileDialog(m_panels->dialog, ui::FileDialogMode::Open, start);
}

void Documents::StartOpen(App& app) { PickFile(app, false); }

void Documents::StartMerge(App& app) { PickFile(app, true); }

void Documents::StartSave(App& app, bool ask_where) {
  Keeper& k = keeper(app);
  if (k.Save(ask_where)) return;
  if (!k.WantsSaveDialog()) return;  // a question is asked first
  m_panels->dialog_saves = true;
  ui::OpenFileDialog(m_panels->dialog, ui::FileDialogMode::Save, k.Path(), SuggestedName(app));
}

void Documents::Shortcuts(App& app) {
  ImGuiIO& io = ImGui::GetIO();
  if (ui::TextEditing() || !(io.KeyCtrl || io.KeySuper) || ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId)) return;
  if (ImGui::IsKeyPressed(ImGuiKey_O, false)) StartOpen(app);
  if (ImGui::IsKeyPressed(ImGuiKey_S, false)) StartSave(app, io.KeyShift);
}

void Documents::DrawMenu(App& app) {
  Keeper& k = keeper(app);
  if (ImGui::Button(ICON_OPEN "  File")) ImGui::OpenPopup("File menu");
  ui::NoteDrawn("File");
  ImGui::SameLine();
  DrawKeepStatus(k);
  if (k.FromLink()) {
    ImGui::SameLine();
    if (ImGui::Button(ICON_SAVE "  Keep this plan")) k.KeepLinkPlan();
  }
  if (k.CanRecover()) {
    ImGui::SameLine();
    if (ImGui::Button(ICON_HISTORY "  Recover unsaved changes")) k.Recover();
    ui::NoteDrawn("Recover unsaved changes");
  }
  DrawFileMenu(app);
  DrawDialogs(app);
  Shortcuts(app);
}

void Documents::DrawFileMenu(App& app) {
  Keeper& k = keeper(app);
  if (!ImGui::BeginPopup("File menu")) return;
  DocumentsPanels& p = *m_panels;
  if (MenuRow(ICON_PLUS "  New plan")) k.NewPlan();
  if (MenuRow(ICON_OPEN "  Open…", "Ctrl+O")) StartOpen(app);
  if (MenuRow(ICON_CLONE "  Merge a copy into this plan…")) StartMerge(app);
  if (k.Paths()) {
    const auto& recent = k.library().Settings().recent_files;
    if (!recent.empty()) ImGui::TextDisabled("Recent files");
    for (std::size_t i = 0; i < recent.size() && i < 5; ++i) {
      std::filesystem::path path(recent[i]);
      std::string label = "      " + path.filename().string() + "   in " + path.parent_path().string() + "##" + recent[i];
      if (MenuRow(label.c_str())) k.OpenPath(recent[i]);
    }
    if (k.ChangedOnDisk() && MenuRow(ICON_REDO "  Reload from disk")) k.ReloadFromDisk();
  }
  ImGui::Separator();
  if (MenuRow(ICON_SAVE "  Save", "Ctrl+S")) StartSave(app, false);
  if (MenuRow(ICON_SAVE "  Save as…", "Ctrl+Shift+S")) StartSave(app, true);
  ImGui::Separator();
  if (MenuRow(ICON_EMAIL "  Share by email…")) {
    k.ShareByEmail();
    if (k.WantsSaveDialog()) {
      p.dialog_saves = true;
      ui::OpenFileDialog(p.dialog, ui::FileDialogMode::Save, k.Path(), SuggestedName(app));
    }
  }
  if (!k.Paths() && MenuRow(ICON_LINK "  Share as a link…")) {
    p.link = true;
    p.link_copied = false;
    k.MakeLink();
  }
  ImGui::Separator();
  if (MenuRow(ICON_MENU "  My plans…")) p.my_plans = true;
  if (MenuRow(ICON_HISTORY "  Earlier versions…")) p.versions = true;
  ImGui::EndPopup();
}

void Documents::DrawDialogs(App& app) {
  Keeper& k = keeper(app);
  DocumentsPanels& p = *m_panels;
  DrawMyPlans(k, p);
  DrawVersions(k, p);
  DrawLinkDialog(k, p, app.plan().title);
  DrawQuestion(k);
  DrawMergeReview(k);
  if (k.WantsSaveDialog()) {
    p.dialog_saves = true;
    ui::OpenFileDialog(p.dialog, ui::FileDialogMode::Save, k.Path(), SuggestedName(app));
  }
  bool cancelled = false;
  if (auto path = ui::DrawFileDialog(p.dialog, cancelled)) {
    if (p.dialog_saves) k.SaveToPath(*path);
    else if (p.dialog_merges) k.MergePath(*path);
    else k.OpenPath(*path);
  }
  if (cancelled && p.dialog_saves) k.SaveDialogCancelled();
}

std::string Documents::PageCommand(App& app, const std::string& what, const std::string& argument) {
  Keeper& k = keeper(app);
  if (what == "open") StartOpen(app);
  else if (what == "merge") StartMerge(app);
  else if (what == "save") StartSave(app, false);
  else if (what == "save-as") StartSave(app, true);
  else if (what == "email") k.ShareByEmail();
  else if (what == "link") {
    m_panels->link = true;
    m_panels->link_copied = false;
    k.MakeLink();
  } else if (what == "new") k.NewPlan();
  else if (what == "keep") k.KeepLinkPlan();
  else if (what == "recover") k.Recover();
  else if (what == "rename") k.Rename(k.Current().key, argument);
  else if (what == "switch") k.SwitchTo(argument);
  else if (what == "delete") k.Delete(argument);
  else if (what == "undo-delete") k.UndoDelete();
  else if (what == "my-plans") m_panels->my_plans = true;
  else if (what == "flush") k.Flush();
  else if (what == "other-tab") k.ChangedElsewhere(argument);
  else if (what == "preview") PreviewByKey(k, argument);
  else if (what == "restore" && k.Previewing()) k.Restore(k.Previewing()->version);
  else if (what == "state") return StateJson(k);
  else return "unknown command";
  return "done";
}

}  // namespace coplan
