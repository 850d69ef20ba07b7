// The planning canvas: the vision across the top, one lane per change, action cards, notes
// and the links between actions. Draws the plan, moves the camera, and turns gestures and keys
// into commands (see panel.h).
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "model/commands.h"
#include "model/plan.h"
#include "ui/canvas_view.h"
#include "ui/fonts.h"
#include "ui/panel.h"

namespace coplan::ui {

enum class Gesture { None, Pan, MoveItems, Band, Link };

struct CanvasState {
  CanvasView view;
  bool fit_pending = true;                 // fit the whole plan on the next frame
  bool vision_pending = false;             // go to the vision on the next frame
  std::optional<Selection> show_pending;   // bring these items into view and select them
  bool reveal_focus = false;               // bring the focused card or note into view next frame
  Point origin{0, 0};                      // the canvas's top-left on screen last frame
  Point size{0, 0};                        // the canvas's size on screen last frame
  Rect world_bounds;                       // everything in the plan, last frame
  bool animating = false;                  // frames must keep coming (a camera glide)

  // Keyboard focus: a card, a note, or a lane when neither has it.
  ActionId focused_action;
  NoteId focused_note;
  int focused_lane = 0;
  NoteId editing_note;                     // the note whose text is typed in place
  bool note_edit_start = false;            // start typing it as soon as it is there
  ActionId editing_title;                  // the card whose title is typed in place
  std::string title_seed;                  // what was typed to start editing
  ActionId new_card;                       // a card just added, while its first title is typed
  ActionId called_off;                     // a new card left with Escape and no title: the app takes it back
  NoteId new_note;                         // a note just added, while its first text is typed
  NoteId called_off_note;                  // a new note left with Escape and no text: taken back too
  bool refocus = false;                    // give the keyboard back to the canvas next frame

  // The gesture in progress (neither plan nor view: dropped when it ends).
  Gesture gesture = Gesture::None;
  Point gesture_start{0, 0};               // world point where it started
  Point gesture_now{0, 0};
  ActionId link_from;
  bool link_pick = false;                  // choosing the other end of a link with keys or a click

  // Find: when `filtering`, actions and notes that match are outlined and the rest dimmed.
  bool filtering = false;
  std::vector<char> matches;               // by index into plan.actions
  std::vector<char> note_matches;          // by index into plan.notes
};

// Draws the canvas into the rest of the current window and handles its input.
void DrawCanvas(PanelContext& context, CanvasState& state);

// Where lanes and cards were drawn last frame, as JSON in screen pixels:
// {"lanes": [[x, y, w, h], ...], "cards": {"<action id>": [x, y, w, h], ...}}
std::string CanvasGeometryJson(const Plan& plan, const CanvasState& state, float scale);

}  // namespace coplan::ui
