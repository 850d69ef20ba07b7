// Saving: the plan as text in the current format, in a fixed order so saves are byte-stable.
#include "file_fields.h"
#include "model/fields.h"
#include "plan_file.h"

namespace coplan {

std::string SavePlanText(const Plan& plan) {
  JsonWriter w;
  w.Reserve(8192 + plan.actions.size() * 1600 + plan.notes.size() * 400 + plan.links.size() * 300 +
            plan.people.size() * 300);
  PlanFields fields = GetPlanFields(plan);
  WriteObject<PlanFields>(w, PlanOut{plan, fields});
  return w.Take();
}

}  // namespace coplan
