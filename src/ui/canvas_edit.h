// The canvas's edits: commands built from gestures and keys, so both give the same result.
#pragma once
#include <string>
#include <vector>

#include "model/commands.h"
#include "ui/canvas_parts.h"

namespace coplan::ui {

// Several commands that touch different items, as one undo step called `name`.
Command Combine(std::string name, std::vector<Command> parts);

// Moves the selected cards and notes by `delta`; a card dropped over another lane moves to that
// change. One step, named for what happened ("Move 3 actions", "Move to Sharing power as equals").
Command MoveSelection(const Plan& plan, const FrameLayout& layout, const Selection& selection, Point delta);

// Lines the cards of lane `lane` up in one column, in their current order, evenly spaced.
Command TidyLane(const Plan& plan, const FrameLayout& layout, int lane);

// Gives the cards that have no position (see kNoPosition: their file had none) a place: each under
// everything already in its change's lane, in plan order; a card that serves no change to the right
// of everything. Cards that have a position stay where they are, inside their lane or not. Empty if
// every card has a position.
Command PlaceUnplacedCards(const Plan& plan);

// Puts the cards and notes that `import` adds (from another plan, where they had places of their
// own) where nothing is: each card under everything already in its change's lane, in the order
// they had; the notes, and cards that serve no change, beside the lanes, arranged as they were.
void PlaceImportedItems(const Plan& into, Command& import);

// The selected actions and notes as plain text (one line each), for the clipboard.
std::string SelectionAsText(const Plan& plan, const Selection& selection);

}  // namespace coplan::ui
