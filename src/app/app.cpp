#include "app/app.h"

#include <cmath>

#include "imgui.h"
#include "app/library.h"
#include "io/plan_file.h"
#include "model/queries.h"
#include "model/template.h"
#include "platform/host.h"
#include "platform/page_outline.h"
#include "platform/view_prefs.h"
#include "ui/canvas_edit.h"
#include "ui/drawn_places.h"
#include "ui/input_queue.h"
#include "ui/inspector.h"
#include "ui/shortcuts.h"
#include "ui/panel.h"
#include "ui/plan_health.h"
#include "ui/text_field.h"
#include "ui/theme.h"

namespace coplan {

App::App()
    : m_copy(m_ids.New<CopyId>()),
      m_plan(NewPlan("Our plan", m_ids, m_copy, NowUtc())),
      m_history(m_copy) {
  m_outline.Connect(*this);
  std::string kept = platform::LoadViewPrefs();
  m_settings = ui::ReadViewSettings(kept);
  if (kept.empty()) m_settings.less_motion = platform::SystemPrefersLessMotion();
  UseFace();
  platform::ShowPageSettings(ui::WriteViewSettings(m_settings));
}

void App::UseFace() {
  const char* face = ui::FaceWord(m_settings.face);
  platform::FontBytes regular = platform::ExtraFace(face, false), bold = platform::ExtraFace(face, true);
  m_face_pending = m_settings.face != ui::Typeface::NotoSans && (!regular.data || !bold.data);
  if (m_face_pending || m_settings.face == ui::Typeface::NotoSans) m_fonts.SetFace({}, m_settings.line_spacing);
  else m_fonts.SetFace({regular.data, regular.size, bold.data, bold.size}, m_settings.line_spacing);
  m_built_scale = 0;  // rebuild
}

void App::SettingsChanged() {
  platform::SaveViewPrefs(ui::WriteViewSettings(m_settings));
  platform::ShowPageSettings(ui::WriteViewSettings(m_settings));
  UseFace();
}

bool App::PrepareFrame(float content_scale) {
  float scale = content_scale * m_settings.text_size;
  bool rebuilt = false;
  if (m_face_pending) {  // the page may have fetched the chosen typeface since
    const char* face = ui::FaceWord(m_settings.face);
    if (platform::ExtraFace(face, false).data && platform::ExtraFace(face, true).data) UseFace();
  }
  ImGui::GetIO().ConfigInputTextCursorBlink = !m_settings.less_motion;
  if (std::abs(scale - m_built_scale) > 0.01f) {
    m_fonts.WantLetters(m_plan.title);
    m_fonts.Build(scale);
    m_built_scale = scale;
    m_theme_dirty = true;
    rebuilt = true;
  } else if (m_fonts.Missing() && !Animating()) {
    m_fonts.BakeMissing();
    rebuilt = true;
  }
  if (m_theme_dirty) {
    ui::ApplyTheme(m_settings.theme, scale);
    m_theme_dirty = false;
  }
  return rebuilt;
}

bool App::Animating() const {
  ImGuiIO& io = ImGui::GetIO();
  return m_canvas.animating || io.MouseDown[0] || io.MouseDown[2] || io.MouseWheel != 0 || m_documents.WantsFrame() ||
         m_input_held;
}

bool App::EditOpening() const {
  return ui::TextFieldOpening() || m_find.focus_pending ||
         (!m_canvas.editing_title.empty() && m_canvas.title_seed == "start") ||
         (!m_canvas.editing_note.empty() && m_canvas.note_edit_start);
}

bool App::HoldsInput() {
  if (!EditOpening()) {
    m_held_frames = 0;
    return m_input_held = false;
  }
  if (m_held_frames == 0) ui::DropStartingKeyText();
  // A field opens within two or three frames; should one never open, the input is read all the same.
  m_input_held = ++m_held_frames <= 10;
  return m_input_held;
}

void App::Frame() {
  m_fonts.BeginFrame();
  m_drafts.clear();
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->WorkPos);
  ImGui::SetNextWindowSize(viewport->WorkSize);
  // No background: the window's clear colour is the same (see platform/window.cpp), for less to draw.
  ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoBackground |
                           ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoSavedSettings;
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 0);
  ImGui::Begin("Coplan", nullptr, flags);
  ImGui::PopStyleVar(2);
  DrawTopBar();
  DrawNotices();
  DrawPlanArea();
  ImGui::End();
  ui::DrawShortcutsSheet(m_show_shortcuts);
  ApplyPending();  // first: an undo read in the frame an edit was finished takes back that edit
  HandleShortcuts();
  ui::EndTextFields();
  m_popup_open = ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId | ImGuiPopupFlags_AnyPopupLevel);
  m_documents.AfterFrame(*this);
  m_outline.AfterFrame(*this);
}

