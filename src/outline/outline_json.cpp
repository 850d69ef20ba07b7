#include "outline/outline_json.h"

#include <cstdio>

#include "model/queries.h"
#include "model/words.h"

namespace coplan::outline {
namespace {

// A JSON string literal. Text in a plan is UTF-8 already (the reader checks it); control
// characters are escaped.
void Str(std::string& out, std::string_view text) {
  out += '"';
  for (char ch : text) {
    unsigned char c = static_cast<unsigned char>(ch);
    if (c == '"' || c == '\\') out += '\\', out += ch;
    else if (c == '\n') out += "\\n";
    else if (c < 0x20) {
      char buffer[8];
      std::snprintf(buffer, sizeof buffer, "\\u%04x", c);
      out += buffer;
    } else out += ch;
  }
  out += '"';
}

void Pair(std::string& out, std::string_view a, std::string_view b) {
  out += '[';
  Str(out, a);
  out += ',';
  Str(out, b);
  out += ']';
}

void Key(std::string& out, const char* key) {
  if (out.back() != '{' && out.back() != '[') out += ',';
  Str(out, key);
  out += ':';
}

const char* KindWord(NodeKind k) {
  switch (k) {
    case NodeKind::Plan: return "plan";
    case NodeKind::Vision: return "vision";
    case NodeKind::VisionPart: return "part";
    case NodeKind::Change: return "change";
    case NodeKind::Action: return "action";
    case NodeKind::Notes: return "notes";
    case NodeKind::Note: return "note";
    case NodeKind::Gaps: return "gaps";
    case NodeKind::Gap: return "gap";
  }
  return "";
}

std::string Joined(const std::vector<std::string>& items, const char* between) {
  std::string out;
  for (const std::string& s : items) out += (out.empty() ? "" : between) + s;
  return out;
}

// An action's fields as its edit form shows them, by their names in the file.
void Values(std::string& out, const Action& a) {
  const std::pair<const char*, std::string> values[] = {
      {"title", a.title},
      {"description", a.description},
      {"lead", a.lead},
      {"lead_lived", a.lead_has_lived_experience ? "true" : "false"},
      {"involved", Joined(a.involved, ", ")},
      {"involvement", std::string(Word(a.involvement))},
      {"when", std::string(Word(a.when))},
      {"start_date", a.start_date},
      {"due_date", a.due_date},
      {"status", std::string(Word(a.status))},
      {"needs.money", a.needs.money},
      {"needs.time", a.needs.time},
      {"needs.people", a.needs.people},
      {"needs.places", a.needs.places},
      {"how_we_will_know", Joined(a.how_we_will_know, "\n")},
      {"notes", a.notes}};
  for (const auto& [key, value] : values) Key(out, key), Str(out, value);
}

void NodeJson(std::string& out, const Plan& plan, const Node& n) {
  out += '{';
  Key(out, "id"), Str(out, n.id);
  Key(out, "parent"), Str(out, n.parent);
  Key(out, "kind"), Str(out, KindWord(n.kind));
  Key(out, "level"), out += std::to_string(n.level);
  Key(out, "heading"), Str(out, n.heading);
  Key(out, "name"), Str(out, n.name);
  Key(out, "text"), Str(out, n.text);
  Key(out, "item"), Str(out, n.item);
  Key(out, "details"), out += '[';
  for (std::size_t i = 0; i < n.details.size(); ++i) (i ? out += ',' : out), Pair(out, n.details[i].term, n.details[i].value);
  out += ']';
  Key(out, "values"), out += '{';
  if (const Action* a = n.kind == NodeKind::Action ? FindAction(plan, ActionId{n.item}) : nullptr) Values(out, *a);
  out += '}';
  Key(out, "can"), out += '[';
  const std::pair<Can, const char*> verbs[] = {
      {kCanAddAction, "add"}, {kCanEdit, "edit"}, {kCanMove, "move"}, {kCanLink, "link"}, {kCanDelete, "delete"}};
  bool first = true;
  for (const auto& [bit, word] : verbs)
    if (n.can & bit) (first ? out : out += ','), Str(out, word), first = false;
  out += "]}";
}

template <class E>
void Choices(std::string& out, const char* key, std::initializer_list<E> values, const char* (*words)(E)) {
  Key(out, key), out += '[';
  bool first = true;
  for (E v : values) (first ? out : out += ','), Pair(out, Word(v), words(v)), first = false;
  out += ']';
}

}  // namespace

std::string OutlineJson(const Plan& plan, const Outline& outline, const std::string& undo, const std::string& redo) {
  std::string out = "{";
  Key(out, "undo"), Str(out, undo);
  Key(out, "redo"), Str(out, redo);
  Key(out, "nodes"), out += '[';
  for (std::size_t i = 0; i < outline.nodes.size(); ++i) (i ? out += ',' : out), NodeJson(out, plan, outline.nodes[i]);
  out += ']';
  Key(out, "changes"), out += '[';
  bool first = true;
  for (const Change* c : LiveChanges(plan)) (first ? out : out += ','), Pair(out, c->id.text, c->title), first = false;
  out += ']';
  Key(out, "choices"), out += '{';
  Choices<Status>(out, "status", {Status::Idea, Status::Agreed, Status::InProgress, Status::Done, Status::Paused}, StatusWords);
  Choices<When>(out, "when", {When::NotSet, When::Now, When::Next, When::Later}, WhenWords);
  Choices<Involvement>(out, "involvement",
                       {Involvement::NotSet, Involvement::Inform, Involvement::Consult, Involvement::Involve,
                        Involvement::CoDesign, Involvement::CoProduce},
                       InvolvementWords);
  out += "}}";
  return out;
}

}  // namespace coplan::outline
