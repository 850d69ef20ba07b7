// Where a new note goes: near the middle of the view, over no card, note or the vision.
#include <gtest/gtest.h>

#include "ui/layout.h"
#include "ui_test_plan.h"

namespace coplan::ui {
namespace {

using test::TestPlan;

TEST(FreeSpotForNote, AnEmptyPlaceIsUsedAsItIs) {
  TestPlan t;
  Point at = FreeSpotForNote(t.plan, {500, 900});
  EXPECT_EQ(at.x, 500 - layout::kNoteWidth / 2);
  EXPECT_EQ(at.y, 900 - layout::kNoteHeight / 2);
}

TEST(FreeSpotForNote, ANoteGoesBesideCardsAndNotesNotOnThem) {
  TestPlan t;
  for (int i = 0; i < 4; ++i) {
    Action& a = t.Add("Card " + std::to_string(i), 1);
    a.position = NextCardSlot(t.plan, 1);
  }
  Note n;
  n.id = t.ids.New<NoteId>();
  n.position = {700, 340};
  t.plan.notes.push_back(n);
  Rect lane = LaneRect(1, 0);
  Point centre{(lane.x0 + lane.x1) / 2, t.plan.actions[1].position.y + 40};
  Point at = FreeSpotForNote(t.plan, centre);
  Note placed;
  placed.position = at;
  Rect r = NoteRect(placed);
  for (const Action& a : t.plan.actions) EXPECT_FALSE(r.Overlaps(CardRect(a))) << a.title;
  EXPECT_FALSE(r.Overlaps(NoteRect(n)));
  EXPECT_FALSE(r.Overlaps(VisionRect(t.plan.changes.size())));
  EXPECT_LT(std::abs(at.x + layout::kNoteWidth / 2 - centre.x) + std::abs(at.y + layout::kNoteHeight / 2 - centre.y), 700)
      << "and near where it was asked for";
}

}  // namespace
}  // namespace coplan::ui