std::string App::Geometry() const {
  return "{\"canvas\":" + CanvasGeometry() + ",\"popup\":" + (m_popup_open ? "true" : "false") + ",\"typing\":" +
         (ui::TextEditing() ? "true" : "false") + ",\"typed\":" + std::to_string(TypedSoFar().size()) +
         ",\"places\":" + ui::DrawnPlacesJson() + "}";
}

std::string App::WindowTitle() const {
  return (m_plan.title.empty() ? std::string("Untitled plan") : Shortened(m_plan.title, 120)) + " — Coplan";
}

void App::DrawTopBar() {
  const ImGuiStyle& style = ImGui::GetStyle();
  ImGui::SetCursorPos(ImVec2(style.ItemSpacing.x * 2, style.ItemSpacing.y));
  ImGui::BeginGroup();
  // Cut short: ImGui makes room for every letter of a text it draws, even those out of sight.
  std::string title = m_plan.title.empty() ? "Untitled plan" : Shortened(m_plan.title);
  ImGui::PushFont(m_fonts.Large(title.c_str()));
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(title.c_str());
  ImGui::PopFont();
  ImGui::SameLine(0, style.ItemSpacing.x * 3);
  m_documents.DrawMenu(*this);
  ImGui::SameLine();
  ImGui::BeginDisabled(!m_history.CanUndo());
  std::string undo = m_history.CanUndo() ? ICON_UNDO "  Undo: " + m_history.UndoName() : ICON_UNDO "  Undo";
  if (ImGui::Button(undo.c_str())) Undo();
  ImGui::EndDisabled();
  ImGui::SameLine();
  ImGui::BeginDisabled(!m_history.CanRedo());
  std::string redo = m_history.CanRedo() ? ICON_REDO "  Redo: " + m_history.RedoName() : ICON_REDO "  Redo";
  if (ImGui::Button(redo.c_str())) Redo();
  ImGui::EndDisabled();
  ImGui::SameLine(0, style.ItemSpacing.x * 3);
  struct Tab { PlanView view; const char* label; };
  const Tab tabs[] = {{PlanView::Canvas, ICON_CANVAS "  Canvas"},
                      {PlanView::Table, ICON_TABLE "  Action table"},
                      {PlanView::Health, ICON_HEALTH "  Plan health"}};
  // On a narrow window or with large text the bar wraps instead of hiding buttons.
  auto next_fits = [&](const char* label) {
    float width = ImGui::CalcTextSize(label, nullptr, true).x + style.FramePadding.x * 2 + style.ItemSpacing.x;
    if (ImGui::GetContentRegionAvail().x < width) ImGui::NewLine();
  };
  for (const Tab& tab : tabs) {
    next_fits(tab.label);
    bool current = m_view == tab.view;
    if (current) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetColorU32(ImGuiCol_HeaderActive));
    if (ImGui::Button(tab.label)) m_view = tab.view;
    if (current) ImGui::PopStyleColor();
    ImGui::SameLine();
  }
  if (platform::PageOutline()) {  // the plan as a page of headings and lists, in HTML
    next_fits(ICON_READABLE "  List view");
    if (ImGui::Button(ICON_READABLE "  List view")) platform::ShowListView(true);
    ImGui::SameLine();
  }
  if (m_view != PlanView::Health) {
    next_fits(ICON_SEARCH "  Find");
    if (ImGui::Button(ICON_SEARCH "  Find")) m_find.open = true, m_find.focus_pending = true;
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Find words, or show only some actions (Ctrl+F)");
    ImGui::SameLine();
  }
  next_fits(ICON_EYE "  View");
  DrawViewMenu();
  ImGui::EndGroup();
  ImGui::Dummy(ImVec2(0, style.ItemSpacing.y * 0.5f));
  ImGui::Separator();
}

void App::DrawViewMenu() {
  if (ImGui::Button(ICON_EYE "  View")) ImGui::OpenPopup("View menu");
  ui::NoteDrawn("View");
  if (!ImGui::BeginPopup("View menu")) return;
  if (ui::DrawViewSettings(m_settings)) SettingsChanged();
  if (ImGui::Selectable(ICON_KEYBOARD "  Keyboard shortcuts  (?)")) m_show_shortcuts = true;
  ImGui::EndPopup();
}

