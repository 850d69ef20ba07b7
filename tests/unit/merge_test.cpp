// Merge over generated pairs of divergent copies: random edits on both sides from a common base.
// No edit is lost unless a conflict decided it; merging is symmetric and idempotent; deleted
// items stay deleted.
#include <random>
#include <type_traits>

#include <gtest/gtest.h>

#include "io/plan_file.h"
#include "model/commands.h"
#include "model/fields.h"
#include "model/merge.h"
#include "model/queries.h"
#include "test_support.h"

namespace coplan {
namespace {

const CopyId kA{"aaaaaaaaaaaaaaaa"}, kB{"bbbbbbbbbbbbbbbb"};

template <class V>
const auto& Pick(const V& items, std::mt19937_64& rng) {
  return items[rng() % items.size()];
}

// One random edit, as a person would make it, through the history.
void RandomEdit(Plan& plan, History& history, IdMaker& ids, std::mt19937_64& rng) {
  auto live = LiveActions(plan);
  if (live.empty()) return history.Apply(plan, AddAction(plan, ids, plan.changes[0].id, {0, 0}, "first"));
  Action a = *Pick(live, rng);
  std::string word = "w" + std::to_string(rng() % 1000);
  switch (rng() % 14) {
    case 0: a.title = "title " + word; break;
    case 1: a.lead = "lead " + word; break;
    case 2: a.status = static_cast<Status>(rng() % 5); break;
    case 3: a.how_we_will_know.push_back(word); break;
    case 4: return history.Apply(plan, MoveItems(plan, {{a.id}}, {static_cast<float>(rng() % 50), 10}));
    case 5: return history.Apply(plan, AddAction(plan, ids, Pick(plan.changes, rng).id, {1, 2}, "new " + word));
    case 6: return history.Apply(plan, DeleteItems(plan, {{a.id}}));
    case 7: return history.Apply(plan, AddNote(plan, ids, NoteKind::Idea, word, {3, 4}));
    case 8: return history.Apply(plan, LinkActionToChange(plan, a.id, Pick(plan.changes, rng).id));
    case 9: {
      PlanFields f = GetPlanFields(plan);
      f.title = "plan " + word;
      return history.Apply(plan, EditPlan(plan, f));
    }
    case 10: {
      Change c = Pick(plan.changes, rng);
      c.description = word;
      return history.Apply(plan, EditChange(plan, c));
    }
    case 11: return history.Apply(plan, AddLink(plan, ids, a.id, Pick(live, rng)->id, LinkKind::DependsOn));
    case 12: {
      for (const Link& l : plan.links)
        if (!l.meta.deleted && rng() % 3 == 0) return history.Apply(plan, DeleteItems(plan, Selection{.links = {l.id}}));
      return;
    }
    default: if (history.CanUndo()) history.Undo(plan); return;
  }
  history.Apply(plan, EditAction(plan, a));
}

struct Divergent {
  Plan base, a, b;
};

Divergent MakeDivergent(std::uint64_t seed, int edits_a, int edits_b) {
  Divergent d;
  d.base = test::SmallPlan(seed);
  d.a = d.base;
  d.b = d.base;
  std::mt19937_64 rng(seed * 7919);
  IdMaker ids_a(seed * 3 + 1), ids_b(seed * 5 + 2);
  History ha = test::MakeHistory(kA), hb = test::MakeHistory(kB);
  for (int i = 0; i < edits_a; ++i) RandomEdit(d.a, ha, ids_a, rng);
  for (int i = 0; i < edits_b; ++i) RandomEdit(d.b, hb, ids_b, rng);
  return d;
}

const Conflict* FindConflict(const MergeResult& r, std::string_view id, std::string_view field) {
  for (const auto& c : r.conflicts)
    if (c.item_id == id && (c.field == field || c.kind == Conflict::Kind::DeletedAndChanged)) return &c;
  return nullptr;
}

// True if `link` is deleted in `side` by the edit that deleted one of its ends there, an action
// that `merged` keeps (one copy deleted it, the other changed it, and the change was kept).
bool DeletedWithAKeptAction(const Plan& side, const Plan& merged, const Link& link) {
  if (!link.meta.deleted) return false;
  for (const ActionId& end : {link.from, link.to}) {
    const Action *there = FindAction(side, end), *kept = FindAction(merged, end);
    if (there && kept && there->meta.deleted && !kept->meta.deleted &&
        DotOf(there->meta, "deleted") == DotOf(link.meta, "deleted"))
      return true;
  }
  return false;
}

// A link that comes back because its action was kept: the one deletion of it that the merge undoes.
template <class T>
bool CameBackWithItsAction(const Plan& a, const Plan& b, const Plan& merged, const T& item) {
  if constexpr (!std::is_same_v<T, Link>) {
    return false;
  } else {
    const Link *la = FindLink(a, item.id), *lb = FindLink(b, item.id), *lm = FindLink(merged, item.id);
    bool deleted_a = la && la->meta.deleted, deleted_b = lb && lb->meta.deleted;
    return lm && !lm->meta.deleted && deleted_a != deleted_b &&
           DeletedWithAKeptAction(deleted_a ? a : b, merged, deleted_a ? *la : *lb);
  }
}

// For every field of every item the base had: a change on one side only is in the result, and a
// change on both sides is either a conflict or agrees.
template <class T>
void CheckNothingLost(const std::vector<T>& base, const std::vector<T>& a, const std::vector<T>& b,
                      const std::vector<T>& merged, const MergeResult& r, const Plan& pa, const Plan& pb) {
  auto find = [](const std::vector<T>& items, const auto& id) -> const T* {
    for (const auto& x : items)
      if (x.id == id) return &x;
    return nullptr;
  };
  for (const T& x0 : base) {
    const T *xa = find(a, x0.id), *xb = find(b, x0.id), *xm = find(merged, x0.id);
    ASSERT_TRUE(xa && xb && xm) << "an item vanished: " << x0.id.text;
    bool came_back = CameBackWithItsAction(pa, pb, r.merged, x0);
    for (const auto& f : FieldsOf<T>()) {
      if (came_back && f.name == "deleted") continue;
      bool changed_a = !f.same(*xa, x0), changed_b = !f.same(*xb, x0);
      const Conflict* c = FindConflict(r, x0.id.text, f.name);
      if (c && c->kind == Conflict::Kind::DeletedAndChanged) continue;
      if (c) {
        const T& chosen = c->chosen == Side::Ours ? *xa : *xb;
        EXPECT_TRUE(f.same(*xm, chosen)) << x0.id.text << "." << f.name << " does not hold the chosen side";
      } else if (changed_a && !changed_b) {
        EXPECT_TRUE(f.same(*xm, *xa)) << x0.id.text << "." << f.name << ": our edit was lost";
      } else if (changed_b && !changed_a) {
        EXPECT_TRUE(f.same(*xm, *xb)) << x0.id.text << "." << f.name << ": their edit was lost";
      } else if (changed_a && changed_b) {
        EXPECT_TRUE(f.same(*xa, *xb)) << x0.id.text << "." << f.name << ": both changed it differently, no conflict";
      }
    }
    bool deleted_one_side = xa->meta.deleted != xb->meta.deleted;
    bool edited_other = !SameFields(xa->meta.deleted ? *xb : *xa, x0);
    if (deleted_one_side && edited_other && !x0.meta.deleted) {
      EXPECT_NE(FindConflict(r, x0.id.text, "deleted"), nullptr) << x0.id.text << ": deleted and edited, no conflict";
    }
  }
  for (const auto* side : {&a, &b})
    for (const T& x : *side)
      if (!find(base, x.id)) {
        const T* xm = find(merged, x.id);
        ASSERT_NE(xm, nullptr) << "an added item was lost";
        EXPECT_TRUE(SameFields(*xm, x) || CameBackWithItsAction(pa, pb, r.merged, x));
      }
}

class DivergentCopies : public ::testing::TestWithParam<std::uint64_t> {};

TEST_P(DivergentCopies, NoEditIsLost) {
  Divergent d = MakeDivergent(GetParam(), 25, 25);
  MergeResult r = MergePlans(d.a, d.b);
  ASSERT_TRUE(r.related);
  CheckNothingLost(d.base.actions, d.a.actions, d.b.actions, r.merged.actions, r, d.a, d.b);
  CheckNothingLost(d.base.changes, d.a.changes, d.b.changes, r.merged.changes, r, d.a, d.b);
  CheckNothingLost(d.base.notes, d.a.notes, d.b.notes, r.merged.notes, r, d.a, d.b);
  CheckNothingLost(d.base.links, d.a.links, d.b.links, r.merged.links, r, d.a, d.b);
}

TEST_P(DivergentCopies, SymmetricWhenConflictsAreResolvedAlike) {
  Divergent d = MakeDivergent(GetParam(), 25, 25);
  MergeOptions keep_a_from_a{Side::Ours, {}}, keep_a_from_b{Side::Theirs, {}};
  MergeResult ab = MergePlans(d.a, d.b, keep_a_from_a);
  MergeResult ba = MergePlans(d.b, d.a, keep_a_from_b);
  EXPECT_TRUE(SameContent(ab.merged, ba.merged));
  EXPECT_EQ(ab.conflicts.size(), ba.conflicts.size());
  EXPECT_EQ(ab.merged.seen, ba.merged.seen);
  MergeResult ab_b = MergePlans(d.a, d.b, MergeOptions{Side::Theirs, {}});
  MergeResult ba_b = MergePlans(d.b, d.a, MergeOptions{Side::Ours, {}});
  EXPECT_TRUE(SameContent(ab_b.merged, ba_b.merged));
}

TEST_P(DivergentCopies, MergingAgainChangesNothing) {
  Divergent d = MakeDivergent(GetParam(), 25, 25);
  MergeResult m = MergePlans(d.a, d.b);
  for (const Plan* other : {&d.a, &d.b, &m.merged, &d.base}) {
    MergeResult again = MergePlans(m.merged, *other);
    EXPECT_TRUE(again.conflicts.empty()) << MergeReport(again);
    EXPECT_TRUE(SameContent(again.merged, m.merged));
    EXPECT_EQ(again.merged.seen, m.merged.seen);
  }
  MergeResult other_way = MergePlans(d.b, m.merged);
  EXPECT_TRUE(other_way.conflicts.empty());
  EXPECT_TRUE(SameContent(other_way.merged, m.merged));
}

TEST_P(DivergentCopies, MergedPlanSavesAndLoads) {
  Divergent d = MakeDivergent(GetParam(), 15, 15);
  MergeResult m = MergePlans(d.a, d.b);
  LoadResult back = LoadPlanText(SavePlanText(m.merged));
  ASSERT_TRUE(back.ok());
  EXPECT_TRUE(*back.plan == m.merged);
}

// Each conflict decided its own way (not one default for all): B into A and A into B still agree.
TEST_P(DivergentCopies, SymmetricWithAChoiceForEachConflict) {
  Divergent d = MakeDivergent(GetParam(), 25, 25);
  MergeResult first = MergePlans(d.a, d.b);
  MergeOptions ab{Side::Ours, {}}, ba{Side::Theirs, {}};
  for (const Conflict& c : first.conflicts) {
    bool keep_a = std::hash<std::string>{}(c.Key()) % 2 == 0;
    ab.choices.emplace_back(c.Key(), keep_a ? Side::Ours : Side::Theirs);
    ba.choices.emplace_back(c.Key(), keep_a ? Side::Theirs : Side::Ours);
  }
  MergeResult one = MergePlans(d.a, d.b, ab), other = MergePlans(d.b, d.a, ba);
  EXPECT_TRUE(SameContent(one.merged, other.merged));
  EXPECT_EQ(one.merged.seen, other.merged.seen);
  EXPECT_TRUE(MergePlans(one.merged, other.merged).conflicts.empty());
}

// An item deleted in one copy stays deleted, unless the other copy changed it and the person chose
// to keep it; and no older copy brings it back.
TEST_P(DivergentCopies, TombstonesKeepDeletedItemsDeleted) {
  Divergent d = MakeDivergent(GetParam(), 25, 25);
  MergeResult m = MergePlans(d.a, d.b, MergeOptions{Side::Theirs, {}});
  auto deleted_in = [](const Plan& plan, const ActionId& id) {
    const Action* x = FindAction(plan, id);
    return x && x->meta.deleted;
  };
  int checked = 0;
  for (const Action& x : m.merged.actions) {
    bool kept_by_choice = FindConflict(m, x.id.text, "deleted") != nullptr;
    if (!(deleted_in(d.a, x.id) || deleted_in(d.b, x.id)) || kept_by_choice) continue;
    ++checked;
    EXPECT_TRUE(x.meta.deleted) << x.id.text << " came back";
    for (const Plan* old : {&d.base, &d.a, &d.b})
      EXPECT_TRUE(deleted_in(MergePlans(m.merged, *old).merged, x.id)) << x.id.text << " came back from an old copy";
  }
  EXPECT_GT(checked + static_cast<int>(m.conflicts.size()), 0) << "the generated edits deleted nothing";
}

// Deleting an action deletes its links in the same edit. When a delete-vs-edit conflict keeps the
// changed action, the links deleted with it come back; a link deleted on its own, or in both
// copies, or whose own deletion was a conflict, stays as the merge decided. Returns how many came back.
int CheckLinksOfKeptActions(const Plan& a, const Plan& b, const MergeResult& r) {
  int came_back = 0;
  for (const Link& link : r.merged.links) {
    const Link *la = FindLink(a, link.id), *lb = FindLink(b, link.id);
    bool deleted_a = la && la->meta.deleted, deleted_b = lb && lb->meta.deleted;
    const Action *from = FindAction(r.merged, link.from), *to = FindAction(r.merged, link.to);
    bool ends_kept = from && to && !from->meta.deleted && !to->meta.deleted;
    bool own_conflict = FindConflict(r, link.id.text, "deleted") != nullptr;
    bool with_action = deleted_a != deleted_b && DeletedWithAKeptAction(deleted_a ? a : b, r.merged, deleted_a ? *la : *lb);
    if (deleted_a && deleted_b) {
      EXPECT_TRUE(link.meta.deleted) << link.id.text << ": deleted in both copies, came back";
    }
    if (deleted_a != deleted_b && !with_action && !own_conflict) {
      EXPECT_TRUE(link.meta.deleted) << link.id.text << ": deleted on its own, came back";
    }
    if (with_action && ends_kept && !own_conflict) {
      EXPECT_FALSE(link.meta.deleted) << link.id.text << ": its action was kept, the link was not";
      ++came_back;
    }
  }
  return came_back;
}

TEST_P(DivergentCopies, KeptActionsComeBackWithTheirLinks) {
  Divergent d = MakeDivergent(GetParam(), 25, 25);
  for (Side side : {Side::Ours, Side::Theirs}) {
    MergeResult r = MergePlans(d.a, d.b, MergeOptions{side, {}});
    CheckLinksOfKeptActions(d.a, d.b, r);
    for (const Plan* copy : {&d.a, &d.b}) {
      MergeResult again = MergePlans(r.merged, *copy);
      EXPECT_TRUE(again.conflicts.empty()) << MergeReport(again);
      EXPECT_TRUE(SameContent(again.merged, r.merged)) << "a link that came back was deleted again";
    }
  }
}

INSTANTIATE_TEST_SUITE_P(Generated, DivergentCopies, ::testing::Range<std::uint64_t>(1, 61));

// The generated pairs do reach the case above: some links come back with their actions.
TEST(DivergentCopiesCover, LinksComingBackWithTheirActions) {
  int came_back = 0;
  for (std::uint64_t seed = 1; seed < 61; ++seed) {
    Divergent d = MakeDivergent(seed, 25, 25);
    came_back += CheckLinksOfKeptActions(d.a, d.b, MergePlans(d.a, d.b, MergeOptions{Side::Theirs, {}}));
  }
  EXPECT_GT(came_back, 5);
}

class MergeCase : public ::testing::Test {
 protected:
  void SetUp() override {
    base = test::SmallPlan(3);
    a = base;
    b = base;
  }
  Action& ActionIn(Plan& plan, std::size_t i) { return plan.actions[i]; }
  void Edit(Plan& plan, History& h, std::size_t i, void (*change)(Action&)) {
    Action x = plan.actions[i];
    change(x);
    h.Apply(plan, EditAction(plan, x));
  }
  Plan base, a, b;
  History ha = test::MakeHistory(kA), hb = test::MakeHistory(kB);
};

TEST_F(MergeCase, DifferentFieldsOfOneActionAreNotAConflict) {
  Edit(a, ha, 0, [](Action& x) { x.lead = "Sam (council)"; });
  Edit(b, hb, 0, [](Action& x) { x.due_date = "2027-03-31"; });
  MergeResult r = MergePlans(a, b);
  EXPECT_TRUE(r.conflicts.empty());
  EXPECT_EQ(r.merged.actions[0].lead, "Sam (council)");
  EXPECT_EQ(r.merged.actions[0].due_date, "2027-03-31");
  EXPECT_EQ(r.stats.fields_from_theirs, 1);
}

TEST_F(MergeCase, SameFieldChangedDifferentlyIsAConflictWithWhoAndWhen) {
  Edit(a, ha, 0, [](Action& x) { x.lead = "Sam (council)"; });
  Edit(b, hb, 0, [](Action& x) { x.lead = "Priya (lives with support)"; });
  MergeResult r = MergePlans(a, b);
  ASSERT_EQ(r.conflicts.size(), 1u);
  const Conflict& c = r.conflicts[0];
  EXPECT_EQ(c.field, "lead");
  EXPECT_EQ(c.item_kind, "action");
  EXPECT_EQ(c.ours_text, "Sam (council)");
  EXPECT_EQ(c.theirs_text, "Priya (lives with support)");
  EXPECT_EQ(c.ours_by, kA);
  EXPECT_EQ(c.theirs_by, kB);
  EXPECT_EQ(c.theirs_at, "2026-11-23T10:00:00Z");
  EXPECT_EQ(r.merged.actions[0].lead, "Sam (council)");
  MergeResult chosen = MergePlans(a, b, MergeOptions{Side::Ours, {{c.Key(), Side::Theirs}}});
  EXPECT_EQ(chosen.merged.actions[0].lead, "Priya (lives with support)");
  EXPECT_NE(MergeReport(r).find("Priya (lives with support)"), std::string::npos);
}

TEST_F(MergeCase, ResolvedConflictSticksWhenMergedWithEitherCopyAgain) {
  Edit(a, ha, 0, [](Action& x) { x.lead = "Sam"; });
  Edit(b, hb, 0, [](Action& x) { x.lead = "Priya"; });
  MergeResult r = MergePlans(a, b, MergeOptions{Side::Theirs, {}});
  for (const Plan* copy : {&a, &b}) {
    MergeResult again = MergePlans(r.merged, *copy);
    EXPECT_TRUE(again.conflicts.empty());
    EXPECT_EQ(again.merged.actions[0].lead, "Priya");
    EXPECT_EQ(MergePlans(*copy, r.merged).merged.actions[0].lead, "Priya");
  }
}

TEST_F(MergeCase, DeleteOnOneSideEditOnTheOtherIsAConflict) {
  ha.Apply(a, DeleteItems(a, {{a.actions[0].id}}));
  Edit(b, hb, 0, [](Action& x) { x.title = "Still wanted"; });
  MergeResult keep_deleted = MergePlans(a, b);
  ASSERT_EQ(keep_deleted.conflicts.size(), 1u);
  EXPECT_EQ(keep_deleted.conflicts[0].kind, Conflict::Kind::DeletedAndChanged);
  EXPECT_EQ(keep_deleted.conflicts[0].ours_text, "deleted");
  EXPECT_NE(keep_deleted.conflicts[0].theirs_text.find("title"), std::string::npos);
  EXPECT_TRUE(keep_deleted.merged.actions[0].meta.deleted);
  MergeResult keep_edit = MergePlans(a, b, MergeOptions{Side::Theirs, {}});
  EXPECT_FALSE(keep_edit.merged.actions[0].meta.deleted);
  EXPECT_EQ(keep_edit.merged.actions[0].title, "Still wanted");
  EXPECT_FALSE(MergePlans(keep_edit.merged, a).merged.actions[0].meta.deleted) << "the decision must stick";
}

// Keeping an action that one copy deleted and the other changed brings back the links deleted with
// it, but not a link that copy had deleted on its own before.
TEST_F(MergeCase, KeptActionComesBackWithTheLinksDeletedWithIt) {
  IdMaker ids(4);
  History setup = test::MakeHistory(CopyId{"cccccccccccccccc"});
  const ActionId kept = base.actions[0].id;
  setup.Apply(base, AddLink(base, ids, kept, base.actions[1].id, LinkKind::Supports));
  setup.Apply(base, AddLink(base, ids, base.actions[2].id, kept, LinkKind::DependsOn));
  setup.Apply(base, AddLink(base, ids, base.actions[3].id, kept, LinkKind::Supports));
  const std::size_t n = base.links.size();
  const LinkId to_one = base.links[n - 3].id, from_two = base.links[n - 2].id, alone = base.links[n - 1].id;
  a = base;
  b = base;
  ha.Apply(a, DeleteItems(a, Selection{.links = {alone}}));
  ha.Apply(a, DeleteItems(a, {{kept}}));
  ASSERT_TRUE(FindLink(a, to_one)->meta.deleted);
  Edit(b, hb, 0, [](Action& x) { x.title = "Still wanted"; });
  for (bool a_is_ours : {true, false}) {
    MergeResult r = a_is_ours ? MergePlans(a, b, MergeOptions{Side::Theirs, {}}) : MergePlans(b, a);
    ASSERT_EQ(r.conflicts.size(), 1u) << MergeReport(r);
    EXPECT_FALSE(FindAction(r.merged, kept)->meta.deleted);
    EXPECT_FALSE(FindLink(r.merged, to_one)->meta.deleted) << "a link deleted with its action comes back";
    EXPECT_FALSE(FindLink(r.merged, from_two)->meta.deleted) << "a link deleted with its action comes back";
    EXPECT_TRUE(FindLink(r.merged, alone)->meta.deleted) << "a link deleted on its own stays deleted";
    for (const Plan* copy : {&a, &b}) {
      MergeResult again = MergePlans(r.merged, *copy);
      EXPECT_TRUE(again.conflicts.empty()) << MergeReport(again);
      EXPECT_FALSE(FindLink(again.merged, to_one)->meta.deleted) << "the decision must stick";
    }
  }
  MergeResult keep_deleted = MergePlans(a, b);
  EXPECT_TRUE(FindAction(keep_deleted.merged, kept)->meta.deleted);
  EXPECT_TRUE(FindLink(keep_deleted.merged, to_one)->meta.deleted);
}

TEST_F(MergeCase, TombstonesKeepDeletedItemsDeleted) {
  ha.Apply(a, DeleteItems(a, {{a.actions[2].id}}));
  MergeResult r = MergePlans(b, a);
  EXPECT_TRUE(r.conflicts.empty());
  EXPECT_TRUE(r.merged.actions[2].meta.deleted);
  EXPECT_GE(r.stats.deleted_from_theirs, 1) << "the action, and any links to it";
  EXPECT_TRUE(MergePlans(r.merged, base).merged.actions[2].meta.deleted) << "an old copy must not bring it back";
}

TEST_F(MergeCase, AdditionsOnBothSidesAreAllKept) {
  IdMaker ids_a(1), ids_b(2);
  ha.Apply(a, AddAction(a, ids_a, a.changes[0].id, {0, 0}, "From A"));
  hb.Apply(b, AddAction(b, ids_b, b.changes[0].id, {0, 0}, "From B"));
  hb.Apply(b, AddNote(b, ids_b, NoteKind::Question, "Why?", {0, 0}));
  MergeResult r = MergePlans(a, b);
  EXPECT_EQ(r.merged.actions.size(), base.actions.size() + 2);
  EXPECT_EQ(r.merged.notes.size(), base.notes.size() + 1);
  EXPECT_EQ(r.stats.items_from_theirs, 2);
}

TEST_F(MergeCase, UndoOnOneSideIsAnEditThatWins) {
  Edit(a, ha, 0, [](Action& x) { x.status = Status::Done; });
  Plan sent = a;
  ha.Undo(a);
  MergeResult r = MergePlans(a, sent);
  EXPECT_TRUE(r.conflicts.empty());
  EXPECT_EQ(r.merged.actions[0].status, base.actions[0].status);
}

TEST_F(MergeCase, UnrelatedPlansAreNotMergedButCanBeImported) {
  Plan other = test::SmallPlan(99);
  MergeResult r = MergePlans(a, other);
  EXPECT_FALSE(r.related);
  EXPECT_TRUE(r.merged == a);
  EXPECT_NE(MergeReport(r).find("two different plans"), std::string::npos);
  IdMaker ids(5);
  std::size_t before = LiveActions(a).size();
  ha.Apply(a, ImportAsNew(a, other, ids));
  EXPECT_EQ(LiveActions(a).size(), before + LiveActions(other).size());
  for (const Action* x : LiveActions(a))
    for (const auto& c : x->changes) EXPECT_NE(FindChange(a, c), nullptr);
}

TEST_F(MergeCase, WholeMergeIsOneUndoStep) {
  Edit(b, hb, 0, [](Action& x) { x.lead = "Priya"; });
  Edit(a, ha, 1, [](Action& x) { x.lead = "Sam"; });
  const Plan before = a;
  MergeResult r = MergePlans(a, b);
  ha.Apply(a, MergeCommand(a, r.merged));
  EXPECT_EQ(ha.UndoName(), "Merge a copy");
  EXPECT_EQ(a.actions[0].lead, "Priya");
  EXPECT_TRUE(a == r.merged);
  ha.Undo(a);
  EXPECT_TRUE(a == before);
  ha.Redo(a);
  EXPECT_TRUE(a == r.merged);
}

TEST_F(MergeCase, PlanFieldsMergeToo) {
  PlanFields fa = GetPlanFields(a), fb = GetPlanFields(b);
  fa.title = "Our plan";
  fb.place = "Anytown";
  ha.Apply(a, EditPlan(a, fa));
  hb.Apply(b, EditPlan(b, fb));
  MergeResult r = MergePlans(a, b);
  EXPECT_TRUE(r.conflicts.empty());
  EXPECT_EQ(r.merged.title, "Our plan");
  EXPECT_EQ(r.merged.place, "Anytown");
}

}  // namespace
}  // namespace coplan

