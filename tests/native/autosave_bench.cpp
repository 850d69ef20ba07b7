// What one autosave costs: writing the plan's text (SavePlanText, on the main thread in both
// builds) and writing the files with their flushes to disk (the desktop does that on a worker
// thread), for plans of 100 to 5,000 actions. The browser's whole figure is measured by
// tests/browser/files-autosave.test.mjs.
#include <chrono>
#include <cstdio>
#include <filesystem>

#include "app/library.h"
#include "io/plan_file.h"
#include "model/sample.h"
#include "platform/store_folder.h"

int main() {
  using Clock = std::chrono::steady_clock;
  auto folder = std::filesystem::temp_directory_path() / "coplan-autosave-bench";
  coplan::platform::FolderStore store(folder.string(), folder.string());
  coplan::Library library(store);
  library.Load([](bool, std::string) {});
  store.Pump();
  coplan::IdMaker ids(1);
  std::printf("%8s %10s %12s %12s\n", "actions", "file KB", "text ms", "disk ms");
  for (int actions : {100, 1000, 5000}) {
    coplan::SampleSize size;
    size.actions = actions;
    size.links = actions;
    size.notes = actions / 5;
    coplan::Plan plan = coplan::SamplePlan(size, 42);
    const int rounds = 10;
    double text_ms = 0, keep_ms = 0;
    std::size_t bytes = 0;
    for (int i = 0; i < rounds; ++i) {
      auto t0 = Clock::now();
      std::string text = coplan::SavePlanText(plan);
      auto t1 = Clock::now();
      coplan::PlanInfo info;
      info.key = "plan/bench";
      library.Keep(info, text, "", 0, ids, {});
      store.Pump();
      auto t2 = Clock::now();
      bytes = text.size();
      text_ms += std::chrono::duration<double, std::milli>(t1 - t0).count();
      keep_ms += std::chrono::duration<double, std::milli>(t2 - t1).count();
    }
    std::printf("%8d %10zu %12.2f %12.2f\n", actions, bytes / 1024, text_ms / rounds, keep_ms / rounds);
  }
  std::filesystem::remove_all(folder);
  return 0;
}
