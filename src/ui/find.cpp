// The find bar: a search box, filters, how many actions match, and the list of them. Choosing
// one shows it on the canvas.
#include "ui/find.h"

#include <algorithm>
#include <set>

#include "imgui.h"
#include "model/queries.h"
#include "ui/labels.h"
#include "ui/text_field.h"
#include "ui/theme.h"

namespace coplan::ui {
namespace {

constexpr int kResultRowsShown = 5;

// Wide enough for `preview`, within limits.
float ComboWidth(const std::string& preview) {
  float room = ImGui::CalcTextSize(preview.c_str()).x + ImGui::GetFrameHeight() + ImGui::GetStyle().FramePadding.x * 3;
  float unit = ImGui::GetFontSize() / 17.0f;
  return std::clamp(room, 150 * unit, 300 * unit);
}

// A combo of choices. `labels[0]` means "any"; returns the index chosen this frame, or -1.
int ChoiceCombo(const char* id, const std::string& preview, const std::vector<std::string>& labels, int current) {
  int chosen = -1;
  float width = ComboWidth(preview);
  ImGui::SameLine();
  if (ImGui::GetContentRegionAvail().x < width) ImGui::NewLine();
  ImGui::SetNextItemWidth(width);
  if (ImGui::BeginCombo(id, preview.c_str(), ImGuiComboFlags_HeightLarge)) {
    for (int i = 0; i < static_cast<int>(labels.size()); ++i) {
      ImGui::PushID(i);
      if (ImGui::Selectable(labels[static_cast<std::size_t>(i)].c_str(), i == current)) chosen = i;
      if (i == current) ImGui::SetItemDefaultFocus();
      ImGui::PopID();
    }
    ImGui::EndCombo();
  }
  return chosen;
}

template <class E>
void EnumFilter(const char* id, const char* name, const char* any, std::optional<E>& value, int count,
                const char* (*label)(E), const char* (*icon)(E) = nullptr) {
  std::vector<std::string> labels{any};
  for (int i = 0; i < count; ++i)
    labels.push_back((icon ? std::string(icon(static_cast<E>(i))) + "  " : std::string()) + label(static_cast<E>(i)));
  int current = value ? static_cast<int>(*value) + 1 : 0;
  std::string preview = std::string(name) + ": " + labels[static_cast<std::size_t>(current)];
  int chosen = ChoiceCombo(id, preview, labels, current);
  if (chosen == 0) value.reset();
  if (chosen > 0) value = static_cast<E>(chosen - 1);
}

void ChangeFilter(const Plan& plan, FindQuery& query) {
  std::vector<const Change*> changes = LiveChanges(plan);
  std::vector<std::string> labels{"Any change"};
  int current = 0;
  for (std::size_t i = 0; i < changes.size(); ++i) {
    labels.push_back(changes[i]->title.empty() ? "Untitled change" : changes[i]->title);
    if (query.change && *query.change == changes[i]->id) current = static_cast<int>(i) + 1;
  }
  int chosen = ChoiceCombo("##change", "Change: " + labels[static_cast<std::size_t>(current)], labels, current);
  if (chosen == 0) query.change.reset();
  if (chosen > 0) query.change = changes[static_cast<std::size_t>(chosen - 1)]->id;
}

// A filter over words people wrote (leads, tags): the plan's own words, sorted, as choices.
void WordFilter(const char* id, const char* name, const char* any, const char* none,
                const std::vector<std::string>& words, std::string& value) {
  std::vector<std::string> labels{any};
  labels.insert(labels.end(), words.begin(), words.end());
  int current = 0;
  for (std::size_t i = 1; i < labels.size(); ++i)
    if (labels[i] == value) current = static_cast<int>(i);
  std::string preview = std::string(name) + ": " + (value.empty() ? any : value.c_str());
  ImGui::BeginDisabled(words.empty() && value.empty());
  int chosen = ChoiceCombo(id, words.empty() && value.empty() ? std::string(none) : preview, labels, current);
  ImGui::EndDisabled();
  if (chosen == 0) value.clear();
  if (chosen > 0) value = labels[static_cast<std::size_t>(chosen)];
}

void LivedExperienceFilter(FindQuery& query) {
  const std::vector<std::string> labels{"Any lead", "Lead has lived experience",
                                        "Lead does not have lived experience"};
  int current = !query.lived_experience ? 0 : *query.lived_experience ? 1 : 2;
  const char* previews[] = {"Lived experience: any", ICON_HEART "  Lead has lived experience",
                            "Lead without lived experience"};
  int chosen = ChoiceCombo("##lived", previews[current], labels, current);
  if (chosen == 0) query.lived_experience.reset();
  if (chosen > 0) query.lived_experience = chosen == 1;
}

// The leads and tags people wrote, as choices for the filters; found again only when the plan changes.
void UpdateWords(const Plan& plan, std::uint64_t signature, FindState& state) {
  if (state.words_plan == signature && state.searched_once) return;
  std::set<std::string> leads, tags;
  for (const Action* a : LiveActions(plan)) {
    if (!a->lead.empty()) leads.insert(a->lead);
    for (const auto& t : a->tags)
      if (!t.empty()) tags.insert(t);
  }
  state.leads.assign(leads.begin(), leads.end());
  state.tags.assign(tags.begin(), tags.end());
  state.words_plan = signature;
}

void DrawFilters(const Plan& plan, FindState& state) {
  FindQuery& query = state.query;
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(ICON_FILTER "  Only show");
  ChangeFilter(plan, query);
  EnumFilter<Status>("##status", "Status", "Any status", query.status, kStatusCount, StatusLabel, StatusIcon);
  EnumFilter<When>("##when", "When", "Any time", query.when, 4, WhenLabel);
  WordFilter("##lead", "Lead", "Anyone", "No leads yet", state.leads, query.lead);
  LivedExperienceFilter(query);
  WordFilter("##tag", "Tag", "Any tag", "No tags yet", state.tags, query.tag);
}

std::string ResultText(const Plan& plan, const Action& a) {
  std::string text = a.title.empty() ? "Untitled action" : a.title;
  if (!a.changes.empty())
    if (const Change* c = FindChange(plan, a.changes.front())) text += "   in " + c->title;
  text += "   " ICON_USER "  " + (a.lead.empty() ? std::string("No lead yet") : a.lead);
  text += "   " + std::string(StatusIcon(a.status)) + "  " + StatusLabel(a.status);
  return text;
}

std::string NoteResultText(const Note& n) {
  std::string text = n.text.substr(0, n.text.find('\n'));
  return std::string(ICON_NOTE "  Note: ") + (text.empty() ? "Empty note" : text);
}

// Matching actions, then matching notes (`note_hits`, after the actions in the list).
void DrawResults(PanelContext& context, const std::vector<std::size_t>& hits, const std::vector<std::size_t>& note_hits) {
  const Plan& plan = context.plan;
  float row = ImGui::GetFrameHeight();
  float spacing = ImGui::GetStyle().ItemSpacing.y;
  float shown = static_cast<float>(std::min<std::size_t>(kResultRowsShown, hits.size() + note_hits.size()));
  float height = shown * row + (shown - 1) * spacing + ImGui::GetStyle().WindowPadding.y * 2;
  ImGui::BeginChild("Results", ImVec2(0, height), ImGuiChildFlags_Border);
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(hits.size() + note_hits.size()), row + spacing);
  while (clipper.Step()) {
    for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
      ImGui::PushID(i);
      if (static_cast<std::size_t>(i) >= hits.size()) {
        const Note& n = plan.notes[note_hits[static_cast<std::size_t>(i) - hits.size()]];
        if (ImGui::Selectable(NoteResultText(n).c_str(), false, 0, ImVec2(0, row))) {
          Selection one;
          one.notes.push_back(n.id);
          context.show_request = one;
        }
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("Show this note on the canvas");
        ImGui::PopID();
        continue;
      }
      const Action& a = plan.actions[hits[static_cast<std::size_t>(i)]];
      if (ImGui::Selectable(ResultText(plan, a).c_str(), false, 0, ImVec2(0, row)))
        context.show_request = Selection{{a.id}};
      if (ImGui::IsItemHovered()) ImGui::SetTooltip("Show this action on the canvas");
      ImGui::PopID();
    }
  }
  ImGui::EndChild();
}

