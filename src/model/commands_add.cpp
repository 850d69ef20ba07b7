// Commands that add items.
#include <algorithm>

#include "commands.h"
#include "queries.h"

namespace coplan {
namespace {

template <class T>
ItemStep<T> NewItemStep(T item) {
  ItemStep<T> step{item, std::move(item), kNewItem};
  step.before.meta.deleted = true;
  return step;
}

Action NewAction(IdMaker& ids, const ChangeId& change, Point at, std::string title) {
  Action a;
  a.id = ids.New<ActionId>();
  if (!change.empty()) a.changes.push_back(change);
  a.position = at;
  a.title = std::move(title);
  return a;
}

std::string_view TrimLine(std::string_view line) {
  auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\r'; };
  while (!line.empty() && blank(line.front())) line.remove_prefix(1);
  while (!line.empty() && blank(line.back())) line.remove_suffix(1);
  if (line.size() >= 2 && (line[0] == '-' || line[0] == '*') && line[1] == ' ') line.remove_prefix(2);
  return line;
}

}  // namespace

std::string CountNoun(std::size_t count, std::string_view singular, std::string_view plural) {
  return std::to_string(count) + " " + std::string(count == 1 ? singular : plural);
}

Command AddAction(const Plan&, IdMaker& ids, const ChangeId& change, Point at, std::string title) {
  Command c{"Add action"};
  c.actions.push_back(NewItemStep(NewAction(ids, change, at, std::move(title))));
  return c;
}

Command AddNote(const Plan&, IdMaker& ids, NoteKind kind, std::string text, Point at) {
  Note n{ids.New<NoteId>(), kind, std::move(text), at};
  Command c{kind == NoteKind::Question ? "Add question" : kind == NoteKind::Example ? "Add example" : "Add note"};
  c.notes.push_back(NewItemStep(std::move(n)));
  return c;
}

Command AddPerson(const Plan&, IdMaker& ids, std::string name, PersonRole role) {
  Person p{ids.New<PersonId>(), std::move(name), role};
  Command c{"Add person"};
  c.people.push_back(NewItemStep(std::move(p)));
  return c;
}

Command AddTheme(const Plan&, IdMaker& ids, std::string title, std::string description) {
  Change theme{ids.New<ChangeId>(), std::move(title), std::move(description), false};
  Command c{"Add theme"};
  c.changes.push_back(NewItemStep(std::move(theme)));
  return c;
}

Command AddVisionPart(const Plan&, IdMaker& ids, std::string text) {
  Command c{"Add part of the vision"};
  c.vision_parts.push_back(NewItemStep(VisionPart{ids.New<VisionPartId>(), std::move(text)}));
  return c;
}

Command AddLink(const Plan& plan, IdMaker& ids, const ActionId& from, const ActionId& to, LinkKind kind) {
  const Action* a = FindAction(plan, from);
  const Action* b = FindAction(plan, to);
  if (!a || !b || a->meta.deleted || b->meta.deleted || from == to) return {};
  Command c{kind == LinkKind::DependsOn ? "Link: depends on" : "Link: supports"};
  c.links.push_back(NewItemStep(Link{ids.New<LinkId>(), from, to, kind}));
  return c;
}

Command DuplicateActions(const Plan& plan, IdMaker& ids, const std::vector<ActionId>& actions, Point offset) {
  Command c;
  for (const auto& id : actions) {
    const Action* source = FindAction(plan, id);
    if (!source || source->meta.deleted) continue;
    Action copy = *source;
    copy.id = ids.New<ActionId>();
    copy.meta = ItemMeta{};
    copy.position = {source->position.x + offset.x, source->position.y + offset.y};
    c.actions.push_back(NewItemStep(std::move(copy)));
  }
  c.name = "Duplicate " + CountNoun(c.actions.size(), "action", "actions");
  return c;
}

Command PasteActions(const Plan&, IdMaker& ids, std::string_view text, const ChangeId& change, Point at) {
  constexpr float kStep = 120.0f;
  Command c;
  while (!text.empty()) {
    std::size_t end = std::min(text.find('\n'), text.size());
    std::string_view line = TrimLine(text.substr(0, end));
    text.remove_prefix(std::min(end + 1, text.size()));
    if (line.empty()) continue;
    Point p{at.x, at.y + kStep * static_cast<float>(c.actions.size())};
    c.actions.push_back(NewItemStep(NewAction(ids, change, p, std::string(line))));
  }
  c.name = "Paste " + CountNoun(c.actions.size(), "action", "actions");
  return c;
}

}  // namespace coplan
