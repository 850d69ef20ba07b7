#include "ui/bench_plan.h"

#include <string>

#include "model/template.h"
#include "ui/layout.h"

namespace coplan::ui {

Plan BenchPlan(int actions, int links) {
  IdMaker ids(42);
  CopyId copy = ids.New<CopyId>();
  Plan plan = NewPlan("Benchmark plan", ids, copy, "2026-01-01T00:00:00Z");
  const char* verbs[] = {"Start", "Map", "Host", "Fund", "Visit", "Share", "Train", "Ask about"};
  const char* things[] = {"a coffee morning", "the bus routes", "a peer support group", "small grants",
                          "the day centre", "what budgets pay for", "new support workers", "rooms at the library"};
  std::size_t lanes = plan.changes.size();
  plan.actions.reserve(static_cast<std::size_t>(actions));
  for (int i = 0; i < actions; ++i) {
    Action a;
    a.id = ids.New<ActionId>();
    std::size_t lane = static_cast<std::size_t>(i) % lanes;
    int row = i / static_cast<int>(lanes);
    a.title = std::string(verbs[i % 8]) + " " + things[(i / 8) % 8] + " " + std::to_string(i + 1);
    a.changes.push_back(plan.changes[lane].id);
    Rect r = LaneRect(lane, 0);
    a.position = {r.x0 + (layout::kLaneWidth - layout::kCardWidth) / 2,
                  r.y0 + layout::kLaneHeader + static_cast<float>(row) * (layout::kCardHeight + layout::kCardGap)};
    a.status = static_cast<Status>(i % 5);
    a.when = static_cast<When>(i % 4);
    if (i % 3) a.lead = "Lead " + std::to_string(i % 40), a.lead_has_lived_experience = i % 2;
    a.meta.changed_by = copy;
    plan.actions.push_back(std::move(a));
  }
  for (int i = 0; i < links && actions > 1; ++i) {
    Link l;
    l.id = ids.New<LinkId>();
    l.from = plan.actions[static_cast<std::size_t>(i % actions)].id;
    l.to = plan.actions[static_cast<std::size_t>((i * 7 + 1) % actions)].id;
    if (l.from == l.to) continue;
    l.meta.changed_by = copy;
    plan.links.push_back(std::move(l));
  }
  return plan;
}

}  // namespace coplan::ui