void UpdateMatches(const Plan& plan, std::uint64_t signature, FindState& state, std::vector<char>& matches,
                   std::vector<char>* note_matches) {
  std::uint64_t notes = note_matches ? NotesSignature(plan) : 0;
  bool fresh = state.searched_once && state.searched == state.query && state.searched_plan == signature &&
               state.searched_notes == notes && matches.size() == plan.actions.size() &&
               (!note_matches || note_matches->size() == plan.notes.size());
  if (fresh) return;
  matches = MatchActions(plan, state.query);
  if (note_matches) *note_matches = MatchNotes(plan, state.query);
  state.searched_notes = notes;
  state.searched = state.query;
  state.searched_plan = signature;
  state.searched_once = true;
}

void DrawSearchRow(FindState& state, std::size_t count, std::size_t notes, bool& close) {
  FindQuery& query = state.query;
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(ICON_SEARCH "  Find");
  ImGui::SameLine();
  TextFieldOptions options;
  options.width = 360 * ImGui::GetFontSize() / 17.0f;
  options.hint = "Type words, then press Enter";
  options.focus_now = state.focus_pending;
  if (state.focus_pending) ImGui::SetWindowFocus();
  state.focus_pending = false;
  if (auto text = TextField("##Find words", query.text, options)) query.text = *text;
  ImGui::SameLine();
  ImGui::AlignTextToFramePadding();
  if (query.Active())
    ImGui::TextUnformatted(MatchCountText(count, notes).c_str());
  else
    ImGui::TextDisabled("Type words or choose a filter");
  if (query.Active()) {
    ImGui::SameLine();
    if (ImGui::Button(ICON_CLOSE "  Clear")) query = {};
  }
  ImGui::SameLine();
  float close_width = ImGui::CalcTextSize(ICON_CLOSE "  Close find").x + ImGui::GetStyle().FramePadding.x * 2;
  ImGui::SetCursorPosX(std::max(ImGui::GetCursorPosX(), ImGui::GetContentRegionMax().x - close_width));
  if (ImGui::Button(ICON_CLOSE "  Close find")) close = true;
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("Close the find bar (Escape)");
}

}  // namespace

