// ImGui's queue of input events, between the window system and the frame. ImGui reads fast input
// over several frames (a press and its release in one frame would be lost), so events can wait
// there: frames must keep coming while they do, and while a text field is opening, what is typed
// waits for it instead of being read as shortcuts.
#pragma once
#include <string>

namespace coplan::ui {

// True while events wait in the queue: the next frame reads them (do not idle).
bool InputQueued();

// Calls ImGui::NewFrame(), which reads at most one key press (with its text, and the modifiers as
// they were for it): a shortcut that starts typing (N, T, /) is handled before the keys typed after
// it are read, and Ctrl+S is read as Ctrl+S even when Ctrl's release came in the same batch. With `hold`, no
// queued event is read in this frame: they wait, in order, for a later one (while a text field
// is opening, see TextFieldOpening in text_field.h).
void NewFrameHolding(bool hold);

// Drops the text of the key that started an edit, if ImGui had not read it yet: the text events
// in the queue before the next key is pressed (N adds an action; its "n" is not the title).
void DropStartingKeyText();

// What was typed ahead, still in the queue, when a text field opens: the browser's text field
// takes it (the desktop's ImGui field reads the queue itself). The typing ends at a click, or at
// a key that finishes the edit.
struct TypedAhead {
  bool committed = false;  // Enter (Ctrl+Enter in a paragraph) or Tab finished the edit
  bool cancelled = false;  // Escape ended it
};
// Takes the typing out of the queue and applies it to `text` (letters added, Backspace taking the
// last one off). Key releases and mouse events stay in the queue, in order.
TypedAhead TakeTypedAhead(std::string& text, bool paragraph);

}  // namespace coplan::ui