namespace coplan {
namespace {

class TypedValues : public MergeCase {
 protected:
  void SetUp() override {
    MergeCase::SetUp();
    Edit(a, ha, 0, [](Action& x) { x.lead = "Sam (council)"; });
    Edit(b, hb, 0, [](Action& x) { x.lead = "Priya (lives with support)"; });
    Edit(b, hb, 0, [](Action& x) { x.status = static_cast<Status>((static_cast<int>(x.status) + 1) % 5); });
    Edit(a, ha, 0, [](Action& x) { x.status = static_cast<Status>((static_cast<int>(x.status) + 2) % 5); });
  }
  const Conflict& LeadConflict(const MergeResult& r) {
    for (const Conflict& c : r.conflicts)
      if (c.field == "lead") return c;
    ADD_FAILURE() << "no conflict over the lead";
    return r.conflicts.front();
  }
};

TEST_F(TypedValues, OnlyFreeTextCanBeTyped) {
  MergeResult r = MergePlans(a, b);
  ASSERT_EQ(r.conflicts.size(), 2u);
  for (const Conflict& c : r.conflicts) EXPECT_EQ(CanTypeValue(c), c.field == "lead") << c.field;
  Conflict deletion = r.conflicts[0];
  deletion.kind = Conflict::Kind::DeletedAndChanged;
  EXPECT_FALSE(CanTypeValue(deletion));
  for (const Conflict& c : r.conflicts)
    if (c.field == "status") {
      EXPECT_TRUE(TypeConflictValue(a, c, "x").Empty()) << "a status is chosen, not typed";
    }
}

TEST_F(TypedValues, ATypedValueIsPartOfTheOneUndoStepAndSticks) {
  const Plan before = a;
  MergeResult r = MergePlans(a, b);
  std::vector<TypedValue> typed{{LeadConflict(r), "Sam and Priya"}};
  ha.Apply(a, MergeCommand(a, r.merged, typed, kA, "2026-11-24T09:00:00Z"));
  EXPECT_EQ(ha.UndoName(), "Merge a copy");
  EXPECT_EQ(a.actions[0].lead, "Sam and Priya");
  EXPECT_EQ(a.actions[0].status, before.actions[0].status) << "the other conflict kept our side";
  const Plan merged = a;
  for (const Plan* copy : std::vector<const Plan*>{&b, &before}) {
    MergeResult again = MergePlans(merged, *copy);
    EXPECT_TRUE(again.conflicts.empty()) << MergeReport(again);
    EXPECT_EQ(again.merged.actions[0].lead, "Sam and Priya");
    EXPECT_EQ(MergePlans(*copy, merged).merged.actions[0].lead, "Sam and Priya");
  }
  ASSERT_TRUE(ha.Undo(a));
  EXPECT_TRUE(SameContent(a, before));
  EXPECT_GE(SeenCounter(a.seen, kA), SeenCounter(merged.seen, kA)) << "the typed edit's counter is never used again";
  Edit(a, ha, 1, [](Action& x) { x.lead = "Someone else"; });
  EXPECT_GT(SeenCounter(a.seen, kA), SeenCounter(merged.seen, kA));
}

TEST_F(TypedValues, WithNothingTypedUndoGivesBackTheVeryPlan) {
  const Plan before = a;
  MergeResult r = MergePlans(a, b);
  ha.Apply(a, MergeCommand(a, r.merged, {}, kA, "2026-11-24T09:00:00Z"));
  ha.Undo(a);
  EXPECT_TRUE(a == before);
}

TEST_F(TypedValues, PlanFieldsCanBeTyped) {
  PlanFields fa = GetPlanFields(a), fb = GetPlanFields(b);
  fa.title = "Ours";
  fb.title = "Theirs";
  ha.Apply(a, EditPlan(a, fa));
  hb.Apply(b, EditPlan(b, fb));
  MergeResult r = MergePlans(a, b);
  const Conflict* title = nullptr;
  for (const Conflict& c : r.conflicts)
    if (c.item_kind == "plan") title = &c;
  ASSERT_NE(title, nullptr);
  ASSERT_TRUE(CanTypeValue(*title));
  ha.Apply(a, MergeCommand(a, r.merged, {{*title, "Both of ours"}}, kA, "2026-11-24T09:00:00Z"));
  EXPECT_EQ(a.title, "Both of ours");
}

TEST_F(TypedValues, NewActionsFromTheirCopyAreCounted) {
  IdMaker ids(9);
  hb.Apply(b, AddAction(b, ids, b.changes[0].id, {0, 0}, "From B"));
  hb.Apply(b, AddAction(b, ids, b.changes[0].id, {0, 0}, "Gone again"));
  hb.Apply(b, DeleteItems(b, {{b.actions.back().id}}));
  hb.Apply(b, AddNote(b, ids, NoteKind::Idea, "A note", {0, 0}));
  MergeResult r = MergePlans(a, b);
  EXPECT_EQ(r.stats.actions_from_theirs, 1) << "a new action deleted again is not new";
  EXPECT_EQ(r.stats.items_from_theirs, 3);
}

}  // namespace
}  // namespace coplan