void DrawFindBar(PanelContext& context, FindState& state, std::vector<char>& matches, std::vector<char>* note_matches) {
  const Plan& plan = context.plan;
  bool was_editing = TextEditing();
  std::uint64_t signature = ActionsSignature(plan);
  DropMissingFilters(plan, state.query);
  UpdateWords(plan, signature, state);
  UpdateMatches(plan, signature, state, matches, note_matches);
  std::vector<std::size_t> hits, note_hits;
  for (std::size_t i = 0; i < matches.size(); ++i)
    if (matches[i]) hits.push_back(i);
  if (note_matches)
    for (std::size_t i = 0; i < note_matches->size(); ++i)
      if ((*note_matches)[i]) note_hits.push_back(i);

  ImGui::PushID("Find and filter");
  ImGui::BeginChild("bar", ImVec2(0, 0), ImGuiChildFlags_AutoResizeY | ImGuiChildFlags_AlwaysUseWindowPadding);
  ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 1.0f);  // choices need a visible edge
  bool close = false;
  DrawSearchRow(state, hits.size(), note_hits.size(), close);
  DrawFilters(plan, state);
  if (state.query.Active() && hits.size() + note_hits.size() > 0) DrawResults(context, hits, note_hits);
  bool focused = ImGui::IsWindowFocused(ImGuiFocusedFlags_ChildWindows);
  ImGui::PopStyleVar();
  ImGui::EndChild();
  ImGui::PopID();
  ImGui::Separator();

  // ImGui's own Escape moves the keyboard from the bar to the window around it before we get
  // here, so having had the keyboard last frame counts too.
  bool had_keyboard = focused || state.had_keyboard;
  state.had_keyboard = focused;
  if (had_keyboard && !was_editing && !TextEditing() && ImGui::IsKeyPressed(ImGuiKey_Escape, false)) close = true;
  if (close) state.open = false;
  // A filter chosen this frame counts at once, not a frame late.
  UpdateMatches(plan, signature, state, matches, note_matches);
}

}  // namespace coplan::ui
