#include "ui/merge_review.h"

#include <algorithm>
#include <cfloat>

#include "imgui.h"
#include "model/commands.h"
#include "model/fields.h"
#include "ui/fonts.h"
#include "ui/text_field.h"

namespace coplan::ui {
namespace {

std::size_t Count(int n) { return static_cast<std::size_t>(std::max(n, 0)); }

// What comes in from their copy without a question, in plain words.
std::string Summary(const MergeReviewState& s) {
  const MergeStats& stats = s.result.stats;
  std::vector<std::string> parts;
  if (stats.actions_from_theirs > 0) parts.push_back(CountNoun(Count(stats.actions_from_theirs), "new action", "new actions"));
  int others = stats.items_from_theirs - stats.actions_from_theirs;
  if (others > 0) parts.push_back(CountNoun(Count(others), "other new item (a note, link or person)", "other new items (notes, links or people)"));
  int changed = stats.fields_from_theirs - stats.deleted_from_theirs;
  if (changed > 0) parts.push_back(CountNoun(Count(changed), "changed detail", "changed details"));
  if (stats.deleted_from_theirs > 0) parts.push_back(CountNoun(Count(stats.deleted_from_theirs), "deletion", "deletions"));
  if (parts.empty())
    return s.result.conflicts.empty() ? "Their copy has nothing that this plan does not have already."
                                      : "Their copy brings nothing new apart from what is below.";
  std::string text = "Coming in from their copy: ";
  for (std::size_t i = 0; i < parts.size(); ++i)
    text += (i == 0 ? "" : i + 1 == parts.size() ? " and " : ", ") + parts[i];
  return text + ".";
}

// Ids in a value ("changes", "vision_parts", a link's ends) as the titles people know.
std::string Readable(const Plan& plan, const std::string& text) {
  auto title_of = [&plan](const std::string& id) -> std::string {
    for (const Change& c : plan.changes)
      if (c.id.text == id) return c.title;
    for (const VisionPart& p : plan.vision.parts)
      if (p.id.text == id) return p.text;
    for (const Action& a : plan.actions)
      if (a.id.text == id) return a.title;
    return id;
  };
  if (text.empty()) return "(empty)";
  std::string out;
  for (std::size_t at = 0; at <= text.size();) {
    std::size_t end = std::min(text.find("; ", at), text.size());
    out += (out.empty() ? "" : "; ") + title_of(text.substr(at, end - at));
    at = end + 2;
  }
  return out;
}

// One side of a conflict: who, when, and the value.
std::string SideWords(const MergeReviewState& s, std::size_t i, Side side) {
  const Conflict& c = s.result.conflicts[i];
  bool ours = side == Side::Ours;
  const std::string& when = ours ? s.ours_when[i] : s.theirs_when[i];
  std::string edited = when.empty() ? "" : "edited " + when;
  std::string who = ours ? "Your copy" + (edited.empty() ? "" : " (" + edited + ")")
                         : "Their copy (" + s.their_name + (edited.empty() ? "" : ", " + edited) + ")";
  const std::string& value = ours ? c.ours_text : c.theirs_text;
  if (c.kind == Conflict::Kind::DeletedAndChanged) return who + ": " + (value == "deleted" ? "deleted it" : value);
  return who + ": " + FieldWords(c) + " = " + Readable(s.result.merged, value);
}

// A button that shows when it is the choice made: a tick and "(chosen)", not colour alone.
bool ChoiceButton(const char* label, bool chosen) {
  std::string text = chosen ? std::string(ICON_CHECK "  ") + label + " (chosen)" : std::string(label);
  if (chosen) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetColorU32(ImGuiCol_HeaderActive));
  bool pressed = ImGui::Button((text + "###" + label).c_str());
  if (chosen) ImGui::PopStyleColor();
  return pressed;
}

void DrawValueField(MergeReviewState& s, std::size_t i) {
  const Conflict& c = s.result.conflicts[i];
  std::string start = s.typed[i] ? *s.typed[i] : c.chosen == Side::Ours ? c.ours_text : c.theirs_text;
  TextFieldOptions options;
  options.focus_now = true;
  bool finished = false;
  options.finished = &finished;
  std::string label = "Type the " + FieldWords(c) + " to keep";
  if (auto value = TextField(label.c_str(), start, options)) {
    s.typed[i] = *value;
    s.decided[i] = true;
  }
  if (finished) s.editing = -1;
}

void DrawConflict(MergeReviewState& s, std::size_t i) {
  Conflict& c = s.result.conflicts[i];
  ImGui::PushID(static_cast<int>(i));
  std::string what = c.kind == Conflict::Kind::DeletedAndChanged ? ": deleted in one copy, changed in the other"
                                                                  : ": " + FieldWords(c);
  ImGui::TextWrapped("%s", (std::to_string(i + 1) + ". " + ItemWords(c) + what).c_str());
  ImGui::Indent();
  ImGui::TextWrapped("%s", SideWords(s, i, Side::Ours).c_str());
  ImGui::TextWrapped("%s", SideWords(s, i, Side::Theirs).c_str());
  bool typed = s.typed[i].has_value();
  for (Side side : {Side::Ours, Side::Theirs}) {
    if (side == Side::Theirs) ImGui::SameLine();
    if (ChoiceButton(side == Side::Ours ? "Keep mine" : "Keep theirs", !typed && c.chosen == side)) {
      c.chosen = side;
      s.typed[i].reset();
      s.decided[i] = true;
    }
    if (s.focus_first) {
      ImGui::SetItemDefaultFocus();
      s.focus_first = false;
    }
  }
  if (CanTypeValue(c)) {
    ImGui::SameLine();
    if (ChoiceButton("Edit", typed)) s.editing = static_cast<int>(i);
  }
  if (s.editing == static_cast<int>(i)) DrawValueField(s, i);
  else if (typed) ImGui::TextWrapped("Your own words: %s = %s", FieldWords(c).c_str(), s.typed[i]->c_str());
  ImGui::Unindent();
  ImGui::PopID();
  ImGui::Separator();
}

void DrawConflicts(MergeReviewState& s) {
  std::size_t n = s.result.conflicts.size();
  ImGui::TextWrapped("%s", (CountNoun(n, "place where", "places where") + " both copies changed the same thing. "
                            "Choose what to keep in each:").c_str());
  ImGui::SetNextWindowSizeConstraints(ImVec2(0, 0), ImVec2(FLT_MAX, ImGui::GetMainViewport()->WorkSize.y * 0.5f));
  ImGui::BeginChild("##conflicts", ImVec2(0, 0), ImGuiChildFlags_Border | ImGuiChildFlags_AutoResizeY,
                    ImGuiWindowFlags_NavFlattened);
  for (std::size_t i = 0; i < n; ++i) DrawConflict(s, i);
  ImGui::EndChild();
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted("For the rest:");
  for (Side side : {Side::Ours, Side::Theirs}) {
    ImGui::SameLine();
    if (!ImGui::Button(side == Side::Ours ? "Keep all of mine" : "Keep all of theirs")) continue;
    for (std::size_t i = 0; i < n; ++i)
      if (!s.decided[i]) s.result.conflicts[i].chosen = side;
  }
}

// The last row: the way on (the keyboard's first stop when nothing else needs deciding), and Cancel.
ReviewAnswer Buttons(MergeReviewState& s, const char* go_label, ReviewAnswer go) {
  ReviewAnswer answer = ReviewAnswer::None;
  if (ImGui::Button(go_label)) answer = go;
  if (s.focus_first) {
    ImGui::SetItemDefaultFocus();
    s.focus_first = false;
  }
  ImGui::SameLine();
  if (ImGui::Button(ICON_CLOSE "  Cancel")) answer = ReviewAnswer::Cancel;
  return answer;
}

ReviewAnswer DrawRelated(MergeReviewState& s) {
  ImGui::TextUnformatted(("Merge “" + s.their_name + "” into this plan").c_str());
  ImGui::Separator();
  ImGui::TextWrapped("Nothing changes until you choose Merge. Undo takes the whole merge back in one step.");
  ImGui::TextWrapped("%s", Summary(s).c_str());
  if (!s.result.conflicts.empty()) DrawConflicts(s);
  else ImGui::TextWrapped("The two copies never changed the same thing, so there is nothing to decide.");
  return Buttons(s, ICON_CHECK "  Merge", ReviewAnswer::Merge);
}

ReviewAnswer DrawUnrelated(MergeReviewState& s) {
  ImGui::TextUnformatted(("“" + s.their_name + "” is a different plan").c_str());
  ImGui::Separator();
  ImGui::TextWrapped("It is not a copy of this plan: the two plans do not share a history, so they cannot be "
                     "merged. You can add its actions and notes to this plan as new ones instead. Nothing "
                     "changes until you choose.");
  return Buttons(s, ICON_PLUS "  Add its actions and notes as new ones", ReviewAnswer::AddAsNew);
}

}  // namespace

