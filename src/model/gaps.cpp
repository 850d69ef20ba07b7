#include "model/gaps.h"

#include <string>

namespace coplan {
namespace {

Selection ActionsOf(const std::vector<const Action*>& actions) {
  Selection s;
  for (const Action* a : actions) s.actions.push_back(a->id);
  return s;
}

// "4 actions have ..." / "1 action has ...".
std::string Counted(std::size_t n, const char* one_verb, const char* many_verb, const std::string& rest) {
  return CountNoun(n, "action", "actions") + " " + (n == 1 ? one_verb : many_verb) + " " + rest;
}

void AddActionGap(std::vector<HealthGap>& gaps, const std::vector<const Action*>& actions, std::string text,
                  std::string hint) {
  if (actions.empty()) return;
  gaps.push_back({std::move(text), std::move(hint), ActionsOf(actions)});
}

}  // namespace

std::vector<HealthGap> FindGaps(const Plan& plan) {
  std::vector<HealthGap> gaps;
  for (const Change* c : ChangesWithNoActions(plan)) {
    Selection s;
    s.changes.push_back(c->id);
    gaps.push_back({(c->title.empty() ? std::string("A change with no title") : c->title) + " has no actions yet",
                    "Add an action to this change on the canvas.", s});
  }
  for (const VisionPart& part : plan.vision.parts) {
    if (part.meta.deleted || !ActionsForVisionPart(plan, part.id).empty()) continue;
    Selection s;
    s.vision_parts.push_back(part.id);
    gaps.push_back({"No action works towards \u201c" + part.text + "\u201d yet",
                    "Open an action's details and link it to this part of the vision.", s});
  }
  auto no_lead = ActionsWithNoLead(plan);
  AddActionGap(gaps, no_lead, Counted(no_lead.size(), "has", "have", "no lead"),
               "Agree who will lead each one. Could it be someone with lived experience?");
  auto no_lived = ActionsWithNoLivedExperience(plan);
  AddActionGap(gaps, no_lived, Counted(no_lived.size(), "has", "have", "no lead with lived experience"),
               "People who draw on care are at most told about these. Ask one of them to lead, or involve "
               "them more: consult, involve, co-design or co-produce.");
  auto no_date = ActionsWithNoDate(plan);
  AddActionGap(gaps, no_date, Counted(no_date.size(), "has", "have", "no time set"),
               "Choose now, next or later, or add a date.");
  auto no_know = ActionsWithNoHowWeWillKnow(plan);
  AddActionGap(gaps, no_know,
               Counted(no_know.size(), "does", "do",
                       no_know.size() == 1 ? "not say how we will know it worked" : "not say how we will know they worked"),
               "Ask people who draw on care what would be different for them, and write it in their words.");
  return gaps;
}

std::array<int, kStatusCount> CountStatuses(const std::vector<const Action*>& actions) {
  std::array<int, kStatusCount> counts{};
  for (const Action* a : actions) ++counts[static_cast<std::size_t>(a->status)];
  return counts;
}

std::string StatusWords(const std::array<int, kStatusCount>& counts) {
  static const char* const kWords[kStatusCount][2] = {
      {"idea", "ideas"}, {"agreed", "agreed"}, {"in progress", "in progress"}, {"done", "done"}, {"paused", "paused"}};
  std::string out;
  for (std::size_t i = 0; i < kStatusCount; ++i) {
    if (counts[i] == 0) continue;
    if (!out.empty()) out += ", ";
    out += std::to_string(counts[i]) + " " + kWords[i][counts[i] == 1 ? 0 : 1];
  }
  return out.empty() ? "No actions yet" : out;
}

}  // namespace coplan
