// The fields of every kind of item (model/item_kinds.h) and their io half (io/file_fields.h)
// agree field for field, and every field of every kind survives save -> load -> merge.
#include <algorithm>
#include <set>

#include <gtest/gtest.h>

#include "io/file_fields.h"
#include "io/plan_file.h"
#include "model/command.h"
#include "model/history.h"
#include "model/merge.h"
#include "model/queries.h"
#include "test_support.h"

namespace coplan {
namespace {

template <class K>
void ExpectTheHalvesAgree() {
  SCOPED_TRACE(std::string(Kind<K>::name));
  std::vector<std::string_view> written = WrittenKeys<K>(), read = ReadKeys<K>();
  std::set<std::string_view> model;
  for (const auto& f : FieldsOf<K>()) {
    EXPECT_TRUE(model.insert(f.name).second) << "two fields are called " << f.name;
    EXPECT_FALSE(f.label.empty()) << f.name;
    EXPECT_EQ(std::count(written.begin(), written.end(), f.name), 1) << f.name << " is not written once";
    EXPECT_EQ(std::count(read.begin(), read.end(), f.name), 1) << f.name << " is not read once";
  }
  EXPECT_EQ(std::set<std::string_view>(written.begin(), written.end()).size(), written.size()) << "a key written twice";
  for (std::string_view key : written)
    EXPECT_NE(std::find(read.begin(), read.end(), key), read.end()) << key << " is written but never read";
  std::vector<std::string_view> model_order;
  for (std::string_view key : written)
    if (model.count(key)) model_order.push_back(key);
  std::vector<std::string_view> table_order;
  for (const auto& f : FieldsOf<K>()) table_order.push_back(f.name);
  EXPECT_EQ(model_order, table_order) << "the file keeps the fields in the order of Kind<K>::fields";
}

TEST(FieldTables, ModelAndFileAgreeFieldForField) {
  ExpectTheHalvesAgree<PlanFields>();
  ExpectTheHalvesAgree<VisionPart>();
  ExpectTheHalvesAgree<Change>();
  ExpectTheHalvesAgree<Action>();
  ExpectTheHalvesAgree<Note>();
  ExpectTheHalvesAgree<Link>();
  ExpectTheHalvesAgree<Person>();
}

TEST(FieldTables, ItemsStartWithTheirIdAndEndWithTheirBookkeeping) {
  EXPECT_EQ(WrittenKeys<Action>().front(), "id");
  EXPECT_EQ(WrittenKeys<Action>().back(), "sync");
  EXPECT_EQ(WrittenKeys<PlanFields>().front(), "format");
  EXPECT_EQ(WrittenKeys<PlanFields>()[1], "version");
}

// A different value of every type a field can have, that a file keeps as it is.
struct Change_ {
  const Plan& plan;

  void operator()(std::string& s, Form form) const {
    if (form == Form::Date) s = s == "2027-03-04" ? "2027-03-05" : "2027-03-04";
    else if (form == Form::Colour) s = s == "#123456" ? "#654321" : "#123456";
    else s += " (changed)";
  }
  void operator()(bool& b, Form) const { b = !b; }
  template <class E>
    requires std::is_enum_v<E>
  void operator()(E& e, Form) const {
    e = static_cast<E>(static_cast<int>(e) == 0 ? 1 : 0);
  }
  void operator()(std::vector<std::string>& list, Form) const { list.push_back("one more"); }
  void operator()(Point& p, Form) const { p = {p.x + 12.25f, p.y - 3.5f}; }
  void operator()(PlanSettings& s, Form) const { s.show_making_it_real = !s.show_making_it_real; }
  void operator()(std::vector<ChangeId>& ids, Form) const { ids = {plan.changes.back().id}; }
  void operator()(std::vector<VisionPartId>& ids, Form) const { ids = {plan.vision.parts.back().id}; }
  void operator()(ActionId& id, Form) const {
    id = id == plan.actions[2].id ? plan.actions[3].id : plan.actions[2].id;
  }
};

template <class K>
K EveryFieldChanged(const K& item, const Plan& plan) {
  K changed = item;
  ForEachField<K>([&](const auto& field, auto) { Change_{plan}(field.Of(changed), field.form); });
  return changed;
}

template <class K>
void AddStep(Command& c, const K& before, const K& after) {
  if constexpr (std::is_same_v<K, PlanFields>) c.plan = ItemStep<K>{before, after};
  else if constexpr (std::is_same_v<K, VisionPart>) c.vision_parts.push_back({before, after});
  else if constexpr (std::is_same_v<K, Change>) c.changes.push_back({before, after});
  else if constexpr (std::is_same_v<K, Action>) c.actions.push_back({before, after});
  else if constexpr (std::is_same_v<K, Note>) c.notes.push_back({before, after});
  else if constexpr (std::is_same_v<K, Link>) c.links.push_back({before, after});
  else c.people.push_back({before, after});
}

template <class K>
void ExpectSame(const K& got, const K& want) {
  for (const auto& f : FieldsOf<K>())
    EXPECT_TRUE(f.same(got, want)) << Kind<K>::name << " " << f.name << ": " << f.text(got) << " instead of "
                                   << f.text(want);
}

TEST(FieldTables, EveryFieldOfEveryKindSurvivesSaveLoadMerge) {
  const Plan base = test::SmallPlan(3);
  Plan theirs = base;
  PlanFields plan_fields = EveryFieldChanged(GetPlanFields(base), base);
  VisionPart part = EveryFieldChanged(base.vision.parts[0], base);
  Change change = EveryFieldChanged(base.changes[0], base);
  Action action = EveryFieldChanged(base.actions[1], base);
  Note note = EveryFieldChanged(base.notes[0], base);
  Link link = EveryFieldChanged(base.links[0], base);
  Person person = EveryFieldChanged(base.people[0], base);
  Command edit;
  edit.name = "Change every field";
  AddStep(edit, GetPlanFields(base), plan_fields);
  AddStep(edit, base.vision.parts[0], part);
  AddStep(edit, base.changes[0], change);
  AddStep(edit, base.actions[1], action);
  AddStep(edit, base.notes[0], note);
  AddStep(edit, base.links[0], link);
  AddStep(edit, base.people[0], person);
  History history = test::MakeHistory(CopyId{"bbbbbbbbbbbbbbbb"});
  history.Apply(theirs, edit);

  LoadResult loaded = LoadPlanText(SavePlanText(theirs));
  ASSERT_TRUE(loaded.ok()) << loaded.errors[0].Text();
  EXPECT_TRUE(loaded.warnings.empty()) << loaded.warnings[0].Text();
  EXPECT_TRUE(*loaded.plan == theirs);
  MergeResult merged = MergePlans(base, *loaded.plan);
  ASSERT_TRUE(merged.related);
  EXPECT_TRUE(merged.conflicts.empty());
  const Plan& m = merged.merged;
  ExpectSame(GetPlanFields(m), plan_fields);
  ExpectSame(m.vision.parts[0], part);
  ExpectSame(m.changes[0], change);
  ExpectSame(*FindAction(m, action.id), action);
  ExpectSame(*FindNote(m, note.id), note);
  ExpectSame(m.links[0], link);
  ExpectSame(*FindPerson(m, person.id), person);
}

}  // namespace
}  // namespace coplan