MergeReviewState StartReview(MergeResult result, std::string their_name, std::string (*when)(const std::string&)) {
  MergeReviewState s;
  s.their_name = std::move(their_name);
  for (const Conflict& c : result.conflicts) {
    s.ours_when.push_back(c.ours_at.empty() ? "" : when(c.ours_at));
    s.theirs_when.push_back(c.theirs_at.empty() ? "" : when(c.theirs_at));
  }
  s.typed.resize(result.conflicts.size());
  s.decided.resize(result.conflicts.size(), false);
  s.result = std::move(result);
  return s;
}

std::string ItemWords(const Conflict& c) {
  if (c.item_kind == "plan") return "The plan";
  std::string kind = c.item_kind;
  kind[0] = static_cast<char>(kind[0] - 'a' + 'A');
  if (c.label.empty()) return kind + " with no title";
  std::size_t cut = std::min<std::size_t>(c.label.size(), 60);
  while (cut < c.label.size() && cut > 0 && (static_cast<unsigned char>(c.label[cut]) & 0xC0) == 0x80) --cut;
  return kind + " “" + c.label.substr(0, cut) + (cut < c.label.size() ? "…" : "") + "”";
}

std::string FieldWords(const Conflict& c) {
  std::string words(FieldLabel(c.item_kind, c.field));
  std::replace(words.begin(), words.end(), '_', ' ');
  std::replace(words.begin(), words.end(), '.', ' ');
  return words;
}

ReviewAnswer DrawMergeReview(MergeReviewState& s) {
  ReviewAnswer answer = s.result.related ? DrawRelated(s) : DrawUnrelated(s);
  if (answer != ReviewAnswer::None || TextEditing() || s.editing >= 0) return answer;
  return ImGui::IsKeyPressed(ImGuiKey_Escape, false) ? ReviewAnswer::Cancel : answer;
}

std::vector<TypedValue> TypedValues(const MergeReviewState& s) {
  std::vector<TypedValue> typed;
  for (std::size_t i = 0; i < s.typed.size(); ++i)
    if (s.typed[i]) typed.push_back({s.result.conflicts[i], *s.typed[i]});
  return typed;
}

}  // namespace coplan::ui