void App::DrawNotices() {
  bool dismiss_all = false;
  for (std::size_t i = 0; i < m_notices.size();) {
    const Notice& n = m_notices[i];
    const int shade = n.kind == Notice::Kind::Error ? 2 : n.kind == Notice::Kind::Warning ? 1 : 0;
    const bool with_all = i == 0 && m_notices.size() > 1;
    const float buttons = (with_all ? 250.0f : 120.0f) * m_fonts.Scale();
    ImGui::PushID(static_cast<int>(i));
    ImGui::PushStyleColor(ImGuiCol_ChildBg, ui::Colours().notice[shade]);
    ImGui::BeginChild("notice", ImVec2(0, 0),
                      ImGuiChildFlags_AutoResizeY | ImGuiChildFlags_AlwaysUseWindowPadding | ImGuiChildFlags_Border);
    ImGui::TextUnformatted(n.kind == Notice::Kind::Info ? ICON_INFO : ICON_WARNING);
    ImGui::SameLine();
    ImGui::PushTextWrapPos(ImGui::GetContentRegionAvail().x - buttons);
    ImGui::TextUnformatted(n.text.c_str());
    ImGui::PopTextWrapPos();
    ImGui::SameLine(ImGui::GetContentRegionMax().x - buttons + 10 * m_fonts.Scale());
    bool dismissed = ImGui::Button(ICON_CLOSE "  Dismiss");
    if (with_all) {
      ImGui::SameLine();
      dismiss_all = ImGui::Button("Dismiss all");
    }
    ImGui::EndChild();
    ImGui::PopStyleColor();
    ImGui::PopID();
    if (dismissed)
      m_notices.erase(m_notices.begin() + static_cast<std::ptrdiff_t>(i));
    else
      ++i;
  }
  if (dismiss_all) m_notices.clear();
}

void App::DrawPlanArea() {
  ui::PanelContext context{m_plan, m_fonts, m_ids, m_selection, m_pending, m_show_request, &m_drafts};
  if (m_find.open && m_view != PlanView::Health) ui::DrawFindBar(context, m_find, m_canvas.matches, &m_canvas.note_matches);
  m_canvas.filtering = m_find.open && m_find.query.Active();
  const std::vector<char>* matches = m_canvas.filtering ? &m_canvas.matches : nullptr;
  switch (m_view) {
    case PlanView::Canvas: DrawCanvasAndInspector(context); break;
    case PlanView::Table: ui::DrawActionTable(context, m_table, matches); break;
    case PlanView::Health: ui::DrawPlanHealth(context); break;
  }
  if (m_show_request) {
    m_view = PlanView::Canvas;
    m_canvas.show_pending = std::move(*m_show_request);
    m_show_request.reset();
  }
}

void App::DrawCanvasAndInspector(ui::PanelContext& context) {
  // The canvas always lives in the same child window, so its keyboard focus survives the
  // inspector opening beside it.
  bool inspector = ui::InspectorHasSubject(context);
  float width = inspector ? std::min(420 * m_fonts.Scale(), ImGui::GetContentRegionAvail().x * 0.45f) : 0.0f;
  ImGui::BeginChild("Canvas area", ImVec2(ImGui::GetContentRegionAvail().x - width, 0), ImGuiChildFlags_None,
                    ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse | ImGuiWindowFlags_NavFlattened);
  ui::DrawCanvas(context, m_canvas);
  ImGui::EndChild();
  if (!inspector) return;
  ImGui::SameLine(0, 0);
  ImGui::BeginChild("Inspector", ImVec2(width, 0), ImGuiChildFlags_Border | ImGuiChildFlags_AlwaysUseWindowPadding,
                    ImGuiWindowFlags_NavFlattened);
  ui::DrawInspector(context, m_canvas);
  ImGui::EndChild();
}

void App::HandleShortcuts() {
  ImGuiIO& io = ImGui::GetIO();
  if (ui::TextEditing() && !ui::TextFinishedNow()) return;
  bool command = io.KeyCtrl || io.KeySuper;
  if (command && ImGui::IsKeyPressed(ImGuiKey_Z, false)) {
    if (io.KeyShift) m_history.Redo(m_plan);
    else m_history.Undo(m_plan);
  }
  if (command && ImGui::IsKeyPressed(ImGuiKey_Y, false)) m_history.Redo(m_plan);
  if (!command && ImGui::IsKeyPressed(ImGuiKey_Slash, false) && io.KeyShift) m_show_shortcuts = true;
  if ((command && ImGui::IsKeyPressed(ImGuiKey_F, false)) || (!command && ImGui::IsKeyPressed(ImGuiKey_Slash, false) && !io.KeyShift)) {
    m_find.open = true;
    m_find.focus_pending = true;
  }
}

