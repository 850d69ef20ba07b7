// Find and filter: folding text, matching over every text field, each filter, deleted actions.
#include <gtest/gtest.h>

#include <functional>

#include "model/commands.h"
#include "model/history.h"
#include "ui/find.h"
#include "ui_test_plan.h"

namespace coplan::ui {
namespace {

using test::TestPlan;
using test::Titles;
using Strings = std::vector<std::string>;

TEST(FoldForSearch, LowersCaseAndDropsAccentsOfEnglishAndWelshLetters) {
  EXPECT_EQ(FoldForSearch("Ŵyn's CAFÉ"), "wyn's cafe");
  EXPECT_EQ(FoldForSearch("ÂÊÎÔÛŴŶ âêîôûŵŷ"), "aeiouwy aeiouwy");
  EXPECT_EQ(FoldForSearch("äëïöüÿ áéíóúý àèìòù"), "aeiouy aeiouy aeiou");
  EXPECT_EQ(FoldForSearch("ẀẁẂẃẄẅỲỳ"), "wwwwwwyy");
  EXPECT_EQ(FoldForSearch("Æsop Œuvre straße Ñandú Łódź"), "aesop oeuvre strasse nandu lodz");
}

TEST(FoldForSearch, AccentsTypedAsSeparateMarksAreDroppedToo) {
  EXPECT_EQ(FoldForSearch("cafe\xCC\x81 ty\xCC\x82"), "cafe ty");  // e + U+0301, y + U+0302
}

TEST(FoldForSearch, CurlyQuotesAndDashesBecomePlain) {
  EXPECT_EQ(FoldForSearch("people\xE2\x80\x99s \xE2\x80\x9Cvoice\xE2\x80\x9D \xE2\x80\x93 now"), "people's \"voice\" - now");
}

TEST(FoldForSearch, OtherTextAndBrokenBytesAreKept) {
  EXPECT_EQ(FoldForSearch("日本 😀 × ÷"), "日本 😀 × ÷");
  EXPECT_EQ(FoldForSearch(std::string("a\xFF" "B", 3)), std::string("a\xFF" "b", 3));
}

TEST(FindQuery, IsActiveOnlyWhenSomethingWouldBeFiltered) {
  FindQuery q;
  EXPECT_FALSE(q.Active());
  q.text = "  \t ";
  EXPECT_FALSE(q.Active());
  std::vector<std::function<void(FindQuery&)>> setters = {
      [](FindQuery& f) { f.text = "cafe"; },          [](FindQuery& f) { f.change = ChangeId{"x"}; },
      [](FindQuery& f) { f.status = Status::Idea; },  [](FindQuery& f) { f.when = When::NotSet; },
      [](FindQuery& f) { f.lead = "Sam"; },           [](FindQuery& f) { f.lived_experience = false; },
      [](FindQuery& f) { f.tag = "art"; }};
  for (const auto& set : setters) {
    FindQuery one;
    set(one);
    EXPECT_TRUE(one.Active());
  }
}

TEST(MatchActions, AnEmptyQueryMatchesEveryLiveActionAndNoDeletedOne) {
  TestPlan t;
  t.Add("One");
  t.Add("Gone").meta.deleted = true;
  t.Add("Two");
  auto matches = MatchActions(t.plan, {});
  ASSERT_EQ(matches.size(), t.plan.actions.size());
  EXPECT_EQ(Titles(t.plan, matches), (Strings{"One", "Two"}));
}

// Each text field on its own: only the action that holds the word there matches.
TEST(MatchActions, SearchesEveryTextField) {
  std::vector<std::pair<const char*, std::function<void(Action&)>>> fields = {
      {"title", [](Action& a) { a.title += " zebra"; }},
      {"description", [](Action& a) { a.description = "a zebra"; }},
      {"lead", [](Action& a) { a.lead = "Zebra Jones"; }},
      {"involved", [](Action& a) { a.involved = {"Ann", "the zebra club"}; }},
      {"money", [](Action& a) { a.needs.money = "zebra fund"; }},
      {"time", [](Action& a) { a.needs.time = "zebra hours"; }},
      {"people", [](Action& a) { a.needs.people = "zebras"; }},
      {"places", [](Action& a) { a.needs.places = "zebra hall"; }},
      {"how we will know", [](Action& a) { a.how_we_will_know = {"I feel safe", "I see a zebra"}; }},
      {"notes", [](Action& a) { a.notes = "zebra"; }},
      {"tags", [](Action& a) { a.tags = {"art", "zebra"}; }},
  };
  for (const auto& [name, put] : fields) {
    TestPlan t;
    t.Add("Before");
    put(t.Add("Holder"));
    t.Add("After").description = "zebu";
    FindQuery q;
    q.text = "ZEBRA";
    EXPECT_EQ(Titles(t.plan, MatchActions(t.plan, q)), (Strings{t.plan.actions[1].title})) << name;
  }
}

TEST(MatchActions, IgnoresCaseAndAccentsBothWays) {
  TestPlan t;
  t.Add("Monthly open café");
  t.Add("Cafe for carers");
  t.Add("Tŷ Gwyn garden");
  t.Add("Ty Bach");
  t.Add("Library");
  FindQuery q;
  q.text = "CAFE";
  EXPECT_EQ(Titles(t.plan, MatchActions(t.plan, q)), (Strings{"Monthly open café", "Cafe for carers"}));
  q.text = "Café";
  EXPECT_EQ(Titles(t.plan, MatchActions(t.plan, q)), (Strings{"Monthly open café", "Cafe for carers"}));
  q.text = "tŷ";
  EXPECT_EQ(Titles(t.plan, MatchActions(t.plan, q)), (Strings{"Tŷ Gwyn garden", "Ty Bach"}));
  q.text = "TY";
  EXPECT_EQ(Titles(t.plan, MatchActions(t.plan, q)), (Strings{"Tŷ Gwyn garden", "Ty Bach"}));
}

TEST(MatchActions, EveryWordMustBeSomewhereInTheAction) {
  TestPlan t;
  t.Add("Open café").needs.places = "the library";
  t.Add("Library books");
  t.Add("Café at the station");
  FindQuery q;
  q.text = "  library   café ";
  EXPECT_EQ(Titles(t.plan, MatchActions(t.plan, q)), (Strings{"Open café"}));
  q.text = "library nothing-like-this";
  EXPECT_EQ(Titles(t.plan, MatchActions(t.plan, q)), Strings{});
}

TEST(MatchActions, DeletedActionsNeverMatch) {
  TestPlan t;
  t.Add("Garden club");
  Action& gone = t.Add("Garden party");
  gone.meta.deleted = true;
  gone.lead = "Sam";
  gone.status = Status::Done;
  FindQuery q;
  q.text = "garden";
  EXPECT_EQ(Titles(t.plan, MatchActions(t.plan, q)), (Strings{"Garden club"}));
  q.text = "party";
  EXPECT_EQ(Titles(t.plan, MatchActions(t.plan, q)), Strings{});
  q = {};
  q.status = Status::Done;
  EXPECT_EQ(Titles(t.plan, MatchActions(t.plan, q)), Strings{});
}

TEST(MatchActions, FiltersByChangeInAnyPosition) {
  TestPlan t;
  t.Add("First in 0", 0);
  t.Add("First in 1", 1).changes.push_back(t.Change(0));
  t.Add("Only 2", 2);
  FindQuery q;
  q.change = t.Change(0);
  EXPECT_EQ(Titles(t.plan, MatchActions(t.plan, q)), (Strings{"First in 0", "First in 1"}));
  q.change = t.Change(4);
  EXPECT_EQ(Titles(t.plan, MatchActions(t.plan, q)), Strings{});
}

TEST(MatchActions, FiltersByStatusAndWhen) {
  TestPlan t;
  t.Add("a").status = Status::Done;
  t.Add("b").status = Status::InProgress;
  Action& c = t.Add("c");
  c.status = Status::Done;
  c.when = When::Now;
  FindQuery q;
  q.status = Status::Done;
  EXPECT_EQ(Titles(t.plan, MatchActions(t.plan, q)), (Strings{"a", "c"}));
  q.when = When::Now;
  EXPECT_EQ(Titles(t.plan, MatchActions(t.plan, q)), (Strings{"c"}));
  q = {};
  q.when = When::NotSet;
  EXPECT_EQ(Titles(t.plan, MatchActions(t.plan, q)), (Strings{"a", "b"}));
}

TEST(MatchActions, FiltersByPartOfTheLeadsName) {
  TestPlan t;
  t.Add("a").lead = "Siân Jones";
  t.Add("b").lead = "Sian Evans";
  t.Add("c").lead = "Priya";
  t.Add("d");
  FindQuery q;
  q.lead = " sian ";
  EXPECT_EQ(Titles(t.plan, MatchActions(t.plan, q)), (Strings{"a", "b"}));
  q.lead = "JONES";
  EXPECT_EQ(Titles(t.plan, MatchActions(t.plan, q)), (Strings{"a"}));
}

TEST(MatchActions, FiltersByLivedExperienceEitherWay) {
  TestPlan t;
  t.Add("with").lead_has_lived_experience = true;
  t.Add("without");
  FindQuery q;
  q.lived_experience = true;
  EXPECT_EQ(Titles(t.plan, MatchActions(t.plan, q)), (Strings{"with"}));
  q.lived_experience = false;
  EXPECT_EQ(Titles(t.plan, MatchActions(t.plan, q)), (Strings{"without"}));
}

TEST(MatchActions, FiltersByAWholeTag) {
  TestPlan t;
  t.Add("a").tags = {"Belonging", "art"};
  t.Add("b").tags = {"belonging-too"};
  t.Add("c");
  FindQuery q;
  q.tag = "belonging";
  EXPECT_EQ(Titles(t.plan, MatchActions(t.plan, q)), (Strings{"a"}));
  q.tag = "ART";
  EXPECT_EQ(Titles(t.plan, MatchActions(t.plan, q)), (Strings{"a"}));
}

TEST(MatchActions, WordsAndFiltersMustAllHold) {
  TestPlan t;
  Action& a = t.Add("Garden for all", 1);
  a.status = Status::Agreed;
  a.lead = "Ann";
  t.Add("Garden tools", 1).lead = "Ann";
  Action& c = t.Add("Garden plan", 2);
  c.status = Status::Agreed;
  c.lead = "Ann";
  FindQuery q;
  q.text = "garden";
  q.change = t.Change(1);
  q.status = Status::Agreed;
  q.lead = "ann";
  EXPECT_EQ(Titles(t.plan, MatchActions(t.plan, q)), (Strings{"Garden for all"}));
}

TEST(DropMissingFilters, ForgetsAChangeThatIsGoneAndKeepsTheRest) {
  TestPlan t;
  FindQuery q;
  q.change = t.Change(2);
  q.status = Status::Done;
  DropMissingFilters(t.plan, q);
  EXPECT_EQ(q.change, t.Change(2));
  t.plan.changes[2].meta.deleted = true;
  DropMissingFilters(t.plan, q);
  EXPECT_FALSE(q.change.has_value());
  q.change = ChangeId{"from-another-plan"};
  DropMissingFilters(t.plan, q);
  EXPECT_FALSE(q.change.has_value());
  EXPECT_EQ(q.status, Status::Done);
}

TEST(ActionsSignature, ChangesWithEveryEditUndoAndDeletion) {
  TestPlan t;
  t.Add("One");
  History history(CopyId{"aaaaaaaaaaaaaaaa"}, [] { return std::string("2026-11-23T10:00:00Z"); });
  std::uint64_t start = ActionsSignature(t.plan);
  EXPECT_EQ(ActionsSignature(t.plan), start);
  Action edited = t.plan.actions[0];
  edited.title = "One, renamed";
  history.Apply(t.plan, EditAction(t.plan, edited));
  std::uint64_t renamed = ActionsSignature(t.plan);
  EXPECT_NE(renamed, start);
  history.Undo(t.plan);
  EXPECT_NE(ActionsSignature(t.plan), renamed);
  Selection gone;
  gone.actions = {t.plan.actions[0].id};
  std::uint64_t before_delete = ActionsSignature(t.plan);
  history.Apply(t.plan, DeleteItems(t.plan, gone));
  EXPECT_NE(ActionsSignature(t.plan), before_delete);
}

TEST(MatchNotes, NotesAreSearchedByTheirTextAndNotByActionFilters) {
  TestPlan t;
  t.Add("Tea at the library");
  auto note = [&](std::string text, bool deleted = false) {
    Note n;
    n.id = t.ids.New<NoteId>();
    n.text = std::move(text);
    n.meta.deleted = deleted;
    t.plan.notes.push_back(n);
  };
  note("Ask Siân about the tea urn");
  note("Minibus on Fridays?");
  note("Tea urn, gone", true);
  FindQuery q;
  q.text = "URN sian";
  EXPECT_EQ(MatchNotes(t.plan, q), (std::vector<char>{1, 0, 0}));
  q.text = "";
  EXPECT_EQ(MatchNotes(t.plan, q), (std::vector<char>{0, 0, 0})) << "nothing typed, nothing found";
  q.text = "urn";
  q.status = Status::Done;
  EXPECT_EQ(MatchNotes(t.plan, q), (std::vector<char>{0, 0, 0})) << "a filter is about actions";
}

TEST(MatchCountText, CountsNotesToo) {
  EXPECT_EQ(MatchCountText(2, 0), "2 actions match");
  EXPECT_EQ(MatchCountText(0, 1), "1 note matches");
  EXPECT_EQ(MatchCountText(0, 3), "3 notes match");
  EXPECT_EQ(MatchCountText(1, 1), "1 action and 1 note match");
}

TEST(MatchCountText, SaysHowManyInWords) {
  EXPECT_EQ(MatchCountText(0), "No actions match");
  EXPECT_EQ(MatchCountText(1), "1 action matches");
  EXPECT_EQ(MatchCountText(4), "4 actions match");
}

}  // namespace
}  // namespace coplan::ui
