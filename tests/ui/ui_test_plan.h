// A small plan for the panels' tests: the default template and actions added by hand.
#pragma once
#include <cassert>
#include <ostream>
#include <string>
#include <vector>

#include "model/plan.h"
#include "model/template.h"

namespace coplan {
// Ids print as their text in test failures.
template <class Tag>
void PrintTo(const Id<Tag>& id, std::ostream* out) {
  *out << id.text;
}
}  // namespace coplan

namespace coplan::ui::test {

struct TestPlan {
  static constexpr std::size_t kRoom = 64;  // references from Add() stay valid up to this many

  IdMaker ids{7};
  Plan plan = NewPlan("Test plan", ids, CopyId{"aaaaaaaaaaaaaaaa"}, "2026-11-23T10:00:00Z");

  TestPlan() { plan.actions.reserve(kRoom); }

  const ChangeId& Change(std::size_t i) const { return plan.changes[i].id; }
  // Adds an action serving the change at `change`; returns its index in plan.actions.
  Action& Add(std::string title, std::size_t change = 0) {
    assert(plan.actions.size() < kRoom);
    Action a;
    a.id = ids.New<ActionId>();
    a.title = std::move(title);
    a.changes = {Change(change)};
    plan.actions.push_back(a);
    return plan.actions.back();
  }
};

// Titles of the actions marked in `matches`, in plan order.
inline std::vector<std::string> Titles(const Plan& plan, const std::vector<char>& matches) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < matches.size(); ++i)
    if (matches[i]) out.push_back(plan.actions[i].title);
  return out;
}

}  // namespace coplan::ui::test
