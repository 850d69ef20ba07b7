// Find and filter: a search over all of an action's text, and filters by change, status, when,
// lead, lived experience and tag. The matching is pure (tested without a window); the find bar
// is an ImGui panel.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/plan.h"
#include "ui/panel.h"

namespace coplan::ui {

struct FindQuery {
  std::string text;                        // words to look for, any case, accents ignored
  std::optional<ChangeId> change;
  std::optional<Status> status;
  std::optional<When> when;
  std::string lead;                        // part of the lead's name
  std::optional<bool> lived_experience;    // lead has lived experience
  std::string tag;
  bool Active() const;                     // true if anything would be filtered
  bool operator==(const FindQuery&) const = default;
};

// One entry per plan.actions[i]: 1 if it matches (deleted actions never match). Every word of
// `text` must appear somewhere in the action's text; every filter that is set must hold.
std::vector<char> MatchActions(const Plan& plan, const FindQuery& query);

// One entry per plan.notes[i]: 1 if every word of `text` is in the note (deleted notes never
// match). The filters are about actions (change, status, lead…): while one is set, no note matches.
std::vector<char> MatchNotes(const Plan& plan, const FindQuery& query);

// Forgets a change filter whose change is no longer in the plan (deleted, or another plan was
// opened), so nothing is filtered out for a reason the person cannot see.
void DropMissingFilters(const Plan& plan, FindQuery& query);

// Text as the search compares it: lower case, accents and Welsh letters folded to plain ones
// ("Ŵyn Café" -> "wyn cafe"), curly quotes made straight.
std::string FoldForSearch(std::string_view text);

// Changes whenever an action is added, edited, undone or deleted, or another plan is opened:
// lets panels keep work from one frame to the next.
std::uint64_t ActionsSignature(const Plan& plan);
// The same for notes.
std::uint64_t NotesSignature(const Plan& plan);

// "4 actions match", "1 action matches", "No actions match".
std::string MatchCountText(std::size_t count);
// "2 actions and 1 note match", "1 note matches"; as above when no note matches.
std::string MatchCountText(std::size_t actions, std::size_t notes);

struct FindState {
  bool open = false;          // the find bar is showing
  bool focus_pending = false; // put the keyboard in the search box next frame
  FindQuery query;

  // What the matches were last worked out for: searched again only when one of these changes.
  FindQuery searched;
  std::uint64_t searched_plan = 0;
  std::uint64_t searched_notes = 0;
  bool searched_once = false;
  std::vector<std::string> leads, tags;  // the plan's own, for the filters, sorted
  std::uint64_t words_plan = 0;
  bool had_keyboard = false;  // the bar had the keyboard last frame
};

// Draws the find bar (search box, filters, the list of results). Choosing a result asks the app
// to show that action or note (context.show_request). Returns the current matches, and the
// notes' matches in `note_matches` when given.
void DrawFindBar(PanelContext& context, FindState& state, std::vector<char>& matches,
                 std::vector<char>* note_matches = nullptr);

}  // namespace coplan::ui
