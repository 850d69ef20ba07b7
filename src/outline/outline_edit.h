// Edits asked for from the outline ("Add an action to <change>", "Edit <title>", "Move <title>
// to…", "Link <title> to…", "Delete <title>"), turned into the same commands the canvas makes, so
// they go through the one history: undo, autosave and merge work as for any other edit. Pure:
// reads the plan, never changes it, and says in plain English what it did or what was wrong.
#pragma once
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "model/commands.h"

namespace coplan::outline {

enum class Op { Add, Edit, Move, Link, Delete, Undo, Redo };

struct Request {
  Op op = Op::Edit;
  std::string item;    // the model id of the action (or of the change, to add to it)
  std::string target;  // Move: the change's id; Link: the other action's id
  // Edit and Add: the fields to set, by the names they have in the file ("title", "status",
  // "lead", "lead_lived" ("true"/"false"), "involved" and "how_we_will_know" (one per line),
  // "start_date", "due_date" (as people write dates), "needs.money", ...); Link: "kind".
  std::vector<std::pair<std::string, std::string>> fields;
};

struct Outcome {
  std::optional<Command> command;  // to apply through the history; none for undo, redo or an error
  bool undo = false, redo = false;
  std::string said;                // what happened, for the status region; an error for the alert region
  bool error = false;
  std::string focus;               // the node id to put the focus on afterwards ("" keeps it)
};

// Where a new or moved card goes on the canvas in a change's lane (the canvas's own rule).
using SlotFn = Point (*)(const Plan&, const ChangeId&);

Outcome Interpret(const Plan& plan, IdMaker& ids, const Request& request, const SlotFn& slot);

// The words for an undo or redo that has happened ("Undid Move action to another change").
std::string UndoneWords(const std::string& step_name);
std::string RedoneWords(const std::string& step_name);

// The page's request text: records separated by U+001E, each "key" U+001F "value". The keys
// "op", "item" and "target" fill those members; the rest are fields. Nothing if `op` is unknown.
std::optional<Request> ReadRequest(const std::string& text);

}  // namespace coplan::outline
