// The app headless, for what a person sees and reaches: the inspector at narrow widths and large
// text, the shortcuts sheet, the wheel, keys and focus on the canvas, find's highlight, notes.
#include <gtest/gtest.h>

#include <string>

#include "app/app.h"
#include "imgui.h"
#include "imgui_internal.h"
#include "model/queries.h"
#include "model/template.h"
#include "support/headless_app.h"

namespace {

// The shared headless app (support/headless_app.h), driven at a display size and text scale of
// the test's choosing: every frame, click and key here keeps that scale.
class Ux : public ::testing::Test {
 protected:
  void SetUp() override {
    app = &coplan::test::SharedApp();
    Display(1280, 800, 1.0f);
    coplan::IdMaker ids(5);
    app->ReplacePlan(coplan::NewPlan("Test plan", ids, app->copy(), coplan::NowUtc()));
    Frames(3);
  }
  void Display(float w, float h, float scale) {
    ImGui::GetIO().DisplaySize = ImVec2(w, h);
    m_scale = scale;
  }
  void Frames(int n) { coplan::test::RunFrames(*app, n, m_scale); }
  void Click(ImVec2 at, int times = 1) {
    ImGuiIO& io = ImGui::GetIO();
    io.AddMousePosEvent(at.x, at.y);
    Frames(1);
    for (int i = 0; i < times; ++i) {
      io.AddMouseButtonEvent(0, true);
      Frames(1);
      io.AddMouseButtonEvent(0, false);
      Frames(1);
    }
  }
  // Presses `key` with the modifiers held (ImGuiMod_ flags).
  void Key(ImGuiKey key, int mods = 0) {
    ImGuiIO& io = ImGui::GetIO();
    for (ImGuiKey mod : {ImGuiMod_Ctrl, ImGuiMod_Shift, ImGuiMod_Alt, ImGuiMod_Super})
      if (mods & mod) io.AddKeyEvent(mod, true);
    io.AddKeyEvent(key, true);
    Frames(1);
    io.AddKeyEvent(key, false);
    for (ImGuiKey mod : {ImGuiMod_Ctrl, ImGuiMod_Shift, ImGuiMod_Alt, ImGuiMod_Super})
      if (mods & mod) io.AddKeyEvent(mod, false);
    Frames(1);
  }
  void Type(const char* text) {
    ImGui::GetIO().AddInputCharactersUTF8(text);
    Frames(1);
  }
  // A wheel turn (or a touchpad's two-finger scroll) over `at`, with modifiers held.
  void Wheel(ImVec2 at, float dx, float dy, int mods = 0) {
    ImGuiIO& io = ImGui::GetIO();
    io.AddMousePosEvent(at.x, at.y);
    Frames(1);
    for (ImGuiKey mod : {ImGuiMod_Ctrl, ImGuiMod_Shift})
      if (mods & mod) io.AddKeyEvent(mod, true);
    io.AddMouseWheelEvent(dx, dy);
    Frames(1);
    for (ImGuiKey mod : {ImGuiMod_Ctrl, ImGuiMod_Shift})
      if (mods & mod) io.AddKeyEvent(mod, false);
    Frames(1);
  }
  std::vector<const coplan::Action*> Live() { return coplan::LiveActions(app->plan()); }
  // The canvas's rectangle for lane `i` or for the card with `id`, in screen pixels.
  ImRect LaneBox(int i) {
    std::string g = app->CanvasGeometry();
    std::size_t at = g.find('[', g.find("\"lanes\"") + 9);
    for (int k = 0; k < i; ++k) at = g.find('[', at + 1);
    return Box(g, at);
  }
  ImRect CardBox(const coplan::ActionId& id) {
    std::string g = app->CanvasGeometry();
    std::size_t at = g.find("\"" + id.text + "\":");
    if (at == std::string::npos) return {};
    return Box(g, g.find('[', at));
  }
  static ImRect Box(const std::string& g, std::size_t at) {
    float x, y, w, h;
    std::sscanf(g.c_str() + at, "[%f,%f,%f,%f]", &x, &y, &w, &h);
    return ImRect(x, y, x + w, y + h);
  }
  // The window whose name contains `part` (child windows are named "Parent/Child_ID").
  static ImGuiWindow* Window(const char* part) {
    for (ImGuiWindow* w : GImGui->Windows)
      if (std::string(w->Name).find(part) != std::string::npos && w->WasActive) return w;
    return nullptr;
  }
  // Adds an action in change `change` and selects it with a click.
  coplan::ActionId AddAndSelect(const char* title, int change = 0) {
    coplan::Command c = coplan::AddAction(app->plan(), app->ids(), app->plan().changes[change].id,
                                          coplan::ui::NextCardSlot(app->plan(), change), title);
    coplan::ActionId id = c.actions.front().after.id;
    app->Apply(std::move(c));
    app->canvas().show_pending = coplan::Selection{{id}};
    Frames(3);
    return id;
  }

