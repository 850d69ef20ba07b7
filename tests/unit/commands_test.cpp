// Every command: it changes the plan, has a plain name, stamps merge bookkeeping, and
// apply -> undo gives back the same content, redo gives the applied content again.
#include <functional>

#include <gtest/gtest.h>

#include "model/commands.h"
#include "model/fields.h"
#include "model/queries.h"
#include "model/sync.h"
#include "test_support.h"

namespace coplan {
namespace {

using test::kMyCopy;

struct CommandCase {
  std::string label;
  std::function<Command(const Plan&, IdMaker&)> make;
  std::string expected_name;
};

Action EditedAction(const Plan& plan, std::function<void(Action&)> edit) {
  Action a = plan.actions[0];
  edit(a);
  return a;
}

const std::vector<CommandCase>& Cases() {
  static const std::vector<CommandCase> cases = {
      {"AddAction", [](const Plan& p, IdMaker& ids) { return AddAction(p, ids, p.changes[0].id, {10, 20}, "Open a café"); }, "Add action"},
      {"AddNote", [](const Plan& p, IdMaker& ids) { return AddNote(p, ids, NoteKind::Question, "Who pays?", {1, 2}); }, "Add question"},
      {"AddExample", [](const Plan& p, IdMaker& ids) { return AddNote(p, ids, NoteKind::Example, "Wigan deal", {1, 2}); }, "Add example"},
      {"AddPerson", [](const Plan& p, IdMaker& ids) { return AddPerson(p, ids, "Priya", PersonRole::DrawsOnCare); }, "Add person"},
      {"AddTheme", [](const Plan& p, IdMaker& ids) { return AddTheme(p, ids, "Transport", "Getting about"); }, "Add theme"},
      {"AddVisionPart", [](const Plan& p, IdMaker& ids) { return AddVisionPart(p, ids, "being safe"); }, "Add part of the vision"},
      {"AddLink", [](const Plan& p, IdMaker& ids) { return AddLink(p, ids, p.actions[0].id, p.actions[1].id, LinkKind::DependsOn); }, "Link: depends on"},
      {"Duplicate", [](const Plan& p, IdMaker& ids) { return DuplicateActions(p, ids, {p.actions[0].id, p.actions[1].id}, {30, 30}); }, "Duplicate 2 actions"},
      {"Paste", [](const Plan& p, IdMaker& ids) { return PasteActions(p, ids, "- one\r\n\n* two\nthree  \n", p.changes[1].id, {0, 0}); }, "Paste 3 actions"},
      {"RenameAction", [](const Plan& p, IdMaker&) { return EditAction(p, EditedAction(p, [](Action& a) { a.title = "New title"; })); }, "Rename action"},
      {"ChangeLead", [](const Plan& p, IdMaker&) { return EditAction(p, EditedAction(p, [](Action& a) { a.lead = "Sam"; a.lead_has_lived_experience = !a.lead_has_lived_experience; })); }, "Edit action"},
      {"ChangeStatus", [](const Plan& p, IdMaker&) { return EditAction(p, EditedAction(p, [](Action& a) { a.status = a.status == Status::Done ? Status::Idea : Status::Done; })); }, "Change status of action"},
      {"EditNeeds", [](const Plan& p, IdMaker&) { return EditAction(p, EditedAction(p, [](Action& a) { a.needs.money = "£500"; })); }, "Edit action"},
      {"EditKnow", [](const Plan& p, IdMaker&) { return EditAction(p, EditedAction(p, [](Action& a) { a.how_we_will_know.push_back("I can get to the shops"); })); }, "Edit action"},
      {"RenameChange", [](const Plan& p, IdMaker&) { Change c = p.changes[0]; c.title = "Belonging"; return EditChange(p, c); }, "Rename change"},
      {"RewordVisionPart", [](const Plan& p, IdMaker&) { VisionPart v = p.vision.parts[0]; v.text = "home"; return EditVisionPart(p, v); }, "Reword part of the vision"},
      {"EditNote", [](const Plan& p, IdMaker&) { Note n = p.notes[0]; n.text = "changed"; n.kind = n.kind == NoteKind::Example ? NoteKind::Idea : NoteKind::Example; return EditNote(p, n); }, "Edit note"},
      {"EditPerson", [](const Plan& p, IdMaker&) { Person x = p.people[0]; x.name = "Jo"; return EditPerson(p, x); }, "Rename person"},
      {"RenamePlan", [](const Plan& p, IdMaker&) { PlanFields f = GetPlanFields(p); f.title = "Our plan"; return EditPlan(p, f); }, "Rename plan"},
      {"RewordVision", [](const Plan& p, IdMaker&) { PlanFields f = GetPlanFields(p); f.vision_statement = "Ours"; return EditPlan(p, f); }, "Reword the vision"},
      {"Settings", [](const Plan& p, IdMaker&) { PlanFields f = GetPlanFields(p); f.settings.show_making_it_real = !f.settings.show_making_it_real; return EditPlan(p, f); }, "Edit plan"},
      {"MoveActions", [](const Plan& p, IdMaker&) { return MoveItems(p, {{p.actions[0].id, p.actions[1].id, p.actions[2].id}}, {5, -5}); }, "Move 3 actions"},
      {"MoveMixed", [](const Plan& p, IdMaker&) { Selection s; s.actions = {p.actions[0].id}; s.notes = {p.notes[0].id}; return MoveItems(p, s, {5, 5}); }, "Move 2 items"},
      {"LinkChange", [](const Plan& p, IdMaker&) { return LinkActionToChange(p, p.actions[0].id, p.changes[5].id); }, "Link action to change"},
      {"UnlinkChange", [](const Plan& p, IdMaker&) { return UnlinkActionFromChange(p, p.actions[0].id, p.actions[0].changes.empty() ? ChangeId{} : p.actions[0].changes[0]); }, "Unlink action from change"},
      {"LinkVision", [](const Plan& p, IdMaker&) { return LinkActionToVisionPart(p, p.actions[0].id, p.vision.parts[3].id); }, "Link action to the vision"},
      {"MoveToChange", [](const Plan& p, IdMaker&) { return MoveActionToChange(p, p.actions[0].id, p.changes[4].id); }, "Move action to another change"},
      {"DeleteActions", [](const Plan& p, IdMaker&) { return DeleteItems(p, {{p.actions[0].id, p.actions[1].id}}); }, "Delete 2 actions"},
      {"DeleteNote", [](const Plan& p, IdMaker&) { Selection s; s.notes = {p.notes[0].id}; return DeleteItems(p, s); }, "Delete 1 note"},
      {"DeleteLink", [](const Plan& p, IdMaker&) { Selection s; s.links = {p.links[0].id}; return DeleteItems(p, s); }, "Delete 1 link"},
      {"DeleteMixed", [](const Plan& p, IdMaker&) { Selection s; s.people = {p.people[0].id}; s.changes = {p.changes[5].id}; return DeleteItems(p, s); }, "Delete 2 items"},
  };
  return cases;
}

class EveryCommand : public ::testing::TestWithParam<std::size_t> {};

TEST_P(EveryCommand, ApplyUndoRedo) {
  const CommandCase& c = Cases()[GetParam()];
  Plan plan = test::SmallPlan(GetParam() + 1);
  // Make sure the cases that need them find a link or change to undo.
  plan.actions[0].changes = {plan.changes[0].id};
  const Plan before = plan;
  IdMaker ids(42);
  History history = test::MakeHistory();
  Command command = c.make(plan, ids);
  ASSERT_FALSE(command.Empty()) << c.label;
  EXPECT_EQ(command.name, c.expected_name);

  history.Apply(plan, command);
  EXPECT_FALSE(SameContent(before, plan)) << c.label << " changed nothing";
  EXPECT_EQ(history.UndoName(), c.expected_name);
  const Plan applied = plan;

  ASSERT_TRUE(history.Undo(plan));
  EXPECT_TRUE(SameContent(before, plan)) << c.label << ": undo did not give back the plan";
  EXPECT_FALSE(plan == before) << "an undo is a new edit, so bookkeeping moves on";
  EXPECT_EQ(history.RedoName(), c.expected_name);

  ASSERT_TRUE(history.Redo(plan));
  EXPECT_TRUE(SameContent(applied, plan)) << c.label << ": redo did not give back the edit";
  EXPECT_EQ(SeenCounter(plan.seen, kMyCopy), 3u);  // apply, undo, redo
}

INSTANTIATE_TEST_SUITE_P(Commands, EveryCommand, ::testing::Range<std::size_t>(0, Cases().size()),
                         [](const auto& info) { return Cases()[info.param].label; });

TEST(CommandStamps, ChangedFieldsGetTheEditDotAndOthersKeepTheirs) {
  Plan plan = test::SmallPlan();
  History history = test::MakeHistory();
  Action edited = plan.actions[0];
  const Dot title_before = DotOf(plan.actions[0].meta, "title");
  const std::uint64_t revision = plan.actions[0].meta.revision;
  edited.lead = "Sam";
  history.Apply(plan, EditAction(plan, edited));
  const Action& a = plan.actions[0];
  EXPECT_EQ(DotOf(a.meta, "lead"), (Dot{kMyCopy, 1}));
  EXPECT_EQ(DotOf(a.meta, "title"), title_before);
  EXPECT_EQ(a.meta.revision, revision + 1);
  EXPECT_EQ(a.meta.changed_by, kMyCopy);
  EXPECT_EQ(a.meta.changed_at, "2026-11-23T10:00:00Z");
  EXPECT_EQ(plan.changed_at, "2026-11-23T10:00:00Z");
  history.Undo(plan);
  EXPECT_EQ(DotOf(plan.actions[0].meta, "lead"), (Dot{kMyCopy, 2}));
}

TEST(CommandStamps, AddedItemIsCreatedByThisCopyAndUndoLeavesATombstone) {
  Plan plan = test::SmallPlan();
  History history = test::MakeHistory();
  IdMaker ids(3);
  std::size_t count = plan.actions.size();
  history.Apply(plan, AddAction(plan, ids, plan.changes[0].id, {0, 0}, "New"));
  ASSERT_EQ(plan.actions.size(), count + 1);
  EXPECT_EQ(plan.actions.back().meta.created, (Dot{kMyCopy, 1}));
  history.Undo(plan);
  ASSERT_EQ(plan.actions.size(), count + 1);
  EXPECT_TRUE(plan.actions.back().meta.deleted);
  EXPECT_EQ(LiveActions(plan).size(), LiveActions(test::SmallPlan()).size());
}

TEST(CommandStamps, DeletingAnActionDeletesItsLinks) {
  Plan plan = test::SmallPlan();
  const Link link = plan.links[0];
  History history = test::MakeHistory();
  history.Apply(plan, DeleteItems(plan, {{link.from}}));
  EXPECT_TRUE(FindLink(plan, link.id)->meta.deleted);
  EXPECT_TRUE(FindAction(plan, link.from)->meta.deleted);
}

TEST(CommandBuilders, NothingToDoGivesAnEmptyCommand) {
  Plan plan = test::SmallPlan();
  IdMaker ids(1);
  EXPECT_TRUE(EditAction(plan, plan.actions[0]).Empty());
  EXPECT_TRUE(EditAction(plan, Action{ActionId{"missing"}}).Empty());
  EXPECT_TRUE(AddLink(plan, ids, plan.actions[0].id, plan.actions[0].id, LinkKind::Supports).Empty());
  EXPECT_TRUE(AddLink(plan, ids, plan.actions[0].id, ActionId{"missing"}, LinkKind::Supports).Empty());
  EXPECT_TRUE(LinkActionToChange(plan, plan.actions[0].id, ChangeId{"missing"}).Empty());
  EXPECT_TRUE(PasteActions(plan, ids, "\n  \n", plan.changes[0].id, {}).Empty());
  EXPECT_TRUE(DeleteItems(plan, {}).Empty());
  History history = test::MakeHistory();
  history.Apply(plan, Command{});
  EXPECT_FALSE(history.CanUndo());
}

TEST(CommandBuilders, PasteTrimsBulletsAndStacksCards) {
  Plan plan = test::SmallPlan();
  IdMaker ids(1);
  Command c = PasteActions(plan, ids, "- one\n* two\n", plan.changes[0].id, {100, 200});
  ASSERT_EQ(c.actions.size(), 2u);
  EXPECT_EQ(c.actions[0].after.title, "one");
  EXPECT_EQ(c.actions[1].after.title, "two");
  EXPECT_EQ(c.actions[0].after.position, (Point{100, 200}));
  EXPECT_GT(c.actions[1].after.position.y, 200);
  EXPECT_EQ(c.actions[1].after.changes, std::vector<ChangeId>{plan.changes[0].id});
}

TEST(CommandBuilders, MoveToChangeReplacesTheFirstChangeOnly) {
  Plan plan = test::SmallPlan();
  plan.actions[0].changes = {plan.changes[0].id, plan.changes[1].id};
  History history = test::MakeHistory();
  history.Apply(plan, MoveActionToChange(plan, plan.actions[0].id, plan.changes[2].id));
  EXPECT_EQ(plan.actions[0].changes, (std::vector<ChangeId>{plan.changes[2].id, plan.changes[1].id}));
}

TEST(CommandBuilders, DuplicateGivesNewIdsAndOffsets) {
  Plan plan = test::SmallPlan();
  IdMaker ids(9);
  Command c = DuplicateActions(plan, ids, {plan.actions[0].id}, {10, 0});
  ASSERT_EQ(c.actions.size(), 1u);
  EXPECT_NE(c.actions[0].after.id, plan.actions[0].id);
  EXPECT_EQ(c.actions[0].after.title, plan.actions[0].title);
  EXPECT_EQ(c.actions[0].after.position.x, plan.actions[0].position.x + 10);
}

}  // namespace
}  // namespace coplan
