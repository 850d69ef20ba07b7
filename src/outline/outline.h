// The plan as an outline of headings, lists and details, for people who read it with a screen
// reader or as a list: the plan's title, the vision, each change with its actions, the notes and
// the gaps. Built from the model alone (no ImGui, no page), so the browser's HTML outline and a
// desktop screen-reader bridge can share it. Every node has an id that stays the same while its
// item lives, so a view can update what changed and keep the reader's place.
#pragma once
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "model/plan.h"

namespace coplan::outline {

enum class NodeKind { Plan, Vision, VisionPart, Change, Action, Notes, Note, Gaps, Gap };

// What can be done to a node from the outline (bits of Node::can).
enum Can : std::uint32_t {
  kCanAddAction = 1,  // "Add an action to <change>"
  kCanEdit = 2,       // "Edit <title>"
  kCanMove = 4,       // "Move <title> to…" another change
  kCanLink = 8,       // "Link <title> to…" another action
  kCanDelete = 16,    // "Delete <title>"
};

// One line of an action's details: "Who leads it" / "Sam, who draws on care and support".
struct Detail {
  std::string term;
  std::string value;
  bool operator==(const Detail&) const = default;
};

struct Node {
  std::string id;       // "plan", "vision", "change-<id>", "action-<id>", "note-<id>", "gap-<...>"
  std::string parent;   // the node it sits under ("" for the plan)
  NodeKind kind = NodeKind::Plan;
  int level = 0;        // heading level: 1 the plan, 2 vision, changes, notes and gaps, 3 actions
  std::string heading;  // what the heading shows: the title
  std::string name;     // what a screen reader says for it: "Key change 2 of 5: Living in the place we call home"
  std::string text;     // a paragraph under the heading (a description, a note's text)
  std::vector<Detail> details;
  std::uint32_t can = 0;
  std::string item;     // the model id of the item, for edits ("" for sections)
  bool operator==(const Node&) const = default;
};

// Every node in reading order (a parent comes before its children).
struct Outline {
  std::vector<Node> nodes;
  const Node* Find(const std::string& id) const;
};

Outline Project(const Plan& plan);

// Node ids for items.
std::string NodeId(const ActionId& id);
std::string NodeId(const ChangeId& id);

// The plain words for the plan's choices, as the outline and its edit form show them.
const char* StatusWords(Status s);
const char* WhenWords(When w);
const char* InvolvementWords(Involvement i);

}  // namespace coplan::outline
