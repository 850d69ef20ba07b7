// The plan outline (what the page's HTML outline and a screen reader read) and the edits made
// from it, which must be the canvas's own commands through the one history.
#include <gtest/gtest.h>

#include <algorithm>
#include <nlohmann/json.hpp>

#include "model/fields.h"
#include "model/queries.h"
#include "model/template.h"
#include "outline/outline.h"
#include "outline/outline_edit.h"
#include "outline/outline_json.h"
#include "test_support.h"

namespace coplan {
namespace {

using outline::Interpret;
using outline::Op;
using outline::Outline;
using outline::Project;
using outline::Request;

struct OutlineTest : ::testing::Test {
  IdMaker ids{7};
  Plan plan = NewPlan("Our plan for Kirklees", ids, test::kMyCopy, "2026-11-23T10:00:00Z");
  History history = test::MakeHistory();
  outline::SlotFn slot = [](const Plan&, const ChangeId&) { return Point{500, 600}; };  // where the canvas would put it

  const Change& KeyChange(int n) { return plan.changes[static_cast<std::size_t>(n - 1)]; }
  ActionId Add(const std::string& title, int change) {
    Request r{Op::Add, KeyChange(change).id.text, "", {{"title", title}}};
    auto out = Interpret(plan, ids, r, slot);
    EXPECT_TRUE(out.command) << out.said;
    history.Apply(plan, std::move(*out.command));
    return plan.actions.back().id;
  }
  outline::Outcome Run(Request r) {
    auto out = Interpret(plan, ids, r, slot);
    if (out.command) history.Apply(plan, std::move(*out.command));
    return out;
  }
  static std::vector<const outline::Node*> OfKind(const Outline& o, outline::NodeKind kind) {
    std::vector<const outline::Node*> out;
    for (const auto& n : o.nodes)
      if (n.kind == kind) out.push_back(&n);
    return out;
  }
  static std::string DetailOf(const outline::Node& n, const std::string& term) {
    for (const auto& d : n.details)
      if (d.term == term) return d.value;
    return "(none)";
  }
};

TEST_F(OutlineTest, HeadingsFollowThePlanWithKeyChangesCountedAndThemesNamedAsThemes) {
  Run(Request{Op::Add, KeyChange(1).id.text, "", {{"title", "Drop-in café"}}});
  Command theme = AddTheme(plan, ids, "Getting about", "Transport");
  history.Apply(plan, std::move(theme));
  Outline o = Project(plan);
  ASSERT_FALSE(o.nodes.empty());
  EXPECT_EQ(o.nodes[0].kind, outline::NodeKind::Plan);
  EXPECT_EQ(o.nodes[0].level, 1);
  EXPECT_EQ(o.nodes[0].heading, "Our plan for Kirklees");
  EXPECT_EQ(o.nodes[1].kind, outline::NodeKind::Vision);
  EXPECT_EQ(o.nodes[1].text, kVisionStatement);
  EXPECT_EQ(OfKind(o, outline::NodeKind::VisionPart).size(), 4u);
  auto changes = OfKind(o, outline::NodeKind::Change);
  ASSERT_EQ(changes.size(), 6u);
  EXPECT_EQ(changes[1]->name, "Key change 2 of 5: Living in the place we call home");
  EXPECT_EQ(changes[1]->level, 2);
  EXPECT_EQ(changes[4]->name, "Key change 5 of 5: Sharing power as equals");
  EXPECT_EQ(changes[5]->name, "Our own theme 1 of 1: Getting about");
  EXPECT_TRUE(changes[0]->can & outline::kCanAddAction);
  auto actions = OfKind(o, outline::NodeKind::Action);
  ASSERT_EQ(actions.size(), 1u);
  EXPECT_EQ(actions[0]->parent, changes[0]->id);
  EXPECT_EQ(actions[0]->level, 3);
  EXPECT_EQ(actions[0]->can, outline::kCanEdit | outline::kCanMove | outline::kCanLink | outline::kCanDelete);
  // The gaps close the outline: four changes and the theme still have no actions.
  auto gaps = OfKind(o, outline::NodeKind::Gap);
  EXPECT_TRUE(std::any_of(gaps.begin(), gaps.end(),
                          [](auto* g) { return g->heading == "Sharing power as equals has no actions yet"; }));
  EXPECT_EQ(o.nodes.back().kind, outline::NodeKind::Gap);
}

TEST_F(OutlineTest, AnActionShowsEveryDetailOnceInItsOwnChange) {
  ActionId id = Add("Peer support circle", 3);
  Run(Request{Op::Edit, id.text, "",
              {{"lead", "Sam"}, {"lead_lived", "true"}, {"involved", "Ana, Bryn"}, {"involvement", "co-produce"},
               {"when", "next"}, {"start_date", "1/3/2027"}, {"due_date", "30 Jun 2027"}, {"status", "agreed"},
               {"needs.money", "£200"}, {"how_we_will_know", "I feel heard\nI have friends"}}});
  ActionId other = Add("Community bank", 4);
  Run(Request{Op::Link, id.text, other.text, {{"kind", "supports"}}});
  Action serves = *FindAction(plan, id);
  serves.changes.push_back(KeyChange(5).id);
  history.Apply(plan, EditAction(plan, serves));

  Outline o = Project(plan);
  auto actions = OfKind(o, outline::NodeKind::Action);
  ASSERT_EQ(actions.size(), 2u);  // serving two changes, it is still listed once
  const outline::Node& n = *o.Find(outline::NodeId(id));
  EXPECT_EQ(n.parent, outline::NodeId(KeyChange(3).id));
  EXPECT_EQ(n.name, "Peer support circle");
  EXPECT_EQ(DetailOf(n, "Who leads it"), "Sam, who has lived experience of drawing on care");
  EXPECT_EQ(DetailOf(n, "Who else is involved"), "Ana, Bryn");
  EXPECT_EQ(DetailOf(n, "How much people who draw on care are involved"), "Co-produce");
  EXPECT_EQ(DetailOf(n, "When"), "Next. Starts 1 Mar 2027, due 30 Jun 2027");
  EXPECT_EQ(DetailOf(n, "Status"), "Agreed");
  EXPECT_EQ(DetailOf(n, "What it needs"), "Money: £200");
  EXPECT_EQ(DetailOf(n, "How we will know it worked"), "I feel heard; I have friends");
  EXPECT_EQ(DetailOf(n, "Links"), "Also serves Sharing power as equals. Supports Community bank");
  EXPECT_EQ(DetailOf(*o.Find(outline::NodeId(other)), "Links"), "Supported by Peer support circle");
}

TEST_F(OutlineTest, IdsStayTheSameWhileItemsAreEdited) {
  ActionId id = Add("Drop-in café", 1);
  Outline before = Project(plan);
  Run(Request{Op::Edit, id.text, "", {{"title", "Weekly drop-in café"}}});
  Outline after = Project(plan);
  ASSERT_EQ(before.nodes.size(), after.nodes.size());
  for (std::size_t i = 0; i < before.nodes.size(); ++i) EXPECT_EQ(before.nodes[i].id, after.nodes[i].id);
  EXPECT_EQ(after.Find(outline::NodeId(id))->heading, "Weekly drop-in café");
}

TEST_F(OutlineTest, AddingSaysWhereAndUndoTakesItAway) {
  Plan start = plan;
  auto out = Run(Request{Op::Add, KeyChange(5).id.text, "", {{"title", "Co-chair the board"}, {"status", "idea"}}});
  EXPECT_FALSE(out.error);
  EXPECT_EQ(out.said, "Added Co-chair the board to Sharing power as equals.");
  ASSERT_EQ(LiveActions(plan).size(), 1u);
  const Action& a = *LiveActions(plan).front();
  EXPECT_EQ(a.changes.front(), KeyChange(5).id);
  EXPECT_EQ(a.position, (Point{500, 600}));  // where the canvas would put it
  EXPECT_EQ(out.focus, outline::NodeId(a.id));
  EXPECT_EQ(history.StepCount(), 1u);  // one step, title and all
  history.Undo(plan);
  EXPECT_TRUE(SameContent(plan, start));
}

TEST_F(OutlineTest, EditingTheStatusSaysSoAndUndoPutsItBack) {
  ActionId id = Add("Drop-in café", 1);
  Plan before = plan;
  auto out = Run(Request{Op::Edit, id.text, "", {{"status", "in-progress"}}});
  EXPECT_EQ(out.said, "Saved Drop-in café: its status is now In progress.");
  EXPECT_EQ(FindAction(plan, id)->status, Status::InProgress);
  history.Undo(plan);
  EXPECT_TRUE(SameContent(plan, before));
  auto same = Run(Request{Op::Edit, id.text, "", {{"status", "idea"}}});
  EXPECT_FALSE(same.command);
  EXPECT_EQ(same.said, "Nothing changed in Drop-in café.");
}

TEST_F(OutlineTest, BadInputChangesNothingAndSaysWhatIsWrong) {
  ActionId id = Add("Drop-in café", 1);
  std::uint64_t steps = history.StepCount();
  auto date = Run(Request{Op::Edit, id.text, "", {{"status", "done"}, {"due_date", "31/2/2027"}}});
  EXPECT_TRUE(date.error);
  EXPECT_EQ(date.said, "The due date \u201c31/2/2027\u201d is not a date Coplan can read. Write it like 31/1/2027.");
  auto title = Run(Request{Op::Edit, id.text, "", {{"title", "   "}}});
  EXPECT_TRUE(title.error);
  EXPECT_EQ(title.said, "An action needs a title: write what will happen.");
  auto gone = Run(Request{Op::Delete, "no-such-action"});
  EXPECT_TRUE(gone.error);
  auto add = Run(Request{Op::Add, KeyChange(2).id.text, "", {}});
  EXPECT_TRUE(add.error);
  EXPECT_EQ(history.StepCount(), steps);
  EXPECT_EQ(FindAction(plan, id)->status, Status::Idea);
}

TEST_F(OutlineTest, MoveLinkAndDeleteAreOneStepEach) {
  ActionId cafe = Add("Drop-in café", 1);
  ActionId bank = Add("Community bank", 4);
  auto move = Run(Request{Op::Move, cafe.text, KeyChange(5).id.text});
  EXPECT_EQ(move.said, "Moved Drop-in café to Sharing power as equals.");
  EXPECT_EQ(FindAction(plan, cafe)->changes, std::vector<ChangeId>{KeyChange(5).id});
  EXPECT_EQ(history.UndoName(), "Move \u201cDrop-in caf\u00e9\u201d to Sharing power as equals");
  auto link = Run(Request{Op::Link, cafe.text, bank.text, {{"kind", "depends-on"}}});
  EXPECT_EQ(link.said, "Linked: Drop-in café depends on Community bank.");
  ASSERT_EQ(plan.links.size(), 1u);
  EXPECT_EQ(plan.links[0].kind, LinkKind::DependsOn);
  auto del = Run(Request{Op::Delete, bank.text});
  EXPECT_EQ(del.said, "Deleted Community bank. Undo brings it back.");
  EXPECT_EQ(del.focus, outline::NodeId(KeyChange(4).id));
  EXPECT_TRUE(plan.links[0].meta.deleted);  // its link went with it
  EXPECT_EQ(history.StepCount(), 5u);
}

TEST_F(OutlineTest, ReadsThePagesRequests) {
  auto r = outline::ReadRequest("op\x1f" "edit\x1eitem\x1f" "abc\x1estatus\x1f" "done\x1enotes\x1fline 1\nline 2");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->op, Op::Edit);
  EXPECT_EQ(r->item, "abc");
  ASSERT_EQ(r->fields.size(), 2u);
  EXPECT_EQ(r->fields[1].second, "line 1\nline 2");
  EXPECT_FALSE(outline::ReadRequest("op\x1fsing"));
  EXPECT_FALSE(outline::ReadRequest(""));
}

TEST_F(OutlineTest, JsonForThePageReadsBack) {
  ActionId id = Add("Say \"hello\"\tand\nwave", 2);
  std::string text = outline::OutlineJson(plan, Project(plan), history.UndoName(), "");
  nlohmann::json j = nlohmann::json::parse(text);
  EXPECT_EQ(j["undo"], history.UndoName());
  EXPECT_EQ(j["changes"].size(), 5u);
  EXPECT_EQ(j["choices"]["status"][2][0], "in-progress");
  EXPECT_EQ(j["choices"]["status"][2][1], "In progress");
  bool found = false;
  for (const auto& n : j["nodes"])
    if (n["id"] == outline::NodeId(id)) {
      found = true;
      EXPECT_EQ(n["heading"], "Say \"hello\"\tand\nwave");
      EXPECT_EQ(n["values"]["status"], "idea");
      EXPECT_EQ(n["can"], nlohmann::json({"edit", "move", "link", "delete"}));
    }
  EXPECT_TRUE(found);
}

}  // namespace
}  // namespace coplan
