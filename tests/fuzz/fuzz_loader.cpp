// libFuzzer target: arbitrary bytes go to the loader. It must never crash, must explain every
// refusal, and whatever loads must save, reload to the same plan, and save to the same bytes.
#include <cstdint>
#include <cstdlib>
#include <cstdio>
#include <string_view>

#include "io/plan_file.h"

using namespace coplan;

static void Fail(const char* what) {
  std::fprintf(stderr, "fuzz_loader: %s\n", what);
  std::abort();
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  LoadResult first = LoadPlanText(text);
  if (!first.ok()) {
    if (first.errors.empty()) Fail("refused without saying why");
    for (const auto& e : first.errors)
      if (e.message.empty()) Fail("an empty error message");
    return 0;
  }
  std::string saved = SavePlanText(*first.plan);
  LoadResult second = LoadPlanText(saved);
  if (!second.ok()) Fail("a saved plan did not load again");
  if (!second.warnings.empty()) Fail("a saved plan loaded with warnings");
  if (!(*second.plan == *first.plan)) Fail("save and load changed the plan");
  if (SavePlanText(*second.plan) != saved) Fail("a second save gave different bytes");
  return 0;
}
