// A real App with a keeper on the desktop's terms (paths, the file dialog) over a store and a
// clock the test controls, for the keeper's tests.
#pragma once
#include <memory>
#include <string>

#include "app/app.h"
#include "app/keeper.h"
#include "io/plan_file.h"
#include "model/template.h"
#include "native_support.h"

namespace coplan::test {

struct Session {
  // `paths` false: the browser's ways (the last plan opens at the start, files have no paths).
  explicit Session(platform::Store& store, platform::FileSystem* fs = nullptr, bool paths = true) {
    KeeperServices services;
    services.store = &store;
    services.fs = fs;
    services.clock = [this] { return now; };
    services.paths = paths;
    keeper = std::make_unique<Keeper>(app, services);
  }
  // Lets time pass in frames of 0.1 s.
  void Run(double seconds) {
    for (double end = now + seconds; now < end; now += 0.1) keeper->Tick();
  }
  void Start() {
    keeper->Start();
    Run(0.3);
  }
  void Rename(const std::string& title) { keeper->Rename(keeper->Current().key, title); }
  bool Said(const std::string& words) const {
    for (const Notice& n : app.notices())
      if (n.text.find(words) != std::string::npos) return true;
    return false;
  }

  double now = 100;
  App app;
  std::unique_ptr<Keeper> keeper;
};

inline std::string SamplePlanFile(const TempFolder& folder, const std::string& title) {
  IdMaker ids(7);
  std::string path = folder.Path(title + ".coplan.json");
  WriteFile(path, SavePlanText(NewPlan(title, ids, CopyId{"0123456789abcdef"}, "2026-11-20T10:00:00Z")));
  return path;
}

}  // namespace coplan::test
