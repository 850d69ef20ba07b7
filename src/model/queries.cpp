#include "queries.h"

#include "lookup.h"

#include <algorithm>

namespace coplan {
namespace {

template <class T, class IdT>
const T* FindIn(const std::vector<T>& items, const IdT& id) {
  std::size_t at = IndexOf(items, id);
  return at < items.size() ? &items[at] : nullptr;
}

template <class Pred>
std::vector<const Action*> ActionsWhere(const Plan& plan, Pred pred) {
  std::vector<const Action*> out;
  for (const auto& a : plan.actions)
    if (!a.meta.deleted && pred(a)) out.push_back(&a);
  return out;
}

template <class V, class IdT>
bool Contains(const V& list, const IdT& id) {
  return std::find(list.begin(), list.end(), id) != list.end();
}

bool IsBlank(const std::string& text) {
  return std::all_of(text.begin(), text.end(), [](unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
}

}  // namespace

const Action* FindAction(const Plan& plan, const ActionId& id) { return FindIn(plan.actions, id); }
const Change* FindChange(const Plan& plan, const ChangeId& id) { return FindIn(plan.changes, id); }
const VisionPart* FindVisionPart(const Plan& plan, const VisionPartId& id) { return FindIn(plan.vision.parts, id); }
const Note* FindNote(const Plan& plan, const NoteId& id) { return FindIn(plan.notes, id); }
const Link* FindLink(const Plan& plan, const LinkId& id) { return FindIn(plan.links, id); }
const Person* FindPerson(const Plan& plan, const PersonId& id) { return FindIn(plan.people, id); }

std::vector<const Action*> LiveActions(const Plan& plan) {
  return ActionsWhere(plan, [](const Action&) { return true; });
}

std::vector<const Change*> LiveChanges(const Plan& plan) {
  std::vector<const Change*> out;
  for (const auto& c : plan.changes)
    if (!c.meta.deleted) out.push_back(&c);
  return out;
}

std::vector<const Action*> ActionsForChange(const Plan& plan, const ChangeId& change) {
  return ActionsWhere(plan, [&](const Action& a) { return Contains(a.changes, change); });
}

std::vector<const Action*> ActionsForVisionPart(const Plan& plan, const VisionPartId& part) {
  return ActionsWhere(plan, [&](const Action& a) { return Contains(a.vision_parts, part); });
}

std::vector<const Change*> ChangesWithNoActions(const Plan& plan) {
  std::vector<const Change*> out;
  for (const Change* c : LiveChanges(plan))
    if (ActionsForChange(plan, c->id).empty()) out.push_back(c);
  return out;
}

std::vector<const Action*> ActionsWithNoLead(const Plan& plan) {
  return ActionsWhere(plan, [](const Action& a) { return IsBlank(a.lead); });
}

std::vector<const Action*> ActionsWithNoDate(const Plan& plan) {
  return ActionsWhere(plan, [](const Action& a) {
    return a.when == When::NotSet && a.start_date.empty() && a.due_date.empty();
  });
}

std::vector<const Action*> ActionsWithNoLivedExperience(const Plan& plan) {
  return ActionsWhere(plan, [](const Action& a) {
    return !a.lead_has_lived_experience &&
           (a.involvement == Involvement::NotSet || a.involvement == Involvement::Inform);
  });
}

std::vector<const Action*> ActionsWithNoHowWeWillKnow(const Plan& plan) {
  return ActionsWhere(plan, [](const Action& a) {
    return std::all_of(a.how_we_will_know.begin(), a.how_we_will_know.end(), IsBlank);
  });
}

std::array<int, kStatusCount> CountByStatus(const Plan& plan) {
  std::array<int, kStatusCount> counts{};
  for (const Action* a : LiveActions(plan)) ++counts[static_cast<std::size_t>(a->status)];
  return counts;
}

std::array<int, kInvolvementCount> CountByInvolvement(const Plan& plan) {
  std::array<int, kInvolvementCount> counts{};
  for (const Action* a : LiveActions(plan)) ++counts[static_cast<std::size_t>(a->involvement)];
  return counts;
}

}  // namespace coplan
