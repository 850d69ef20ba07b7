// Questions the UI and reports ask of a plan. Every query skips tombstones (deleted items).
#pragma once
#include <array>
#include <vector>

#include "plan.h"

namespace coplan {

// Finds a live or deleted item by id; nullptr if there is none.
const Action* FindAction(const Plan& plan, const ActionId& id);
const Change* FindChange(const Plan& plan, const ChangeId& id);
const VisionPart* FindVisionPart(const Plan& plan, const VisionPartId& id);
const Note* FindNote(const Plan& plan, const NoteId& id);
const Link* FindLink(const Plan& plan, const LinkId& id);
const Person* FindPerson(const Plan& plan, const PersonId& id);

std::vector<const Action*> LiveActions(const Plan& plan);
std::vector<const Change*> LiveChanges(const Plan& plan);

// Actions that serve a change (in any position of Action::changes) or a vision part.
std::vector<const Action*> ActionsForChange(const Plan& plan, const ChangeId& change);
std::vector<const Action*> ActionsForVisionPart(const Plan& plan, const VisionPartId& part);
// Changes (key changes and the group's own themes) that no live action serves.
std::vector<const Change*> ChangesWithNoActions(const Plan& plan);

// Where the plan is thin.
std::vector<const Action*> ActionsWithNoLead(const Plan& plan);
std::vector<const Action*> ActionsWithNoDate(const Plan& plan);  // no now/next/later and no dates
// The lead has no lived experience, and people who draw on care are at most informed.
std::vector<const Action*> ActionsWithNoLivedExperience(const Plan& plan);
std::vector<const Action*> ActionsWithNoHowWeWillKnow(const Plan& plan);

constexpr std::size_t kStatusCount = 5;       // indexed by Status
constexpr std::size_t kInvolvementCount = 6;  // indexed by Involvement (NotSet first)
std::array<int, kStatusCount> CountByStatus(const Plan& plan);
std::array<int, kInvolvementCount> CountByInvolvement(const Plan& plan);

}  // namespace coplan
