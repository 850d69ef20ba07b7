// Prints how fast two copies of a large plan merge. Target (native, -O2): two 10,000-action
// copies with 1,000 edits on each side merge in <= 100 ms.
#include <chrono>
#include <ctime>
#include <cstdio>
#include <random>

#include "model/commands.h"
#include "model/history.h"
#include "model/merge.h"
#include "model/queries.h"
#include "model/sample.h"

using namespace coplan;
using Clock = std::chrono::steady_clock;

namespace {

void Edit(Plan& plan, History& history, IdMaker& ids, std::mt19937_64& rng) {
  const Action& source = plan.actions[rng() % plan.actions.size()];
  if (source.meta.deleted) return;
  Action a = source;
  switch (rng() % 8) {
    case 0: a.title += " (revised)"; break;
    case 1: a.lead = "lead " + std::to_string(rng() % 100); break;
    case 2: a.status = static_cast<Status>(rng() % 5); break;
    case 3: a.position.x += 10; break;
    case 4: return history.Apply(plan, AddAction(plan, ids, plan.changes[0].id, {0, 0}, "added"));
    case 5: return history.Apply(plan, DeleteItems(plan, {{a.id}}));
    case 6: return history.Apply(plan, AddNote(plan, ids, NoteKind::Idea, "note", {0, 0}));
    default: a.how_we_will_know.push_back("we will see it"); break;
  }
  history.Apply(plan, EditAction(plan, a));
}

double Ms(Clock::time_point start) { return std::chrono::duration<double, std::milli>(Clock::now() - start).count(); }

}  // namespace

int main() {
  SampleSize size;
  size.actions = 10000;
  size.notes = 2000;
  size.links = 20000;
  Plan base = SamplePlan(size, 11);
  Plan a = base, b = base;
  History ha(CopyId{"copyaaaaaaaaaaaa"}, [] { return std::string("2026-11-23T10:00:00Z"); });
  History hb(CopyId{"copybbbbbbbbbbbb"}, [] { return std::string("2026-11-24T10:00:00Z"); });
  std::mt19937_64 rng(5);
  IdMaker ids_a(1), ids_b(2);
  for (int i = 0; i < 1000; ++i) Edit(a, ha, ids_a, rng);
  for (int i = 0; i < 1000; ++i) Edit(b, hb, ids_b, rng);

  double best = 1e30, best_cpu = 0;
  MergeResult result;
  for (int run = 0; run < 7; ++run) {
    auto start = Clock::now();
    std::clock_t cpu = std::clock();
    result = MergePlans(a, b);
    if (Ms(start) < best) {
      best = Ms(start);
      best_cpu = 1000.0 * static_cast<double>(std::clock() - cpu) / CLOCKS_PER_SEC;
    }
  }
  std::printf("merge two copies of %zu actions, %zu notes, %zu links, 1000 edits each side:\n", base.actions.size(),
              base.notes.size(), base.links.size());
  std::printf("  %.1f ms wall, %.1f ms processor (target <= 100 ms); %zu conflicts, %d fields and %d items from "
              "the other copy\n", best, best_cpu, result.conflicts.size(), result.stats.fields_from_theirs,
              result.stats.items_from_theirs);
  auto start = Clock::now();
  MergeResult again = MergePlans(result.merged, b);
  std::printf("  merging the same copy again: %.1f ms, %zu conflicts\n", Ms(start), again.conflicts.size());
  return again.conflicts.empty() ? 0 : 1;
}
