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

// For unrelated plans: the other plan's live actions, notes, links, people and themes added as
// new items (new ids). Its changes and vision parts are matched by title or text to ours.
Command ImportAsNew(const Plan& into, const Plan& other, IdMaker& ids);

// A plain-English summary of a merge for people and the command line.
std::string MergeReport(const MergeResult& result);

}  // namespace coplan
