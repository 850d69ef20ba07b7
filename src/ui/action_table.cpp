// The action table: every action as a row, edited in place. Each edit becomes a command; only
// the rows on screen are drawn, so a plan of 10,000 actions stays quick.
#include "ui/action_table.h"

#include <algorithm>
#include <string>

#include "imgui.h"
#include "model/queries.h"
#include "ui/find.h"
#include "ui/labels.h"
#include "ui/date_field.h"
#include "ui/text_field.h"
#include "ui/theme.h"

namespace coplan::ui {
namespace {

enum Column { kTitle, kShow, kLead, kWhen, kStatus, kInvolvement, kDue, kFirstChange };

float Px(float logical) { return logical * ImGui::GetFontSize() / 17.0f; }

void Push(PanelContext& context, Command command) {
  if (!command.Empty()) context.commands.push_back(std::move(command));
}

void PushEdit(PanelContext& context, const Action& edited) { Push(context, EditAction(context.plan, edited)); }

// A combo over the values of an enum, shown as words (and icons when `icon` is given).
template <class E>
bool EnumCombo(const char* id, E& value, const E* order, int count, const char* (*label)(E),
               const char* (*icon)(E) = nullptr) {
  auto text = [&](E v) { return icon ? std::string(icon(v)) + "  " + label(v) : std::string(label(v)); };
  bool changed = false;
  ImGui::SetNextItemWidth(-1);
  if (ImGui::BeginCombo(id, text(value).c_str())) {
    for (int i = 0; i < count; ++i) {
      bool current = order[i] == value;
      if (ImGui::Selectable(text(order[i]).c_str(), current) && !current) {
        value = order[i];
        changed = true;
      }
      if (current) ImGui::SetItemDefaultFocus();
    }
    ImGui::EndCombo();
  }
  return changed;
}

const When kWhenOrder[] = {When::Now, When::Next, When::Later, When::NotSet};
const Status kStatusOrder[] = {Status::Idea, Status::Agreed, Status::InProgress, Status::Done, Status::Paused};
const Involvement kLadder[] = {Involvement::Inform, Involvement::Consult, Involvement::Involve,
                               Involvement::CoDesign, Involvement::CoProduce, Involvement::NotSet};

void LeadCell(PanelContext& context, const Action& a) {
  float box = ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x +
              ImGui::CalcTextSize(ICON_HEART "  Lived experience").x;
  TextFieldOptions options;
  options.width = std::max(Px(80), ImGui::GetContentRegionAvail().x - box - ImGui::GetStyle().ItemSpacing.x);
  options.hint = "No lead yet";
  std::optional<std::string> typing;
  options.typing = &typing;
  if (auto lead = TextField("##lead", a.lead, options)) {
    Action edited = a;
    edited.lead = *lead;
    PushEdit(context, edited);
  } else if (typing) {
    Action edited = a;
    edited.lead = *typing;
    PushDraft(context, TypedEdit(a, edited, &Command::actions));
  }
  ImGui::SameLine();
  bool lived = a.lead_has_lived_experience;
  if (ImGui::Checkbox(ICON_HEART "  Lived experience", &lived)) {
    Action edited = a;
    edited.lead_has_lived_experience = lived;
    PushEdit(context, edited);
  }
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("The lead draws on care and support, or has done");
}

void ChoiceCells(PanelContext& context, const Action& a) {
  Action edited = a;
  ImGui::TableSetColumnIndex(kWhen);
  if (EnumCombo("##when", edited.when, kWhenOrder, 4, WhenLabel)) PushEdit(context, edited);
  ImGui::TableSetColumnIndex(kStatus);
  if (EnumCombo("##status", edited.status, kStatusOrder, 5, StatusLabel, StatusIcon)) PushEdit(context, edited);
  ImGui::TableSetColumnIndex(kInvolvement);
  if (EnumCombo("##involvement", edited.involvement, kLadder, 6, InvolvementLabel)) PushEdit(context, edited);
}

void ChangeCells(PanelContext& context, const Action& a, const std::vector<const Change*>& changes) {
  for (std::size_t j = 0; j < changes.size(); ++j) {
    if (!ImGui::TableSetColumnIndex(kFirstChange + static_cast<int>(j))) continue;
    const Change& change = *changes[j];
    bool linked = std::find(a.changes.begin(), a.changes.end(), change.id) != a.changes.end();
    ImGui::PushID(static_cast<int>(j));
    if (ImGui::Checkbox("##serves", &linked)) {
      Push(context, linked ? LinkActionToChange(context.plan, a.id, change.id)
                           : UnlinkActionFromChange(context.plan, a.id, change.id));
    }
    if (ImGui::IsItemHovered())
      ImGui::SetTooltip("%s %s", linked ? "Serves" : "Does not serve", change.title.c_str());
    ImGui::PopID();
  }
}

void DrawRow(PanelContext& context, const Action& a, const std::vector<const Change*>& changes, float height) {
  ImGui::TableNextRow(0, height);
  ImGui::PushID(a.id.text.c_str());
  ImGui::TableSetColumnIndex(kTitle);
  TextFieldOptions title_options;
  title_options.hint = "Untitled action";
  std::optional<std::string> typing;
  title_options.typing = &typing;
  if (auto title = TextField("##title", a.title, title_options)) {
    Action edited = a;
    edited.title = *title;
    PushEdit(context, edited);
  } else if (typing) {
    Action edited = a;
    edited.title = *typing;
    PushDraft(context, TypedEdit(a, edited, &Command::actions));
  }
  ImGui::TableSetColumnIndex(kShow);
  if (ImGui::Button(ICON_EYE "  Show")) context.show_request = Selection{{a.id}};
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("Show this action on the canvas");
  ImGui::TableSetColumnIndex(kLead);
  LeadCell(context, a);
  ChoiceCells(context, a);
  ImGui::TableSetColumnIndex(kDue);
  float sign = ImGui::CalcTextSize(ICON_WARNING).x + ImGui::GetStyle().ItemInnerSpacing.x;
  if (auto due = DateField("##due", a.due_date, "No date", ImGui::GetContentRegionAvail().x - sign, true)) {
    Action edited = a;
    edited.due_date = *due;
    PushEdit(context, edited);
  }
  ChangeCells(context, a, changes);
  ImGui::PopID();
}

void SetupColumns(const std::vector<const Change*>& changes) {
  auto sortable = [](const char* name, float width, TableColumn id) {
    ImGui::TableSetupColumn(name, ImGuiTableColumnFlags_WidthFixed, Px(width), static_cast<ImGuiID>(id));
  };
  sortable("Action", 290, TableColumn::Title);
  ImGui::TableSetupColumn("Canvas", ImGuiTableColumnFlags_WidthFixed | ImGuiTableColumnFlags_NoSort, Px(84));
  sortable("Lead", 300, TableColumn::Lead);
  sortable("When", 120, TableColumn::When);
  sortable("Status", 150, TableColumn::Status);
  sortable("Involvement", 140, TableColumn::Involvement);
  sortable("Due date", 110, TableColumn::DueDate);
  for (const Change* c : changes)
    ImGui::TableSetupColumn(c->title.c_str(), ImGuiTableColumnFlags_WidthFixed | ImGuiTableColumnFlags_NoSort, Px(112));
  ImGui::TableSetupScrollFreeze(2, 1);
}

// Column titles: the sortable ones as headers that sort when clicked, the changes' long titles
// wrapped onto several lines.
void DrawHeaderRow(int columns) {
  ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
  for (int c = 0; c < columns; ++c) {
    if (!ImGui::TableSetColumnIndex(c)) continue;
    const char* name = ImGui::TableGetColumnName(c);
    if (c < kFirstChange) {
      ImGui::TableHeader(name);
      continue;
    }
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + ImGui::GetContentRegionAvail().x);
    ImGui::TextUnformatted(name);
    ImGui::PopTextWrapPos();
  }
}

void UpdateRows(const Plan& plan, TableState& state, const std::vector<char>* matches) {
  if (ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs(); specs && specs->SpecsDirty) {
    state.sort_column = specs->SpecsCount > 0 ? static_cast<int>(specs->Specs[0].ColumnUserID) : -1;
    state.sort_descending = specs->SpecsCount > 0 && specs->Specs[0].SortDirection == ImGuiSortDirection_Descending;
    specs->SpecsDirty = false;
  }
  std::uint64_t signature = ActionsSignature(plan);
  const std::vector<char> no_filter;
  const std::vector<char>& wanted = matches ? *matches : no_filter;
  if (state.rows_plan == signature && state.rows_matches == wanted && state.rows_column == state.sort_column &&
      state.rows_descending == state.sort_descending)
    return;
  state.rows = SortedActionRows(plan, matches, state.sort_column, state.sort_descending);
  state.rows_plan = signature;
  state.rows_matches = wanted;
  state.rows_column = state.sort_column;
  state.rows_descending = state.sort_descending;
}

void DrawSummary(const Plan& plan, const TableState& state, const std::vector<char>* matches) {
  std::size_t live = LiveActions(plan).size();
  if (live == 0) {
    ImGui::TextUnformatted("No actions yet. Add actions on the canvas and they will show here.");
  } else if (matches && state.rows.empty()) {
    ImGui::TextUnformatted("No actions match what you are looking for. Try other words, or clear the filters.");
  } else if (matches) {
    ImGui::Text("%zu of %s match what you are looking for.", state.rows.size(),
                CountNoun(live, "action", "actions").c_str());
  } else {
    ImGui::Text("%s. Click a title or a lead to change it; tick a box to link an action to a change. "
                "Ctrl+F finds and filters.", CountNoun(live, "action", "actions").c_str());
  }
}

}  // namespace

