// Temporary: the action table, plan health and find bar are being built in their own files.
#include "ui/action_table.h"
#include "ui/find.h"
#include "ui/plan_health.h"

namespace coplan::ui {

bool FindQuery::Active() const { return false; }
std::vector<char> MatchActions(const Plan& plan, const FindQuery&) {
  return std::vector<char>(plan.actions.size(), 1);
}
void DrawFindBar(PanelContext&, FindState&, std::vector<char>&) {}
void DrawActionTable(PanelContext&, TableState&, const std::vector<char>*) {}
void DrawPlanHealth(PanelContext&) {}

}  // namespace coplan::ui
