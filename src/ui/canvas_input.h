// The canvas's input: mouse gestures, keys, menus and the floating toolbar.
#pragma once
#include <string>

#include "ui/canvas_parts.h"
#include "ui/panel.h"

namespace coplan::ui {

// True while the canvas has the keyboard (so it shows where the focus is).
bool CanvasHasKeyboard();

void HandleCanvasInput(PanelContext& ctx, CanvasState& state, const FrameLayout& layout, const Painter& p,
                       Point canvas_min, Point canvas_size);
// Right-click (or Menu key) menus for a card, a note, a lane, or the background.
void DrawCanvasMenus(PanelContext& ctx, CanvasState& state, const FrameLayout& layout, const Painter& p);
// The buttons over the canvas: add, find, fit, zoom; and the minimap for large plans.
void DrawCanvasToolbar(PanelContext& ctx, CanvasState& state, const FrameLayout& layout, Point canvas_min);

// Opens the right menu for what was clicked: a card, a note, a lane (index or -1) or the background.
void OpenMenuFor(PanelContext& ctx, CanvasState& state, int card, int note, int lane, Point world);
// Keys while the canvas has the keyboard.
void HandleCanvasKeys(PanelContext& ctx, CanvasState& state, const FrameLayout& layout, const Painter& p,
                      Point canvas_min, Point canvas_size);

// Adds an action at `at` in lane `lane` and starts typing its title.
void AddActionAt(PanelContext& ctx, CanvasState& state, int lane, Point at);
// Adds a note with its top-left at `at` (or, if `find_room`, in free space near `at`, its
// middle), selects it, gives it the focus and starts typing its text.
void AddNoteAt(PanelContext& ctx, CanvasState& state, Point at, bool find_room);
// The text of the note being typed in place, in a text field over the note.
void EditNoteInPlace(PanelContext& ctx, CanvasState& state, const Painter& p);

}  // namespace coplan::ui
