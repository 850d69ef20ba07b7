// Editing text that people type: accents, Welsh letters (â ŵ ŷ), dead keys, input methods, emoji
// and pasted text. On the desktop this is ImGui's own text input; in the browser, where ImGui
// cannot see what input methods and on-screen keyboards type, a real HTML text field is placed
// over the control while it is being edited (see platform/text_overlay.h).
#pragma once
#include <optional>
#include <string>

#include "imgui.h"

namespace coplan::ui {

enum class TextKind { Line, Paragraph };

struct TextFieldOptions {
  TextKind kind = TextKind::Line;
  float width = -1;           // -1: the rest of the line
  float height = 0;           // paragraphs: 0 picks about four lines
  const char* hint = "";      // shown greyed when empty
  bool focus_now = false;     // start editing at once (e.g. the title of a new card)
  bool* finished = nullptr;   // set to true in the frame an edit ends (finished or abandoned)
  bool* cancelled = nullptr;  // set to true, with `finished`, when Escape ended the edit
  bool escape_keeps = false;  // Escape keeps what was typed, as Enter does (a new card's first title)
  // Set, while an edit is under way, to the text typed so far if it differs from `value` (autosave
  // keeps it; see PanelContext::drafts).
  std::optional<std::string>* typing = nullptr;
};

// A labelled text control showing `value`. Returns the new text once the person has finished
// an edit that changed it (Enter, Tab, clicking elsewhere); Escape abandons the edit, unless
// `escape_keeps` says it finishes the edit too.
// `label` is read by screen readers and shown above the control unless it starts with "##".
std::optional<std::string> TextField(const char* label, const std::string& value,
                                     const TextFieldOptions& options = {});

// True while any text is being edited (shortcuts are off then).
bool TextEditing();

// True in the frame an edit was finished (Enter, Tab, a click elsewhere; not Escape). A key read in
// the same frame, as on a busy machine, is for the app again: Enter then Ctrl+Z undoes the edit.
bool TextFinishedNow();

// What the last frame's field being edited held, if it differed from its value and the field keeps
// what is typed (TextFieldOptions::typing); "" otherwise.
const std::string& TypedSoFar();

// True from the frame a field is drawn with `focus_now` until it has the keyboard (on the
// desktop ImGui gives it a frame or two later). Until then, input waits (ui/input_queue.h), so
// what is typed goes into the field.
bool TextFieldOpening();

// Call once after each frame: tidies up an edit whose control is no longer shown (and ends the
// frame's drawn places, see drawn_places.h).
void EndTextFields();

}  // namespace coplan::ui
