// Find and filter: a search over all of an action's text, and filters by change, status, when,
// lead, lived experience and tag. The matching is pure (tested without a window); the find bar
// is an ImGui panel.
#pragma once
#include <optional>
#include <string>
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
};

// One entry per plan.actions[i]: 1 if it matches (deleted actions never match).
std::vector<char> MatchActions(const Plan& plan, const FindQuery& query);

struct FindState {
  bool open = false;          // the find bar is showing
  bool focus_pending = false; // put the keyboard in the search box next frame
  FindQuery query;
};

// Draws the find bar (search box, filters, the list of results). Choosing a result asks the app
// to show that action (context.show_request). Returns the current matches.
void DrawFindBar(PanelContext& context, FindState& state, std::vector<char>& matches);

}  // namespace coplan::ui
