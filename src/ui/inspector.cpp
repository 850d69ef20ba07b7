#include "ui/inspector.h"

#include <cctype>
#include <functional>

#include "imgui.h"
#include "model/queries.h"
#include "ui/labels.h"
#include "ui/date_field.h"
#include "ui/text_field.h"

namespace coplan::ui {
namespace {

std::string Joined(const std::vector<std::string>& items, const char* separator) {
  std::string out;
  for (const std::string& s : items) out += (out.empty() ? "" : separator) + s;
  return out;
}

std::vector<std::string> Split(const std::string& text, char separator) {
  std::vector<std::string> out;
  std::string item;
  auto flush = [&] {
    std::size_t a = item.find_first_not_of(" \t\r"), b = item.find_last_not_of(" \t\r");
    if (a != std::string::npos) out.push_back(item.substr(a, b - a + 1));
    item.clear();
  };
  for (char c : text) {
    if (c == separator) flush();
    else item += c;
  }
  flush();
  return out;
}

void Heading(const PanelContext& ctx, const char* text) {
  ImGui::Spacing();
  ImGui::PushFont(ctx.fonts.Bold());
  ImGui::TextUnformatted(text);
  ImGui::PopFont();
}

// A checkbox whose words wrap onto more lines when they do not fit (ImGui's keep to one line);
// clicking the words ticks it too.
bool Checkbox(const char* label, bool* value) {
  const ImGuiStyle& style = ImGui::GetStyle();
  float width = ImGui::GetFrameHeight() + style.ItemInnerSpacing.x + ImGui::CalcTextSize(label).x;
  if (width <= ImGui::GetContentRegionAvail().x) return ImGui::Checkbox(label, value);
  ImGui::PushID(label);
  bool changed = ImGui::Checkbox("##tick", value);
  ImGui::SameLine(0, style.ItemInnerSpacing.x);
  ImGui::TextWrapped("%s", label);
  if (ImGui::IsItemClicked()) *value = !*value, changed = true;
  ImGui::PopID();
  return changed;
}

template <class Enum>
bool Choice(const char* label, Enum& value, std::initializer_list<Enum> options, const char* (*name)(Enum)) {
  bool changed = false;
  ImGui::TextWrapped("%s", label);
  ImGui::PushID(label);
  // Options share a line while they fit and wrap onto the next one when they do not.
  const ImGuiStyle& style = ImGui::GetStyle();
  float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
  bool first = true;
  for (Enum option : options) {
    float width = ImGui::GetFrameHeight() + style.ItemInnerSpacing.x + ImGui::CalcTextSize(name(option)).x;
    if (!first && ImGui::GetItemRectMax().x + style.ItemSpacing.x + width <= right) ImGui::SameLine();
    first = false;
    if (ImGui::RadioButton(name(option), value == option)) value = option, changed = true;
  }
  ImGui::PopID();
  return changed;
}

// The field being typed in, and what it holds so far (see PanelContext::drafts).
struct Typing {
  std::string* field = nullptr;
  std::string text;
};

void Text(const char* label, std::string& field, bool& changed, Typing& typing, TextKind kind = TextKind::Line,
          const char* hint = "") {
  TextFieldOptions o;
  o.kind = kind;
  o.hint = hint;
  std::optional<std::string> typed;
  o.typing = &typed;
  if (auto v = TextField(label, field, o)) field = *v, changed = true;
  else if (typed) typing = {&field, *typed};
}

// `item` with what is being typed in its field, as finishing the typing would make it.
template <class T>
T WithTyping(const T& item, const Typing& typing, const std::function<void(T&)>& settle) {
  std::string kept = *typing.field;
  *typing.field = typing.text;
  T typed = item;
  settle(typed);
  *typing.field = kept;
  return typed;
}

void Serves(PanelContext& ctx, Action& a, bool& changed) {
  Heading(ctx, "Serves these changes");
  for (const Change& c : ctx.plan.changes) {
    if (c.meta.deleted) continue;
    bool on = std::find(a.changes.begin(), a.changes.end(), c.id) != a.changes.end();
    if (Checkbox(c.title.c_str(), &on)) {
      if (on) a.changes.push_back(c.id);
      else a.changes.erase(std::remove(a.changes.begin(), a.changes.end(), c.id), a.changes.end());
      changed = true;
    }
  }
  Heading(ctx, "Serves these parts of the vision");
  for (const VisionPart& v : ctx.plan.vision.parts) {
    if (v.meta.deleted) continue;
    bool on = std::find(a.vision_parts.begin(), a.vision_parts.end(), v.id) != a.vision_parts.end();
    if (Checkbox(v.text.c_str(), &on)) {
      if (on) a.vision_parts.push_back(v.id);
      else a.vision_parts.erase(std::remove(a.vision_parts.begin(), a.vision_parts.end(), v.id), a.vision_parts.end());
      changed = true;
    }
  }
}

void Links(PanelContext& ctx, CanvasState& canvas, const Action& a) {
  Heading(ctx, "Links to other actions");
  int shown = 0;
  for (const Link& l : ctx.plan.links) {
    if (l.meta.deleted || (l.from != a.id && l.to != a.id)) continue;
    const Action* other = FindAction(ctx.plan, l.from == a.id ? l.to : l.from);
    if (!other) continue;
    ImGui::PushID(l.id.text.c_str());
    const char* how = l.kind == LinkKind::DependsOn ? (l.from == a.id ? "Depends on" : "Needed by")
                                                    : (l.from == a.id ? "Supports" : "Supported by");
    ImGui::AlignTextToFramePadding();
    ImGui::Bullet();
    ImGui::SameLine();
    ImGui::TextWrapped("%s: %s", how, other->title.c_str());
    // A full-size button (24 px or more), beside the words when it fits, else under them.
    const char* remove = ICON_CLOSE "  Remove";
    float width = ImGui::CalcTextSize(remove).x + ImGui::GetStyle().FramePadding.x * 2;
    float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
    if (ImGui::GetItemRectMax().x + ImGui::GetStyle().ItemSpacing.x + width <= right) ImGui::SameLine();
    if (ImGui::Button(remove)) {
      Selection one;
      one.links.push_back(l.id);
      ctx.commands.push_back(DeleteItems(ctx.plan, one));
    }
    ImGui::PopID();
    ++shown;
  }
  if (shown == 0) ImGui::TextDisabled("No links yet.");
  if (ImGui::Button(ICON_LINK "  Link to another action")) canvas.link_from = a.id, canvas.link_pick = true;
}

void ActionDetails(PanelContext& ctx, CanvasState& canvas, const Action& original) {
  Action a = original;
  bool changed = false;
  Typing typing;
  std::string involved = Joined(a.involved, ", "), know = Joined(a.how_we_will_know, "\n"), tags = Joined(a.tags, ", ");
  Text("What will happen", a.title, changed, typing, TextKind::Line, "A short title");
  Text("More about it", a.description, changed, typing, TextKind::Paragraph);
  Heading(ctx, "Who");
  Text("Who leads it", a.lead, changed, typing, TextKind::Line, "A name or nickname");
  changed |= Checkbox("The lead has lived experience of drawing on care", &a.lead_has_lived_experience);
  Text("Who else is involved (separate with commas)", involved, changed, typing);
  changed |= Choice("How much people who draw on care are involved", a.involvement,
                    {Involvement::NotSet, Involvement::Inform, Involvement::Consult, Involvement::Involve,
                     Involvement::CoDesign, Involvement::CoProduce}, InvolvementLabel);
  Heading(ctx, "When and how far along");
  changed |= Choice("When", a.when, {When::NotSet, When::Now, When::Next, When::Later}, WhenLabel);
  if (auto start = DateField("Start date", a.start_date, "e.g. 1 Mar 2027")) a.start_date = *start, changed = true;
  if (auto due = DateField("Due date", a.due_date, "e.g. 30 Jun 2027")) a.due_date = *due, changed = true;
  changed |= Choice("Status", a.status, {Status::Idea, Status::Agreed, Status::InProgress, Status::Done, Status::Paused},
                    StatusLabel);
  Serves(ctx, a, changed);
  Heading(ctx, "What it needs");
  Text("Money", a.needs.money, changed, typing);
  Text("Time", a.needs.time, changed, typing);
  Text("People", a.needs.people, changed, typing);
  Text("Places", a.needs.places, changed, typing);
  Heading(ctx, "How we will know it worked");
  Text("In the words of people who draw on care, one on each line", know, changed, typing, TextKind::Paragraph);
  Heading(ctx, "Notes and tags");
  Text("Notes", a.notes, changed, typing, TextKind::Paragraph);
  Text("Tags (separate with commas)", tags, changed, typing);
  std::function<void(Action&)> lists = [&](Action& x) {
    x.involved = Split(involved, ',');
    x.how_we_will_know = Split(know, '\n');
    x.tags = Split(tags, ',');
  };
  lists(a);
  if (changed) ctx.commands.push_back(EditAction(ctx.plan, a));
  if (typing.field) PushDraft(ctx, TypedEdit(a, WithTyping(a, typing, lists), &Command::actions));
  Links(ctx, canvas, original);
  ImGui::Spacing();
  if (ImGui::Button(ICON_CLONE "  Duplicate")) ctx.commands.push_back(DuplicateActions(ctx.plan, ctx.ids, {a.id}, {30, 30}));
  ImGui::SameLine();
  if (ImGui::Button(ICON_TRASH "  Delete")) {
    ctx.commands.push_back(DeleteItems(ctx.plan, ctx.selection));
    ctx.selection = {};
  }
}

void NoteDetails(PanelContext& ctx, const Note& original) {
  Note n = original;
  bool changed = Choice("Kind of note", n.kind, {NoteKind::Idea, NoteKind::Question, NoteKind::Example}, NoteKindLabel);
  Typing typing;
  Text("Note", n.text, changed, typing, TextKind::Paragraph);
  if (changed) ctx.commands.push_back(EditNote(ctx.plan, n));
  if (typing.field) PushDraft(ctx, TypedEdit(n, WithTyping<Note>(n, typing, [](Note&) {}), &Command::notes));
  if (ImGui::Button(ICON_TRASH "  Delete note")) {
    ctx.commands.push_back(DeleteItems(ctx.plan, ctx.selection));
    ctx.selection = {};
  }
}

}  // namespace

bool InspectorHasSubject(const PanelContext& ctx) {
  const Selection& s = ctx.selection;
  return s.actions.size() + s.notes.size() == 1;
}

void DrawInspector(PanelContext& ctx, CanvasState& canvas) {
  if (!InspectorHasSubject(ctx)) return;  // the canvas may have changed the selection this frame
  const Selection& s = ctx.selection;
  const char* heading = s.actions.size() == 1 ? "Action" : "Note";
  ImGui::PushFont(ctx.fonts.Large(heading));
  ImGui::TextUnformatted(heading);
  ImGui::PopFont();
  ImGui::PushID(s.actions.size() == 1 ? s.actions.front().text.c_str() : s.notes.front().text.c_str());
  if (s.actions.size() == 1) {
    if (const Action* a = FindAction(ctx.plan, s.actions.front()); a && !a->meta.deleted) ActionDetails(ctx, canvas, *a);
  } else if (const Note* n = FindNote(ctx.plan, s.notes.front()); n && !n->meta.deleted) {
    NoteDetails(ctx, *n);
  }
  ImGui::PopID();
}

}  // namespace coplan::ui
