// The plan: the vision, the changes it is steered by, and the actions a group commits to.
// Pure data. Edits go through commands (commands.h) so they can be undone and merged.
#pragma once
#include <cstdint>
#include <utility>
#include <string>
#include <vector>

#include "ids.h"

namespace coplan {

struct Point {
  float x = 0, y = 0;
  friend bool operator==(const Point& a, const Point& b) { return a.x == b.x && a.y == b.y; }
};

// The position of a card that has no place yet: its file has no "position". The canvas gives it
// one when the plan is opened (an edit, with its bookkeeping). No file can give a card this
// place, since the reader moves positions beyond ±10,000,000 back to 0.
inline constexpr Point kNoPosition{-1.0e9f, -1.0e9f};

// One edit made by one copy: the copy's own counter at the time. Unique per edit, so a merge can
// tell whether a copy has already seen an edit (see sync.h).
struct Dot {
  CopyId copy;
  std::uint64_t counter = 0;
  bool empty() const { return counter == 0; }
  bool operator==(const Dot&) const = default;
};

// The edit that last set one field of an item. Fields not listed keep the item's `created` dot.
struct FieldDot {
  std::string field;  // the field's name in the file, e.g. "lead" or "needs.money"
  Dot dot;
  bool operator==(const FieldDot&) const = default;
};

// What a plan has seen of each copy: the highest counter, and when that copy last edited.
struct CopySeen {
  CopyId copy;
  std::uint64_t counter = 0;
  std::string last_at;
  bool operator==(const CopySeen&) const = default;
};

// A version vector, kept sorted by copy id.
struct VersionVector {
  std::vector<CopySeen> copies;
  bool operator==(const VersionVector&) const = default;
};

// Ladder of participation, least to most shared power.
enum class Involvement { NotSet, Inform, Consult, Involve, CoDesign, CoProduce };
enum class Status { Idea, Agreed, InProgress, Done, Paused };
enum class When { NotSet, Now, Next, Later };
enum class LinkKind { DependsOn, Supports };
enum class NoteKind { Idea, Question, Example };  // Example = "a glimpse of the future"
enum class PersonRole { DrawsOnCare, FamilyCarer, Council, Provider, CommunityGroup, Other };

// Fields a newer Coplan wrote that this one does not know: key -> raw JSON text, written back
// unchanged on save.
using UnknownFields = std::vector<std::pair<std::string, std::string>>;

// Merge bookkeeping that every item carries (see sync.h for how it is used).
struct ItemMeta {
  std::uint64_t revision = 1;  // bumped on every edit of the item
  std::string changed_at;      // ISO 8601 UTC, e.g. "2026-11-23T10:15:00Z"
  CopyId changed_by;           // the copy that made the last edit
  bool deleted = false;        // a tombstone: kept so merges never bring the item back
  UnknownFields unknown;
  Dot created;                 // the edit that made the item
  std::vector<FieldDot> dots;  // fields edited since, sorted by field name
  bool operator==(const ItemMeta&) const = default;
};

struct VisionPart {
  VisionPartId id;
  std::string text;
  ItemMeta meta;
  bool operator==(const VisionPart&) const = default;
};

struct Vision {
  std::string statement;
  std::vector<VisionPart> parts;
  UnknownFields unknown;
  bool operator==(const Vision&) const = default;
};

struct Change {
  ChangeId id;
  std::string title;
  std::string description;
  bool is_key_change = true;  // false for a theme the group added itself
  ItemMeta meta;
  bool operator==(const Change&) const = default;
};

struct Needs {
  std::string money, time, people, places;
  bool operator==(const Needs&) const = default;
};

struct Action {
  ActionId id;
  std::string title;
  std::string description;
  std::vector<ChangeId> changes;            // the first is the lane it sits in
  std::vector<VisionPartId> vision_parts;
  std::string lead;
  bool lead_has_lived_experience = false;
  std::vector<std::string> involved;        // who else takes part
  Involvement involvement = Involvement::NotSet;
  When when = When::NotSet;
  std::string start_date, due_date;         // "YYYY-MM-DD" or empty
  Status status = Status::Idea;
  Needs needs;
  std::vector<std::string> how_we_will_know;
  std::string notes;
  std::vector<std::string> tags;
  Point position;                           // canvas world coordinates, top-left of the card, or kNoPosition
  std::string colour;                       // "#rrggbb" or empty for the default
  ItemMeta meta;
  bool operator==(const Action&) const = default;
};

inline bool HasPosition(const Action& a) { return !(a.position == kNoPosition); }

struct Note {
  NoteId id;
  NoteKind kind = NoteKind::Idea;
  std::string text;
  Point position;
  std::string colour;
  ItemMeta meta;
  bool operator==(const Note&) const = default;
};

struct Link {
  LinkId id;
  ActionId from, to;
  LinkKind kind = LinkKind::Supports;
  ItemMeta meta;
  bool operator==(const Link&) const = default;
};

struct Person {
  PersonId id;
  std::string name;  // name or nickname
  PersonRole role = PersonRole::Other;
  bool agrees_to_be_named = false;
  ItemMeta meta;
  bool operator==(const Person&) const = default;
};

struct PlanSettings {
  bool show_making_it_real = false;  // the Making it Real lens
  UnknownFields unknown;
  bool operator==(const PlanSettings&) const = default;
};

// The plan. Items are kept in vectors in a stable order; deleted items stay as tombstones and
// are skipped by every query (see queries.h).
struct Plan {
  std::string title;
  std::string place;
  std::string group;
  std::string description;
  std::string created_at, changed_at;
  PlanSettings settings;
  LineageId lineage;
  Vision vision;
  std::vector<Change> changes;
  std::vector<Action> actions;
  std::vector<Note> notes;
  std::vector<Link> links;
  std::vector<Person> people;
  UnknownFields unknown;  // unknown top-level fields and item kinds, kept for newer Coplans
  ItemMeta meta;          // merge bookkeeping for the plan's own fields (title, vision statement, ...)
  VersionVector seen;     // the edits of each copy this plan contains
  CopyId saved_by;        // the copy that last saved the file
  bool operator==(const Plan&) const = default;  // everything, bookkeeping included; see SameContent
};

}  // namespace coplan
