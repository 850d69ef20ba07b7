#include "ui/bench_plan.h"

#include <algorithm>
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
  // Built in place (no Action is copied or moved): ?bench=5000 is timed from the module's start.
  // Made-up items carry no copy's id in their bookkeeping: no one edited them.
  plan.actions.resize(static_cast<std::size_t>(std::max(0, actions)));
  for (int i = 0; i < actions; ++i) {
    Action& a = plan.actions[static_cast<std::size_t>(i)];
    a.id = ids.New<ActionId>();
    std::size_t lane = static_cast<std::size_t>(i) % lanes;
    int row = i / static_cast<int>(lanes);
    a.title.reserve(40);
    a.title.append(verbs[i % 8]).append(" ").append(things[(i / 8) % 8]).append(" ").append(std::to_string(i + 1));
    a.changes.push_back(plan.changes[lane].id);
    Rect r = LaneRect(lane, 0);
    a.position = {r.x0 + (layout::kLaneWidth - layout::kCardWidth) / 2,
                  r.y0 + layout::kLaneHeader + static_cast<float>(row) * (layout::kCardHeight + layout::kCardGap)};
    a.status = static_cast<Status>(i % 5);
    a.when = static_cast<When>(i % 4);
    if (i % 3) a.lead = "Lead " + std::to_string(i % 40), a.lead_has_lived_experience = i % 2;
  }
  plan.links.reserve(static_cast<std::size_t>(std::max(0, links)));
  for (int i = 0; i < links && actions > 1; ++i) {
    const ActionId& from = plan.actions[static_cast<std::size_t>(i % actions)].id;
    const ActionId& to = plan.actions[static_cast<std::size_t>((i * 7 + 1) % actions)].id;
    if (from == to) continue;
    Link& l = plan.links.emplace_back();
    l.id = ids.New<LinkId>();
    l.from = from;
    l.to = to;
  }
  return plan;
}

}  // namespace coplan::ui
