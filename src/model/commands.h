// The edits a person can make, each as a Command with a plain-English name. Each function reads
// the plan (never changes it) and returns the command; apply it with History::Apply. A command
// that would change nothing comes back Empty() and History ignores it.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "command.h"

namespace coplan {

// A set of items, e.g. what is selected on the canvas.
struct Selection {
  std::vector<ActionId> actions;
  std::vector<NoteId> notes;
  std::vector<LinkId> links;
  std::vector<PersonId> people;
  std::vector<ChangeId> changes;
  std::vector<VisionPartId> vision_parts;
};

// Adding.
Command AddAction(const Plan& plan, IdMaker& ids, const ChangeId& change, Point at, std::string title);
Command AddNote(const Plan& plan, IdMaker& ids, NoteKind kind, std::string text, Point at);
Command AddPerson(const Plan& plan, IdMaker& ids, std::string name, PersonRole role);
Command AddTheme(const Plan& plan, IdMaker& ids, std::string title, std::string description);
Command AddVisionPart(const Plan& plan, IdMaker& ids, std::string text);
Command AddLink(const Plan& plan, IdMaker& ids, const ActionId& from, const ActionId& to, LinkKind kind);
Command DuplicateActions(const Plan& plan, IdMaker& ids, const std::vector<ActionId>& actions, Point offset);
// One action per non-blank line of text (a leading "- " or "* " is dropped), stacked from `at`.
Command PasteActions(const Plan& plan, IdMaker& ids, std::string_view text, const ChangeId& change, Point at);

// Editing: pass a copy of the item with any fields changed; the name says what changed.
Command EditAction(const Plan& plan, const Action& edited);
Command EditChange(const Plan& plan, const Change& edited);
Command EditVisionPart(const Plan& plan, const VisionPart& edited);
Command EditNote(const Plan& plan, const Note& edited);
Command EditPerson(const Plan& plan, const Person& edited);
Command EditPlan(const Plan& plan, const PlanFields& edited);  // title, place, group, vision statement...

// Moving on the canvas. Repeated calls during one drag fold into one undo step.
Command MoveItems(const Plan& plan, const Selection& items, Point delta);

// Which changes and vision parts an action serves.
Command LinkActionToChange(const Plan& plan, const ActionId& action, const ChangeId& change);
Command UnlinkActionFromChange(const Plan& plan, const ActionId& action, const ChangeId& change);
Command LinkActionToVisionPart(const Plan& plan, const ActionId& action, const VisionPartId& part);
Command UnlinkActionFromVisionPart(const Plan& plan, const ActionId& action, const VisionPartId& part);
// Puts the action in another lane: replaces its first change.
Command MoveActionToChange(const Plan& plan, const ActionId& action, const ChangeId& change);

// Deleting leaves tombstones. Deleting an action also deletes the links to and from it.
Command DeleteItems(const Plan& plan, const Selection& items);

// The items a command changes, e.g. to select them again after undo or redo.
Selection TouchedItems(const Command& command);

// "3 actions", "1 note": for command names.
std::string CountNoun(std::size_t count, std::string_view singular, std::string_view plural);

}  // namespace coplan