void App::ApplyPending() {
  if (!m_canvas.called_off.empty() || !m_canvas.called_off_note.empty()) WithdrawCalledOffCard();
  for (Command& command : m_pending) m_history.Apply(m_plan, std::move(command));
  m_pending.clear();
}

void App::WithdrawCalledOffCard() {
  // Only while the step that added the card is still the last one and the card has no title.
  const Command* last = m_history.UndoStep();
  const Action* card = FindAction(m_plan, m_canvas.called_off);
  bool adds_it = last && last->actions.size() == 1 && last->actions[0].before.meta.deleted &&
                 last->actions[0].after.id == m_canvas.called_off;
  if (adds_it && card && !card->meta.deleted && card->title.empty()) m_history.Withdraw(m_plan);
  m_canvas.called_off = {};
  // The same for a new note left with Escape before any text was typed.
  const Note* note = FindNote(m_plan, m_canvas.called_off_note);
  bool adds_note = last && last->notes.size() == 1 && last->actions.empty() && last->notes[0].before.meta.deleted &&
                   last->notes[0].after.id == m_canvas.called_off_note;
  if (adds_note && note && !note->meta.deleted && note->text.empty()) m_history.Withdraw(m_plan);
  m_canvas.called_off_note = {};
}

void App::AdoptCopyId(const CopyId& copy) {
  if (m_history.StepCount() > 0 || copy.empty()) return;
  m_copy = copy;
  m_history = History(m_copy);
}

bool App::MayClose() { return m_documents.MayClose(*this); }

void App::Apply(Command command) { m_history.Apply(m_plan, std::move(command)); }
void App::Undo() { m_history.Undo(m_plan); }
void App::Redo() { m_history.Redo(m_plan); }

const std::string& App::TypedSoFar() const {
  static const std::string nothing;
  return m_drafts.empty() ? nothing : ui::TypedSoFar();
}

// Stamped as this copy's next edits, as finishing the typing will stamp them, so the plan kept
// merges as it should.
Plan App::PlanWithTyping() const {
  Plan plan = m_plan;
  History typing(m_copy);
  for (const Command& draft : m_drafts) typing.Apply(plan, draft);
  return plan;
}

void App::ReplacePlan(Plan plan) {
  m_plan = std::move(plan);
  m_history.Clear();
  m_selection = {};
  m_canvas = {};
  // Cards whose file gave them no position get one, as an edit by this copy (merges see it), but
  // not as a step to undo (that would leave them nowhere) nor as unsaved work of the person's.
  // Cards that have a position stay exactly where the file says.
  if (Command placed = ui::PlaceUnplacedCards(m_plan); !placed.Empty()) {
    m_history.Apply(m_plan, std::move(placed));
    m_history.Clear();
  }
}

std::string App::SelectedText() const { return ui::SelectionAsText(m_plan, m_selection); }

void App::DismissNotice(const std::string& text) {
  std::erase_if(m_notices, [&text](const Notice& n) { return n.text == text; });
}

void App::ShowNotice(Notice::Kind kind, std::string text) {
  // Said to screen readers too; it stays on screen, so it is never only heard.
  if (kind == Notice::Kind::Error) platform::Alert(text);
  else platform::Announce(text);
  AddNotice(m_notices, {kind, std::move(text)});
}

bool App::OpenText(std::string_view text, const std::string& source_name) {
  LoadResult result = LoadPlanText(text);
  if (!result.ok()) {
    std::string message = TheFileCalled(source_name) + " could not be opened, so your plan was left as it was.";
    for (const Problem& p : result.errors) message += "\n" + p.Text();
    ShowNotice(Notice::Kind::Error, message);
    return false;
  }
  ReplacePlan(std::move(*result.plan));
  std::string message = "Opened " + source_name + ".";
  for (const Problem& p : result.warnings) message += "\n" + p.Text();
  ShowNotice(result.warnings.empty() ? Notice::Kind::Info : Notice::Kind::Warning, message);
  return true;
}

}  // namespace coplan
