#include "outline/outline.h"

#include "model/dates.h"
#include "model/gaps.h"
#include "model/queries.h"

namespace coplan::outline {
namespace {

std::string Joined(const std::vector<std::string>& items, const char* between) {
  std::string out;
  for (const std::string& s : items) {
    if (s.empty()) continue;
    if (!out.empty()) out += between;
    out += s;
  }
  return out;
}

std::string TitleOf(const std::string& title, const char* untitled) { return title.empty() ? untitled : title; }

std::string LeadWords(const Action& a) {
  if (a.lead.empty()) return a.lead_has_lived_experience ? "Nobody named yet (someone with lived experience)" : "Nobody yet";
  return a.lead_has_lived_experience ? a.lead + ", who has lived experience of drawing on care" : a.lead;
}

std::string WhenAndDates(const Action& a) {
  std::string out = WhenWords(a.when);
  if (!a.start_date.empty()) out += ". Starts " + DateForPeople(a.start_date);
  if (!a.due_date.empty()) out += std::string(a.start_date.empty() ? ". Due " : ", due ") + DateForPeople(a.due_date);
  return out;
}

std::string NeedsWords(const Needs& n) {
  std::vector<std::string> parts;
  if (!n.money.empty()) parts.push_back("Money: " + n.money);
  if (!n.time.empty()) parts.push_back("Time: " + n.time);
  if (!n.people.empty()) parts.push_back("People: " + n.people);
  if (!n.places.empty()) parts.push_back("Places: " + n.places);
  return parts.empty() ? "Nothing written yet" : Joined(parts, ". ");
}

// Other changes it serves, the vision parts it works towards, and links to other actions.
std::string LinkWords(const Plan& plan, const Action& a) {
  std::vector<std::string> parts;
  for (std::size_t i = 1; i < a.changes.size(); ++i)
    if (const Change* c = FindChange(plan, a.changes[i]); c && !c->meta.deleted)
      parts.push_back("Also serves " + TitleOf(c->title, "a change with no title"));
  for (const VisionPartId& id : a.vision_parts)
    if (const VisionPart* p = FindVisionPart(plan, id); p && !p->meta.deleted)
      parts.push_back("Works towards \u201c" + p->text + "\u201d");
  for (const Link& l : plan.links) {
    if (l.meta.deleted || (l.from != a.id && l.to != a.id)) continue;
    bool outgoing = l.from == a.id;
    const Action* other = FindAction(plan, outgoing ? l.to : l.from);
    if (!other || other->meta.deleted) continue;
    std::string title = TitleOf(other->title, "an action with no title");
    if (l.kind == LinkKind::Supports) parts.push_back((outgoing ? "Supports " : "Supported by ") + title);
    else parts.push_back((outgoing ? "Depends on " : "Needed by ") + title);
  }
  return parts.empty() ? "None" : Joined(parts, ". ");
}

Node ActionNode(const Plan& plan, const Action& a, const std::string& parent) {
  Node n{NodeId(a.id), parent, NodeKind::Action, 3};
  n.heading = TitleOf(a.title, "Untitled action");
  n.name = n.heading;
  n.text = a.description;
  n.item = a.id.text;
  n.can = kCanEdit | kCanMove | kCanLink | kCanDelete;
  std::string know = Joined(a.how_we_will_know, "; ");
  n.details = {
      {"Who leads it", LeadWords(a)},
      {"Who else is involved", a.involved.empty() ? "Nobody named yet" : Joined(a.involved, ", ")},
      {"How much people who draw on care are involved", InvolvementWords(a.involvement)},
      {"When", WhenAndDates(a)},
      {"Status", StatusWords(a.status)},
      {"What it needs", NeedsWords(a.needs)},
      {"How we will know it worked", know.empty() ? "Not written yet" : know},
      {"Links", LinkWords(plan, a)},
  };
  if (!a.notes.empty()) n.details.push_back({"Notes", a.notes});
  return n;
}

bool LiveLane(const Plan& plan, const Action& a) {
  if (a.changes.empty()) return false;
  const Change* c = FindChange(plan, a.changes.front());
  return c && !c->meta.deleted;
}

void AddChanges(const Plan& plan, Outline& out) {
  std::vector<const Change*> changes = LiveChanges(plan);
  int keys = 0, themes = 0;
  for (const Change* c : changes) (c->is_key_change ? keys : themes) += 1;
  int key = 0, theme = 0;
  for (const Change* c : changes) {
    Node n{NodeId(c->id), "plan", NodeKind::Change, 2};
    n.heading = TitleOf(c->title, "Untitled change");
    n.name = c->is_key_change ? "Key change " + std::to_string(++key) + " of " + std::to_string(keys) + ": " + n.heading
                              : "Our own theme " + std::to_string(++theme) + " of " + std::to_string(themes) + ": " +
                                    n.heading;
    n.text = c->description;
    n.item = c->id.text;
    n.can = kCanAddAction;
    out.nodes.push_back(n);
    for (const Action& a : plan.actions)
      if (!a.meta.deleted && !a.changes.empty() && a.changes.front() == c->id) out.nodes.push_back(ActionNode(plan, a, n.id));
  }
  bool orphans = false;
  for (const Action& a : plan.actions) {
    if (a.meta.deleted || LiveLane(plan, a)) continue;
    if (!orphans) out.nodes.push_back({"no-change", "plan", NodeKind::Change, 2, "Actions in no change", "Actions in no change"});
    orphans = true;
    out.nodes.push_back(ActionNode(plan, a, "no-change"));
  }
}

void AddNotes(const Plan& plan, Outline& out) {
  Node section{"notes", "plan", NodeKind::Notes, 2, "Notes", "Notes"};
  bool any = false;
  for (const Note& note : plan.notes) {
    if (note.meta.deleted) continue;
    if (!any) out.nodes.push_back(section);
    any = true;
    const char* kind = note.kind == NoteKind::Question ? "Question" : note.kind == NoteKind::Example ? "Glimpse of the future" : "Idea";
    Node n{"note-" + note.id.text, "notes", NodeKind::Note, 0, kind, std::string(kind) + ": " + note.text, note.text};
    n.item = note.id.text;
    out.nodes.push_back(n);
  }
}

// A gap's id comes from what it is about (or its kind, which its hint names), so it keeps its
// place while the count in its words changes.
std::string GapId(const HealthGap& gap) {
  if (!gap.items.changes.empty()) return "gap-change-" + gap.items.changes.front().text;
  if (!gap.items.vision_parts.empty()) return "gap-part-" + gap.items.vision_parts.front().text;
  std::uint32_t hash = 2166136261u;  // FNV-1a: the same on every platform
  for (unsigned char c : gap.hint) hash = (hash ^ c) * 16777619u;
  return "gap-" + std::to_string(hash);
}

void AddGaps(const Plan& plan, Outline& out) {
  std::vector<HealthGap> gaps = FindGaps(plan);
  out.nodes.push_back({"gaps", "plan", NodeKind::Gaps, 2, "Where the plan is thin",
                       gaps.empty() ? "Where the plan is thin: nothing" : "Where the plan is thin",
                       gaps.empty() ? "Nothing: every change has actions, and every action has a lead, a time and a "
                                      "way to know it worked."
                                    : ""});
  for (const HealthGap& gap : gaps) out.nodes.push_back({GapId(gap), "gaps", NodeKind::Gap, 0, gap.text, gap.text, gap.hint});
}

}  // namespace

std::string NodeId(const ActionId& id) { return "action-" + id.text; }
std::string NodeId(const ChangeId& id) { return "change-" + id.text; }

const Node* Outline::Find(const std::string& id) const {
  for (const Node& n : nodes)
    if (n.id == id) return &n;
  return nullptr;
}

Outline Project(const Plan& plan) {
  Outline out;
  std::string title = TitleOf(plan.title, "Untitled plan");
  out.nodes.push_back({"plan", "", NodeKind::Plan, 1, title, title, plan.description});
  out.nodes.push_back({"vision", "plan", NodeKind::Vision, 2, "Our vision", "Our vision", plan.vision.statement});
  for (const VisionPart& part : plan.vision.parts)
    if (!part.meta.deleted)
      out.nodes.push_back({"part-" + part.id.text, "vision", NodeKind::VisionPart, 0, part.text, part.text});
  AddChanges(plan, out);
  AddNotes(plan, out);
  AddGaps(plan, out);
  return out;
}

const char* StatusWords(Status s) {
  switch (s) {
    case Status::Idea: return "Idea";
    case Status::Agreed: return "Agreed";
    case Status::InProgress: return "In progress";
    case Status::Done: return "Done";
    case Status::Paused: return "Paused";
  }
  return "";
}

const char* WhenWords(When w) {
  switch (w) {
    case When::NotSet: return "No time set";
    case When::Now: return "Now";
    case When::Next: return "Next";
    case When::Later: return "Later";
  }
  return "";
}

const char* InvolvementWords(Involvement i) {
  switch (i) {
    case Involvement::NotSet: return "Not set";
    case Involvement::Inform: return "Inform";
    case Involvement::Consult: return "Consult";
    case Involvement::Involve: return "Involve";
    case Involvement::CoDesign: return "Co-design";
    case Involvement::CoProduce: return "Co-produce";
  }
  return "";
}

}  // namespace coplan::outline