  coplan::App* app = nullptr;
  float m_scale = 1.0f;
};

// Every radio option of the inspector stays inside it, however narrow the inspector and however
// large the text: options that do not fit on a line go onto the next.
TEST_F(Ux, InspectorChoicesWrapInsideANarrowInspector) {
  struct Case {
    float width, height, scale;
  };
  for (Case c : {Case{900, 800, 1.0f}, Case{1280, 800, 1.5f}, Case{1280, 900, 2.0f}, Case{760, 700, 1.0f}}) {
    SCOPED_TRACE(std::to_string(c.width) + " wide at " + std::to_string(c.scale));
    Display(c.width, c.height, c.scale);
    Frames(2);
    AddAndSelect("Tea and a chat at the library");
    Frames(3);  // the inspector settles (a scrollbar appears, the items narrow)
    ImGuiWindow* inspector = Window("/Inspector_");
    ASSERT_NE(inspector, nullptr);
    EXPECT_LE(inspector->Size.x, 420 * c.scale + 1);
    EXPECT_LE(inspector->ContentSize.x, inspector->ContentRegionRect.GetWidth() + 1)
        << "something in the inspector reaches past its right edge";
  }
  Display(1280, 800, 1.0f);
  Frames(2);
}

// Plain wheel turns and a touchpad's two-finger scroll move around, up and down and sideways;
// Ctrl + wheel (what a touchpad pinch sends in a browser) zooms around the pointer.
TEST_F(Ux, WheelPansAndCtrlWheelZooms) {
  ImVec2 at = LaneBox(1).GetCenter();
  coplan::ui::CanvasView before = app->canvas().view;
  Wheel(at, 0, -1.5f);  // scrolling down: the view moves down the plan
  coplan::ui::CanvasView after = app->canvas().view;
  EXPECT_EQ(after.zoom, before.zoom);
  EXPECT_GT(after.offset.y, before.offset.y);
  EXPECT_EQ(after.offset.x, before.offset.x);
  Wheel(at, -0.8f, 0);  // sideways
  EXPECT_EQ(app->canvas().view.zoom, before.zoom);
  EXPECT_GT(app->canvas().view.offset.x, after.offset.x);
  EXPECT_EQ(app->canvas().view.offset.y, after.offset.y);
  Wheel(at, 0.3f, -0.6f);  // a touchpad's diagonal scroll moves both ways at once
  EXPECT_EQ(app->canvas().view.zoom, before.zoom);
  EXPECT_NE(app->canvas().view.offset.x, after.offset.x);
  Wheel(at, 0, 1, ImGuiMod_Ctrl);
  EXPECT_GT(app->canvas().view.zoom, before.zoom);
}

// Alt + a number links the focused card to that change and does nothing else: Alt+1 is not
// also "zoom to 100%", Alt+0 not also "fit the whole plan".
TEST_F(Ux, AltNumberLinksWithoutZooming) {
  coplan::ActionId id = AddAndSelect("Tea");
  ImRect card = CardBox(id);
  Click(card.GetCenter());
  Frames(2);
  app->canvas().view.zoom = 0.6f;
  Frames(1);
  Key(ImGuiKey_2, ImGuiMod_Alt);
  Frames(1);
  ASSERT_EQ(Live()[0]->changes.size(), 2u);
  EXPECT_FLOAT_EQ(app->canvas().view.zoom, 0.6f);
  Key(ImGuiKey_1, ImGuiMod_Alt);
  EXPECT_FLOAT_EQ(app->canvas().view.zoom, 0.6f) << "Alt+1 is not 100%";
  Frames(2);
  EXPECT_NE(app->CanvasGeometry().find("\"keyboard\":true"), std::string::npos)
      << "letting go of Alt leaves the keyboard on the canvas";
  Key(ImGuiKey_1);
  EXPECT_FLOAT_EQ(app->canvas().view.zoom, 1.0f) << "1 alone still is";
}

// A card that gets the keyboard's focus is brought into view in the canvas that is left once the
// inspector has opened beside it, not behind the inspector.
TEST_F(Ux, KeyboardFocusIsNotHiddenByTheInspector) {
  coplan::ActionId id = AddAndSelect("Tea", 3);
  ImRect card = CardBox(id);
  Click(ImVec2(card.GetCenter().x, card.Max.y + 40));  // the lane under the card: nothing selected
  Frames(2);
  ASSERT_EQ(Window("/Inspector_"), nullptr);
  coplan::ui::CanvasState& canvas = app->canvas();
  // Put the card near the right edge of the full-width canvas.
  card = CardBox(id);
  canvas.view.offset.x += (card.Max.x - (canvas.origin.x + canvas.size.x - 60)) / canvas.view.PixelsPerUnit(1.0f);
  Frames(2);
  card = CardBox(id);
  ASSERT_LE(card.Max.x, canvas.origin.x + canvas.size.x);
  Key(ImGuiKey_UpArrow);
  Frames(3);
  ASSERT_EQ(canvas.focused_action, id);
  ASSERT_NE(Window("/Inspector_"), nullptr) << "the inspector opened for the focused card";
  card = CardBox(id);
  EXPECT_LE(card.Max.x, canvas.origin.x + canvas.size.x) << "the card is in the canvas that can be seen";
  EXPECT_GE(card.Min.x, canvas.origin.x);
}

// The shortcuts sheet fits the window at any text size, so its Close button can always be
// reached (the list scrolls instead), and Close closes it.
TEST_F(Ux, ShortcutsSheetFitsTheWindowAndClosesFromItsButton) {
  for (float scale : {1.0f, 1.5f, 2.0f}) {
    SCOPED_TRACE("text at " + std::to_string(scale));
    Display(1280, 800, scale);
    Frames(2);
    Key(ImGuiKey_Slash, ImGuiMod_Shift);  // ?
    Frames(2);
    ImGuiWindow* sheet = Window("Keyboard shortcuts");
    ASSERT_NE(sheet, nullptr);
    EXPECT_GE(sheet->Pos.y, 0);
    EXPECT_LE(sheet->Pos.y + sheet->Size.y, 800.5f) << "the sheet ends inside the window";
    EXPECT_EQ(sheet->ScrollMax.y, 0) << "Close is in sight without scrolling the sheet";
    // Close is the last thing in the sheet, at its bottom left.
    const ImGuiStyle& style = ImGui::GetStyle();
    ImVec2 close(sheet->Pos.x + style.WindowPadding.x + 10 * scale,
                 sheet->Pos.y + sheet->Size.y - style.WindowPadding.y - ImGui::GetFrameHeight() / 2);
    Click(close);
    Frames(2);
    EXPECT_EQ(Window("Keyboard shortcuts"), nullptr) << "Close closed the sheet";
  }
  Display(1280, 800, 1.0f);
  Frames(2);
}

// How many vertices the canvas drew in `colour` inside `box` (screen pixels, grown by 8).
int VerticesIn(ImU32 colour, ImRect box) {
  box.Expand(8);
  int n = 0;
  for (ImDrawList* list : ImGui::GetDrawData()->CmdLists)
    for (const ImDrawVert& v : list->VtxBuffer)
      if (v.col == colour && box.Contains(v.pos)) ++n;
  return n;
}

ImRect NoteBox(coplan::App& app, const coplan::Note& n) {
  coplan::ui::Rect r = coplan::ui::NoteRect(n);
  const coplan::ui::CanvasState& s = app.canvas();
  coplan::Point a = s.view.ToScreen({r.x0, r.y0}, s.origin, 1.0f), b = s.view.ToScreen({r.x1, r.y1}, s.origin, 1.0f);
  return ImRect(a.x, a.y, b.x, b.y);
}

// Find searches notes too: a note that matches is not dimmed, and whatever matches is outlined.
TEST_F(Ux, FindOutlinesWhatMatchesNotesIncluded) {
  coplan::ActionId tea = AddAndSelect("Tea at the library", 0);
  coplan::ActionId bus = AddAndSelect("Minibus on Fridays", 0);
  ImRect tea_box = CardBox(tea);
  coplan::Point at = app->canvas().view.ToWorld({tea_box.Max.x + 40, tea_box.Min.y}, app->canvas().origin, 1.0f);
  app->Apply(coplan::AddNote(app->plan(), app->ids(), coplan::NoteKind::Idea, "Ask about the tea urn", at));
  Frames(2);
  const coplan::ui::Palette& c = coplan::ui::Colours();
  EXPECT_EQ(VerticesIn(c.match, CardBox(tea)), 0);
  Key(ImGuiKey_F, ImGuiMod_Ctrl);
  Frames(2);
  Type("tea");
  Key(ImGuiKey_Enter);
  Frames(3);
  ASSERT_EQ(app->canvas().matches.size(), 2u);
  ASSERT_EQ(app->canvas().note_matches, (std::vector<char>{1}));
  EXPECT_GT(VerticesIn(c.match, CardBox(tea)), 0) << "the matching card is outlined";
  EXPECT_EQ(VerticesIn(c.match, CardBox(bus)), 0) << "the other is not";
  ImRect note = NoteBox(*app, app->plan().notes[0]);
  EXPECT_GT(VerticesIn(c.match, note), 0) << "the matching note is outlined";
  EXPECT_EQ(VerticesIn(c.dim, note), 0) << "and not dimmed";
  EXPECT_GT(VerticesIn(c.dim, CardBox(bus)), 0) << "what does not match is dimmed";
  Key(ImGuiKey_Escape);
  Frames(2);
  EXPECT_FALSE(app->canvas().filtering) << "Escape closed the find bar";
}

// Choosing "No action works towards <a part of the vision>" in plan health goes to the vision
// and marks that part.
TEST_F(Ux, ShowingAVisionPartGoesToTheVisionAndMarksIt) {
  app->canvas().view.offset = {3000, 3000};  // far from the vision
  Frames(1);
  coplan::Selection part;
  part.vision_parts.push_back(app->plan().vision.parts[1].id);
  app->canvas().show_pending = part;
  Frames(2);
  EXPECT_EQ(app->selection().vision_parts, part.vision_parts);
  coplan::ui::Rect seen = app->canvas().view.VisibleWorld(app->canvas().size, 1.0f);
  coplan::ui::Rect vision = coplan::ui::VisionRect(app->plan().changes.size());
  EXPECT_TRUE(seen.Overlaps(vision));
  EXPECT_LE(seen.y0, vision.y1 - 60) << "the vision's parts are in view";
}

// T adds a note where it covers no card, selected, with the focus, its text typed at once.
TEST_F(Ux, TAddsANoteInFreeSpaceReadyToType) {
  coplan::ActionId tea = AddAndSelect("Tea", 1);  // in the middle of the view
  ImRect card = CardBox(tea);
  Click(card.GetCenter());
  Frames(2);
  Key(ImGuiKey_T);
  Frames(3);
  ASSERT_EQ(app->plan().notes.size(), 1u);
  const coplan::Note& note = app->plan().notes[0];
  EXPECT_FALSE(coplan::ui::NoteRect(note).Overlaps(coplan::ui::CardRect(*coplan::FindAction(app->plan(), tea))));
  EXPECT_EQ(app->selection().notes, std::vector<coplan::NoteId>{note.id});
  EXPECT_EQ(app->canvas().focused_note, note.id);
  ASSERT_TRUE(ImGui::GetIO().WantTextInput) << "typing the note's text";
  Type("Bring biscuits");
  Key(ImGuiKey_Enter, ImGuiMod_Ctrl);
  Frames(2);
  EXPECT_EQ(app->plan().notes[0].text, "Bring biscuits");
  EXPECT_FALSE(ImGui::GetIO().WantTextInput);
}

// The arrow keys reach notes as well as cards; Enter types a note's text, Delete deletes it.
TEST_F(Ux, ArrowsReachNotesAndKeysWorkOnThem) {
  coplan::ActionId tea = AddAndSelect("Tea", 1);
  const coplan::Action& a = *coplan::FindAction(app->plan(), tea);
  app->Apply(coplan::AddNote(app->plan(), app->ids(), coplan::NoteKind::Question, "Who brings the urn?",
                             {a.position.x + 20, a.position.y + coplan::ui::layout::kCardHeight + 30}));
  Frames(2);
  coplan::NoteId note = app->plan().notes[0].id;
  Click(CardBox(tea).GetCenter());
  Frames(2);
  Key(ImGuiKey_DownArrow);
  Frames(2);
  EXPECT_EQ(app->canvas().focused_note, note);
  EXPECT_EQ(app->selection().notes, std::vector<coplan::NoteId>{note});
  Key(ImGuiKey_UpArrow);
  Frames(2);
  EXPECT_EQ(app->canvas().focused_action, tea);
  Key(ImGuiKey_DownArrow);
  Key(ImGuiKey_Enter);
  Frames(3);
  ASSERT_TRUE(ImGui::GetIO().WantTextInput) << "Enter types the note's text";
  Type(" Priya");
  Key(ImGuiKey_Enter, ImGuiMod_Ctrl);
  Frames(3);
  EXPECT_EQ(app->plan().notes[0].text, "Who brings the urn? Priya");
  Key(ImGuiKey_Delete);
  Frames(2);
  EXPECT_TRUE(app->plan().notes[0].meta.deleted);
  EXPECT_FALSE(coplan::FindAction(app->plan(), tea)->meta.deleted);
}

// Escape on a new note before any text is typed takes the note away, as for a new card, with no
// step left to undo or redo; with text typed, Escape keeps the note and the text.
TEST_F(Ux, EscapeOnANewEmptyNoteTakesItAway) {
  coplan::ActionId tea = AddAndSelect("Tea", 1);
  Click(CardBox(tea).GetCenter());
  Frames(2);
  std::size_t steps = app->history().StepCount();
  Key(ImGuiKey_T);
  Frames(3);
  ASSERT_EQ(app->plan().notes.size(), 1u);
  ASSERT_TRUE(ImGui::GetIO().WantTextInput);
  Key(ImGuiKey_Escape);
  Frames(3);
  EXPECT_TRUE(app->plan().notes.empty() || app->plan().notes[0].meta.deleted);
  EXPECT_EQ(app->history().StepCount(), steps);
  EXPECT_FALSE(app->history().CanRedo());
  // With something typed, Escape keeps the note and what was typed.
  Key(ImGuiKey_T);
  Frames(3);
  ASSERT_TRUE(ImGui::GetIO().WantTextInput);
  Type("Urn");
  Key(ImGuiKey_Escape);
  Frames(3);
  std::vector<const coplan::Note*> kept;
  for (const coplan::Note& n : app->plan().notes)
    if (!n.meta.deleted) kept.push_back(&n);
  ASSERT_EQ(kept.size(), 1u);
  EXPECT_EQ(kept[0]->text, "Urn");
}

}  // namespace
