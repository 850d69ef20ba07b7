// Merging two copies of one plan that were edited apart. Three-way without a base file: each
// field's dot says which edit set it, and each copy's version vector says which edits it has
// seen (sync.h). A field changed on one side only is taken; a field changed differently on both
// sides is a conflict; a deletion on one side with edits on the other is a conflict. The result
// does not depend on which copy is "ours" once conflicts are resolved the same way, and merging
// the same copy again changes nothing.
#pragma once
#include <string>
#include <vector>

#include "command.h"

namespace coplan {

enum class Side { Ours, Theirs };

struct Conflict {
  enum class Kind { BothChanged, DeletedAndChanged };
  Kind kind = Kind::BothChanged;
  std::string item_kind;  // "action", "change", "part of the vision", "note", "link", "person", "plan"
  std::string item_id;    // empty for the plan's own fields
  std::string label;      // the item's title or text, for people
  std::string field;      // e.g. "lead"; "deleted" for a deletion against edits
  std::string ours_text, theirs_text;  // each side's value as a person reads it
  CopyId ours_by, theirs_by;           // which copy made each side's edit
  std::string ours_at, theirs_at;      // when that copy last edited (ISO 8601 UTC)
  Side chosen = Side::Ours;            // what the merged plan holds

  std::string Key() const { return item_kind + "/" + item_id + "/" + field; }  // stable, for choices
};

struct MergeOptions {
  Side default_side = Side::Ours;                    // for conflicts with no choice below
  std::vector<std::pair<std::string, Side>> choices;  // Conflict::Key() -> side
};

struct MergeStats {
  int fields_from_theirs = 0;   // fields changed only in their copy, now in ours
  int items_from_theirs = 0;    // items only their copy had
  int actions_from_theirs = 0;  // ... of which live actions
  int deleted_from_theirs = 0;  // items their copy deleted
};

struct MergeResult {
  bool related = false;  // same lineage: the copies share a history. If false, nothing was merged.
  Plan merged;
  std::vector<Conflict> conflicts;
  MergeStats stats;
};

// Merges `theirs` into `ours`. Reads both, changes neither.
MergeResult MergePlans(const Plan& ours, const Plan& theirs, const MergeOptions& options = {});

// One undo step that turns `current` into `merged`, bookkeeping included ("Merge a copy").
// Undoing it gives back the plan exactly as it was before the merge.
Command MergeCommand(const Plan& current, Plan merged, std::string name = "Merge a copy");

// A value a person typed for a conflict instead of keeping either side's.
struct TypedValue {
  Conflict conflict;
  std::string text;
};

// True if the conflict's field is free text (a title, a lead, a date, what is needed), so a
// person may type a value of their own for it.
bool CanTypeValue(const Conflict& conflict);

// An ordinary edit that sets the conflict's field of its item in `plan` to `text` (empty if the
// field is not free text or the item is not there).
Command TypeConflictValue(const Plan& plan, const Conflict& conflict, std::string text);

// "Merge a copy" with typed values, still one undo step: the merge, then each typed value as an
// edit by `copy` at `at`. The plan undo gives back has seen those edits' counters, so `copy`
// never uses one of them again for another edit.
Command MergeCommand(const Plan& current, Plan merged, const std::vector<TypedValue>& typed, const CopyId& copy,
                     const std::string& at);

// For unrelated plans: the other plan's live actions, notes, links, people and themes added as
// new items (new ids). Its changes and vision parts are matched by title or text to ours.
Command ImportAsNew(const Plan& into, const Plan& other, IdMaker& ids);

// A plain-English summary of a merge for people and the command line: what came from the other
// copy, and each conflict with what was kept.
std::string MergeReport(const MergeResult& result);

}  // namespace coplan
