// The app: owns the open plan, its history and the view, draws one frame of the interface and
// applies what the panels ask for, after the frame, through the history. Knows nothing of which
// platform it runs on.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "app/documents.h"
#include "app/notices.h"
#include "app/outline_sync.h"
#include "model/commands.h"
#include "model/history.h"
#include "model/plan.h"
#include "ui/action_table.h"
#include "ui/canvas.h"
#include "ui/find.h"
#include "ui/fonts.h"
#include "ui/panel.h"
#include "ui/theme.h"
#include "ui/view_settings.h"

namespace coplan {

enum class PlanView { Canvas, Table, Health };

class App {
 public:
  App();

  // Called outside a frame: rebuilds fonts and style when the display scale or text size changed.
  // Returns true if the font atlas was rebuilt (the renderer must reload its texture).
  bool PrepareFrame(float content_scale);
  // Draws one frame; call between ImGui::NewFrame() and ImGui::Render().
  void Frame();
  // True while something moves on screen and frames must keep coming.
  bool Animating() const;
  // Call before each frame: true while a text field is opening (a key or click started an edit),
  // so the input that came since waits for it (see ui/input_queue.h). Never for long.
  bool HoldsInput();

  // Opens a plan from a file's text. On any problem the open plan is kept and the reason shown.
  bool OpenText(std::string_view text, const std::string& source_name);
  // Puts `plan` in place of the open one (after opening or restoring): history starts afresh.
  void ReplacePlan(Plan plan);
  // Applies an edit now, as one undo step.
  void Apply(Command command);
  void Undo();
  void Redo();
  // The page's List view (the plan as an HTML outline) was switched on or off.
  void SetListView(bool on) { m_list_view = on; }
  // Text is being typed in a field that is still open (a card's title, a detail): not an edit
  // yet, but kept by autosave. PlanWithTyping() is the plan as finishing the typing would make it.
  bool Typing() const { return !m_drafts.empty(); }
  const std::string& TypedSoFar() const;
  Plan PlanWithTyping() const;
  void ShowNotice(Notice::Kind kind, std::string text);
  void DismissNotice(const std::string& text);  // the notice with this text, if shown
  // The plan is about to be written to a file by this copy (sync.saved_by): bookkeeping, not an edit.
  void SavedByThisCopy() { m_plan.saved_by = m_copy; }
  // Uses the copy id this installation stored earlier. Only before the first edit.
  void AdoptCopyId(const CopyId& copy);
  // The window is asked to close: true if it may (nothing unsaved, or the person agreed).
  bool MayClose();

  const Plan& plan() const { return m_plan; }
  ui::CanvasState& canvas() { return m_canvas; }
  const Selection& selection() const { return m_selection; }
  std::string CanvasGeometry() const { return ui::CanvasGeometryJson(m_plan, m_canvas, m_fonts.Scale()); }
  // For tests that drive the program with the real mouse: the canvas's geometry, where the text
  // fields, the toolbar and the File button are (see ui/drawn_places.h), whether a popup or menu is
  // open and whether text is being typed, as JSON.
  std::string Geometry() const;
  // The window's (and the browser tab's) title: the plan's name, then Coplan.
  std::string WindowTitle() const;
  History& history() { return m_history; }
  // The selected cards and notes as plain text, one per line (what copying puts on the clipboard).
  std::string SelectedText() const;
  Documents& documents() { return m_documents; }
  IdMaker& ids() { return m_ids; }
  const CopyId& copy() const { return m_copy; }
  ui::Fonts& fonts() { return m_fonts; }
  const ui::ViewSettings& settings() const { return m_settings; }
  void SetSettings(const ui::ViewSettings& settings) { m_settings = settings, SettingsChanged(); }
  const std::vector<Notice>& notices() const { return m_notices; }

 private:
  void DrawTopBar();
  void DrawViewMenu();
  void SettingsChanged();  // keeps them, tells the page, and rebuilds fonts and style
  void UseFace();          // gives the fonts the chosen typeface, or Noto Sans until it arrives
  void DrawNotices();
  void DrawPlanArea();
  void DrawCanvasAndInspector(ui::PanelContext& context);
  void HandleShortcuts();
  void ApplyPending();
  void WithdrawCalledOffCard();  // a new card left with Escape before it had a title
  bool EditOpening() const;      // a text field is about to take the keyboard

  IdMaker m_ids;
  CopyId m_copy;
  Plan m_plan;
  History m_history;
  Documents m_documents;
  OutlineSync m_outline;
  ui::Fonts m_fonts;
  ui::CanvasState m_canvas;
  Selection m_selection;
  std::vector<Command> m_pending;
  std::vector<Command> m_drafts;  // this frame's edits being typed (see ui::PanelContext::drafts)
  std::optional<Selection> m_show_request;
  ui::FindState m_find;
  ui::TableState m_table;
  PlanView m_view = PlanView::Canvas;
  ui::ViewSettings m_settings;  // theme, text size (on top of the display's scale), typeface...
  bool m_face_pending = false;  // the chosen typeface has not arrived yet (the page fetches it)
  float m_built_scale = 0;    // the scale fonts and style were last built for
  bool m_theme_dirty = true;
  bool m_show_shortcuts = false;
  int m_held_frames = 0;      // frames the input has waited for a text field to open
  bool m_input_held = false;  // and it waits now (frames must keep coming)
  bool m_popup_open = false;
  bool m_list_view = false;   // the page shows the plan as a list instead of the canvas
  std::vector<Notice> m_notices;
};

}  // namespace coplan
