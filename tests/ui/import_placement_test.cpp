// Items added from another plan land where nothing is: each card under everything already in its
// change's lane, the notes and cards that serve no change beside the lanes.
#include <gtest/gtest.h>

#include "model/history.h"
#include "model/merge.h"
#include "model/queries.h"
#include "ui/canvas_edit.h"
#include "ui/layout.h"
#include "ui_test_plan.h"

namespace coplan::ui {
namespace {

using namespace layout;
using test::TestPlan;

float LaneX(std::size_t lane) { return LaneRect(lane, 0).x0 + (kLaneWidth - kCardWidth) / 2; }

// Every pair of live cards and notes that overlap, by title or text.
std::vector<std::string> Overlaps(const Plan& plan) {
  std::vector<std::pair<std::string, Rect>> items;
  for (const Action& a : plan.actions)
    if (!a.meta.deleted) items.emplace_back(a.title, CardRect(a));
  for (const Note& n : plan.notes)
    if (!n.meta.deleted) items.emplace_back(n.text, NoteRect(n));
  std::vector<std::string> out;
  for (std::size_t i = 0; i < items.size(); ++i)
    for (std::size_t j = i + 1; j < items.size(); ++j)
      if (items[i].second.Overlaps(items[j].second)) out.push_back(items[i].first + " / " + items[j].first);
  return out;
}

const Action& Titled(const Plan& plan, const std::string& title) {
  for (const Action& a : plan.actions)
    if (a.title == title && !a.meta.deleted) return a;
  ADD_FAILURE() << "no action " << title;
  return plan.actions.front();
}

// Ours: two cards in the first lane, a note across the second lane, a card of the third lane
// dragged far down. Theirs: cards in exactly the same places, a card that serves no change,
// a note where ours is, and a theme of their own.
struct Plans {
  TestPlan ours, theirs;
  Plans() {
    Place(ours.Add("our first", 0), 0, 0);
    Place(ours.Add("our second", 0), 0, 1);
    Place(ours.Add("our low card", 2), 2, 4);
    ours.plan.notes.push_back(Note{ours.ids.New<NoteId>(), NoteKind::Idea, "our note", {LaneX(1), kLaneTop + kLaneHeader}});

    theirs.plan.lineage = theirs.ids.New<LineageId>();
    Place(theirs.Add("their later", 0), 0, 1);
    Place(theirs.Add("their sooner", 0), 0, 0);
    Place(theirs.Add("their card in lane 2", 1), 1, 0);
    Place(theirs.Add("their card in lane 3", 2), 2, 4);
    Action& loose = theirs.Add("their card of no change", 0);
    loose.changes.clear();
    loose.position = {LaneX(0), kLaneTop + kLaneHeader};
    theirs.plan.notes.push_back(Note{theirs.ids.New<NoteId>(), NoteKind::Idea, "their note", {LaneX(1), kLaneTop + kLaneHeader}});
    Change theme{theirs.ids.New<ChangeId>(), "Their own theme", "", false};
    theirs.plan.changes.push_back(theme);
    Place(theirs.Add("their card of their theme", theirs.plan.changes.size() - 1), 0, 0);
  }
  static void Place(Action& a, std::size_t lane, int slot) {
    a.position = {LaneX(lane), kLaneTop + kLaneHeader + static_cast<float>(slot) * (kCardHeight + kCardGap)};
  }
  Plan Imported() {
    Plan plan = ours.plan;
    History history(CopyId{"aaaaaaaaaaaaaaaa"}, [] { return std::string("2026-11-23T10:00:00Z"); });
    Command import = ImportAsNew(plan, theirs.plan, ours.ids);
    PlaceImportedItems(plan, import);
    history.Apply(plan, std::move(import));
    return plan;
  }
};

TEST(PlaceImportedItems, NothingLandsOnAnythingElse) {
  Plans plans;
  ASSERT_TRUE(Overlaps(plans.ours.plan).empty());
  Plan plan = plans.Imported();
  EXPECT_EQ(LiveActions(plan).size(), 9u);
  EXPECT_EQ(Overlaps(plan), std::vector<std::string>{});
}

TEST(PlaceImportedItems, CardsGoUnderTheCardsOfTheirLaneInTheOrderTheyHad) {
  Plans plans;
  Plan plan = plans.Imported();
  const Action& sooner = Titled(plan, "their sooner");
  const Action& later = Titled(plan, "their later");
  EXPECT_EQ(sooner.position.x, LaneX(0));
  EXPECT_EQ(sooner.position.y, Titled(plan, "our second").position.y + kCardHeight + kCardGap);
  EXPECT_EQ(later.position.y, sooner.position.y + kCardHeight + kCardGap);
  // Under our note, which lies across the second lane.
  EXPECT_EQ(Titled(plan, "their card in lane 2").position.y, kLaneTop + kLaneHeader + kNoteHeight + kCardGap);
  EXPECT_EQ(Titled(plan, "their card in lane 3").position.y, Titled(plan, "our low card").position.y + kCardHeight + kCardGap);
}

TEST(PlaceImportedItems, ANewThemeIsALaneOnTheRightAndTheRestGoesBesideTheLanes) {
  Plans plans;
  Plan plan = plans.Imported();
  std::size_t theme = plan.changes.size() - 1;
  ASSERT_EQ(plan.changes[theme].title, "Their own theme");
  const Action& card = Titled(plan, "their card of their theme");
  EXPECT_EQ(card.changes.front(), plan.changes[theme].id);
  EXPECT_EQ(card.position.x, LaneX(theme));
  EXPECT_EQ(card.position.y, kLaneTop + kLaneHeader);
  float lanes_end = VisionRect(plan.changes.size()).x1;
  const Action& loose = Titled(plan, "their card of no change");
  const Note* note = nullptr;
  for (const Note& n : plan.notes)
    if (n.text == "their note") note = &n;
  ASSERT_NE(note, nullptr);
  EXPECT_GT(loose.position.x, lanes_end);
  EXPECT_GT(note->position.x, lanes_end);
  EXPECT_EQ(note->position.x - loose.position.x, LaneX(1) - LaneX(0)) << "arranged as they were";
  EXPECT_EQ(note->position.y, loose.position.y);
}

}  // namespace
}  // namespace coplan::ui