void DrawActionTable(PanelContext& context, TableState& state, const std::vector<char>* matches) {
  const Plan& plan = context.plan;
  std::vector<const Change*> changes = LiveChanges(plan);
  ImGui::BeginChild("Action table", ImVec2(0, 0), ImGuiChildFlags_AlwaysUseWindowPadding);
  ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 1.0f);  // tick boxes and choices need an edge
  // Sorting is read inside the table below; the summary uses last frame's rows until then.
  DrawSummary(plan, state, matches);
  int columns = kFirstChange + static_cast<int>(changes.size());
  ImGuiTableFlags flags = ImGuiTableFlags_Sortable | ImGuiTableFlags_SortTristate | ImGuiTableFlags_ScrollX |
                          ImGuiTableFlags_ScrollY | ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersOuter |
                          ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_Resizable | ImGuiTableFlags_NoBordersInBodyUntilResize |
                          ImGuiTableFlags_SizingFixedFit;
  if (ImGui::BeginTable("actions", columns, flags)) {
    SetupColumns(changes);
    DrawHeaderRow(columns);
    UpdateRows(plan, state, matches);
    float height = ImGui::GetFrameHeight() + ImGui::GetStyle().CellPadding.y * 2;
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(state.rows.size()), height);
    while (clipper.Step())
      for (int r = clipper.DisplayStart; r < clipper.DisplayEnd; ++r)
        DrawRow(context, plan.actions[state.rows[static_cast<std::size_t>(r)]], changes, height);
    ImGui::EndTable();
  }
  ImGui::PopStyleVar();
  ImGui::EndChild();
}

}  // namespace coplan::ui
