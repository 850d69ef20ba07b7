#include "outline/outline_edit.h"

#include "model/dates.h"
#include "model/queries.h"
#include "model/words.h"
#include "outline/outline.h"

namespace coplan::outline {
namespace {

using Fields = std::vector<std::pair<std::string, std::string>>;

Outcome Error(std::string words) { return {std::nullopt, false, false, std::move(words), true}; }

std::string Quoted(const std::string& text) { return "\u201c" + text + "\u201d"; }

std::string Trimmed(const std::string& s) {
  std::size_t b = s.find_first_not_of(" \t\r\n"), e = s.find_last_not_of(" \t\r\n");
  return b == std::string::npos ? std::string() : s.substr(b, e - b + 1);
}

// One item a line (commas too, for the names of who else is involved), blanks dropped.
std::vector<std::string> Items(const std::string& text, bool commas) {
  std::vector<std::string> out;
  std::string item;
  auto flush = [&] {
    if (std::string t = Trimmed(item); !t.empty()) out.push_back(t);
    item.clear();
  };
  for (char c : text) {
    if (c == '\n' || (commas && c == ',')) flush();
    else item += c;
  }
  flush();
  return out;
}

bool BadChoice(const std::string& word, std::string& problem, const char* what) {
  problem = Quoted(word) + " is not one of the choices for " + what + ".";
  return false;
}

template <class E>
bool SetChoice(E& value, const std::string& word, std::string& problem, const char* what) {
  std::optional<E> v = FromWord<E>(word);
  if (!v) return BadChoice(word, problem, what);
  value = *v;
  return true;
}

bool SetDate(std::string& value, const std::string& text, std::string& problem, const char* what) {
  std::optional<std::string> date = ReadDate(Trimmed(text));
  if (!date) problem = "The " + std::string(what) + " " + Quoted(text) + " is not a date Coplan can read. Write it like 31/1/2027.";
  else value = *date;
  return date.has_value();
}

// Sets the fields the form sent; false with `problem` saying what was wrong.
bool SetFields(Action& a, const Fields& fields, std::string& problem) {
  for (const auto& [key, value] : fields) {
    bool ok = true;
    if (key == "title") a.title = Trimmed(value);
    else if (key == "description") a.description = value;
    else if (key == "lead") a.lead = Trimmed(value);
    else if (key == "lead_lived") a.lead_has_lived_experience = value == "true";
    else if (key == "involved") a.involved = Items(value, true);
    else if (key == "involvement") ok = SetChoice(a.involvement, value, problem, "how much people are involved");
    else if (key == "when") ok = SetChoice(a.when, value, problem, "when");
    else if (key == "status") ok = SetChoice(a.status, value, problem, "status");
    else if (key == "start_date") ok = SetDate(a.start_date, value, problem, "start date");
    else if (key == "due_date") ok = SetDate(a.due_date, value, problem, "due date");
    else if (key == "needs.money") a.needs.money = value;
    else if (key == "needs.time") a.needs.time = value;
    else if (key == "needs.people") a.needs.people = value;
    else if (key == "needs.places") a.needs.places = value;
    else if (key == "how_we_will_know") a.how_we_will_know = Items(value, false);
    else if (key == "notes") a.notes = value;
    if (!ok) return false;
  }
  if (a.title.empty()) {
    problem = "An action needs a title: write what will happen.";
    return false;
  }
  return true;
}

const Action* LiveAction(const Plan& plan, const std::string& id) {
  const Action* a = FindAction(plan, ActionId{id});
  return a && !a->meta.deleted ? a : nullptr;
}

const Change* LiveChange(const Plan& plan, const std::string& id) {
  const Change* c = FindChange(plan, ChangeId{id});
  return c && !c->meta.deleted ? c : nullptr;
}

constexpr const char* kGone = "That action is no longer in the plan: someone may have deleted it, or an undo took it away.";

Outcome Add(const Plan& plan, IdMaker& ids, const Request& r, const SlotFn& slot) {
  const Change* change = LiveChange(plan, r.item);
  if (!change) return Error("That change is no longer in the plan.");
  Command c = AddAction(plan, ids, change->id, slot(plan, change->id), "");
  if (c.actions.empty()) return Error("The action could not be added.");
  Action& added = c.actions.front().after;
  std::string problem;
  if (!SetFields(added, r.fields, problem)) return Error(problem);
  c.name = "Add " + Quoted(added.title);
  return {std::move(c), false, false, "Added " + added.title + " to " + change->title + ".", false, NodeId(added.id)};
}

Outcome Edit(const Plan& plan, const Request& r) {
  const Action* a = LiveAction(plan, r.item);
  if (!a) return Error(kGone);
  Action edited = *a;
  std::string problem;
  if (!SetFields(edited, r.fields, problem)) return Error(problem);
  Command c = EditAction(plan, edited);
  if (c.Empty()) return {std::nullopt, false, false, "Nothing changed in " + a->title + ".", false, NodeId(a->id)};
  std::string said = "Saved the changes to " + edited.title + ".";
  if (edited.status != a->status) said = "Saved " + edited.title + ": its status is now " + StatusWords(edited.status) + ".";
  return {std::move(c), false, false, said, false, NodeId(a->id)};
}

Outcome Move(const Plan& plan, const Request& r, const SlotFn& slot) {
  const Action* a = LiveAction(plan, r.item);
  if (!a) return Error(kGone);
  const Change* to = LiveChange(plan, r.target);
  if (!to) return Error("That change is no longer in the plan.");
  if (!a->changes.empty() && a->changes.front() == to->id)
    return {std::nullopt, false, false, a->title + " is in " + to->title + " already.", false, NodeId(a->id)};
  Action moved = *a;  // as MoveActionToChange: the new change takes the first place
  std::erase(moved.changes, to->id);
  if (moved.changes.empty()) moved.changes.push_back(to->id);
  else moved.changes.front() = to->id;
  moved.position = slot(plan, to->id);
  Command c = EditAction(plan, moved);
  c.name = "Move " + Quoted(a->title) + " to " + to->title;
  return {std::move(c), false, false, "Moved " + a->title + " to " + to->title + ".", false, NodeId(a->id)};
}

Outcome Link(const Plan& plan, IdMaker& ids, const Request& r) {
  const Action* a = LiveAction(plan, r.item);
  const Action* other = LiveAction(plan, r.target);
  if (!a || !other) return Error(kGone);
  if (a->id == other->id) return Error("An action cannot be linked to itself.");
  LinkKind kind = LinkKind::Supports;
  for (const auto& [key, value] : r.fields)
    if (key == "kind") kind = FromWord<LinkKind>(value).value_or(LinkKind::Supports);
  for (const coplan::Link& l : plan.links)
    if (!l.meta.deleted && l.from == a->id && l.to == other->id && l.kind == kind)
      return {std::nullopt, false, false, a->title + " is linked to " + other->title + " already.", false, NodeId(a->id)};
  Command c = AddLink(plan, ids, a->id, other->id, kind);
  const char* how = kind == LinkKind::Supports ? " supports " : " depends on ";
  return {std::move(c), false, false, "Linked: " + a->title + how + other->title + ".", false, NodeId(a->id)};
}

Outcome Delete(const Plan& plan, const Request& r) {
  const Action* a = LiveAction(plan, r.item);
  if (!a) return Error(kGone);
  Selection s;
  s.actions.push_back(a->id);
  Command c = DeleteItems(plan, s);
  c.name = "Delete " + Quoted(a->title);
  std::string focus = a->changes.empty() ? "plan" : NodeId(a->changes.front());
  return {std::move(c), false, false, "Deleted " + a->title + ". Undo brings it back.", false, focus};
}

}  // namespace

Outcome Interpret(const Plan& plan, IdMaker& ids, const Request& r, const SlotFn& slot) {
  switch (r.op) {
    case Op::Add: return Add(plan, ids, r, slot);
    case Op::Edit: return Edit(plan, r);
    case Op::Move: return Move(plan, r, slot);
    case Op::Link: return Link(plan, ids, r);
    case Op::Delete: return Delete(plan, r);
    case Op::Undo: return {std::nullopt, true, false};
    case Op::Redo: return {std::nullopt, false, true};
  }
  return Error("Coplan did not understand that request.");
}

std::string UndoneWords(const std::string& step) { return step.empty() ? "Nothing to undo." : "Undone: " + step + "."; }
std::string RedoneWords(const std::string& step) { return step.empty() ? "Nothing to redo." : "Redone: " + step + "."; }

std::optional<Request> ReadRequest(const std::string& text) {
  Request r;
  std::string op;
  std::size_t at = 0;
  while (at <= text.size()) {
    std::size_t end = text.find('\x1e', at);
    if (end == std::string::npos) end = text.size();
    std::string record = text.substr(at, end - at);
    at = end + 1;
    std::size_t split = record.find('\x1f');
    if (split == std::string::npos) continue;
    std::string key = record.substr(0, split), value = record.substr(split + 1);
    if (key == "op") op = value;
    else if (key == "item") r.item = value;
    else if (key == "target") r.target = value;
    else r.fields.emplace_back(std::move(key), std::move(value));
  }
  const std::pair<const char*, Op> ops[] = {{"add", Op::Add},   {"edit", Op::Edit},     {"move", Op::Move}, {"link", Op::Link},
                                            {"delete", Op::Delete}, {"undo", Op::Undo}, {"redo", Op::Redo}};
  for (const auto& [word, value] : ops)
    if (op == word) {
      r.op = value;
      return r;
    }
  return std::nullopt;
}

}  // namespace coplan::outline
