// The review of a merge before anything changes: what comes in from the other copy, and each
// place where both copies changed the same thing, side by side, to keep one side or type a value.
// Draws the inside of a dialog (the app opens and closes it) and returns what the person chose.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "model/merge.h"

namespace coplan::ui {

struct MergeReviewState {
  std::string their_name;   // the other copy's file name, as people know it
  MergeResult result;       // each conflict's `chosen` is the person's choice so far
  std::vector<std::string> ours_when, theirs_when;       // per conflict: "today at 10:32"
  std::vector<std::optional<std::string>> typed;          // per conflict: a value the person typed
  std::vector<bool> decided;  // per conflict: chosen one by one, so "Keep all of ..." leaves it
  int editing = -1;         // the conflict whose value is being typed
  bool focus_first = true;  // the keyboard starts on the first button
};

// Makes the review of `result`; `when` turns a conflict's ISO 8601 time into words.
MergeReviewState StartReview(MergeResult result, std::string their_name, std::string (*when)(const std::string&));

enum class ReviewAnswer { None, Merge, AddAsNew, Cancel };

// Draws the review's contents for one frame. Escape cancels unless text is being typed.
ReviewAnswer DrawMergeReview(MergeReviewState& state);

// The typed values to apply after the merge, in the core's terms.
std::vector<TypedValue> TypedValues(const MergeReviewState& state);

// The item a conflict is about: "Action “Bus map”", its title shortened (never inside a letter).
std::string ItemWords(const Conflict& conflict);
// A conflict's field in plain words: "lead", "due date", "needs money".
std::string FieldWords(const Conflict& conflict);

}  // namespace coplan::ui
