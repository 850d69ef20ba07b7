#include "sample.h"

#include <random>

#include "sync.h"
#include "template.h"

namespace coplan {
namespace {

const char* const kWords[] = {"community", "café", "home", "support", "Ŵyn", "choice", "carers", "money",
                              "rooms", "time", "council", "bus", "garden", "friends", "work", "art",
                              "\"quoted\"", "tab\there", "line\nbreak", "emoji 😀", "back\\slash", "ŷâ"};

class Maker {
 public:
  explicit Maker(std::uint64_t seed, int copies) : m_rng(seed), m_ids(seed ^ 0x9e3779b97f4a7c15ull) {
    for (int i = 0; i < copies; ++i) m_copies.push_back(m_ids.New<CopyId>());
  }

  int Int(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(m_rng); }
  bool Chance(int percent) { return Int(1, 100) <= percent; }
  IdMaker& Ids() { return m_ids; }

  std::string Words(int lo, int hi) {
    std::string out;
    for (int n = Int(lo, hi); n > 0; --n) {
      if (!out.empty()) out += ' ';
      out += kWords[Int(0, static_cast<int>(std::size(kWords)) - 1)];
    }
    return out;
  }
  std::vector<std::string> List(int hi, int words) {
    std::vector<std::string> out(static_cast<std::size_t>(Int(0, hi)));
    for (auto& s : out) s = Words(1, words);
    return out;
  }
  std::string Date() {
    char text[16];
    std::snprintf(text, sizeof text, "2027-%02d-%02d", Int(1, 12), Int(1, 28));
    return text;
  }
  std::string Colour() {
    char text[8];
    std::snprintf(text, sizeof text, "#%06x", Int(0, 0xffffff));
    return text;
  }
  Point Position() { return {static_cast<float>(Int(-20000, 20000)) * 0.5f, static_cast<float>(Int(-5000, 5000)) * 1.25f}; }

  // Bookkeeping as a real plan would have it: made by one copy, some fields edited by others.
  template <class T>
  void Meta(T& item, Plan& plan, std::initializer_list<const char*> fields) {
    item.meta.created = Stamp(plan);
    item.meta.changed_at = "2026-11-" + std::to_string(Int(10, 28)) + "T10:00:00Z";
    item.meta.changed_by = item.meta.created.copy;
    for (const char* f : fields)
      if (Chance(20)) {
        SetFieldDot(item.meta, f, Stamp(plan));
        ++item.meta.revision;
      }
    item.meta.deleted = Chance(5);
    if (Chance(5)) item.meta.unknown = {{"x_future_flag", "true"}, {"x_future_list", "[1,\"two\",{\"k\":null}]"}};
  }

 private:
  Dot Stamp(Plan& plan) {
    const CopyId& copy = m_copies[static_cast<std::size_t>(Int(0, static_cast<int>(m_copies.size()) - 1))];
    return NextStamp(plan, copy, "2026-11-20T09:30:00Z").dot;
  }

  std::mt19937_64 m_rng;
  IdMaker m_ids;
  std::vector<CopyId> m_copies;
};

template <class E>
E AnyOf(Maker& m, int count) {
  return static_cast<E>(m.Int(0, count - 1));
}

Action MakeAction(Maker& m, Plan& plan) {
  Action a;
  a.id = m.Ids().New<ActionId>();
  a.title = m.Words(1, 6);
  a.description = m.Chance(50) ? m.Words(3, 20) : "";
  for (int n = m.Int(0, 2); n > 0; --n) a.changes.push_back(plan.changes[static_cast<std::size_t>(m.Int(0, static_cast<int>(plan.changes.size()) - 1))].id);
  if (m.Chance(40)) a.vision_parts.push_back(plan.vision.parts[static_cast<std::size_t>(m.Int(0, 3))].id);
  a.lead = m.Chance(70) ? m.Words(1, 2) : "";
  a.lead_has_lived_experience = m.Chance(40);
  a.involved = m.List(3, 2);
  a.involvement = AnyOf<Involvement>(m, 6);
  a.when = AnyOf<When>(m, 4);
  a.start_date = m.Chance(30) ? m.Date() : "";
  a.due_date = m.Chance(30) ? m.Date() : "";
  a.status = AnyOf<Status>(m, 5);
  a.needs = {m.Chance(30) ? m.Words(1, 3) : "", m.Chance(30) ? m.Words(1, 3) : "", "", m.Chance(10) ? "a room" : ""};
  a.how_we_will_know = m.List(2, 8);
  a.notes = m.Chance(20) ? m.Words(2, 10) : "";
  a.tags = m.List(2, 1);
  a.position = m.Position();
  a.colour = m.Chance(20) ? m.Colour() : "";
  m.Meta(a, plan, {"title", "lead", "status", "position"});
  return a;
}

}  // namespace

Plan SamplePlan(const SampleSize& size, std::uint64_t seed) {
  Maker m(seed, size.copies);
  Plan plan = NewPlan("Sample plan " + std::to_string(seed), m.Ids(), CopyId{"0000000000000000"}, "2026-11-01T09:00:00Z");
  plan.place = "Anytown";
  plan.group = m.Words(1, 3);
  plan.description = m.Words(5, 15);
  for (int i = 0; i < size.themes; ++i) {
    plan.changes.push_back(Change{m.Ids().New<ChangeId>(), m.Words(2, 4), m.Words(3, 8), false});
    m.Meta(plan.changes.back(), plan, {"title"});
    plan.changes.back().meta.deleted = false;
  }
  for (int i = 0; i < size.actions; ++i) plan.actions.push_back(MakeAction(m, plan));
  for (int i = 0; i < size.notes; ++i) {
    plan.notes.push_back(Note{m.Ids().New<NoteId>(), AnyOf<NoteKind>(m, 3), m.Words(1, 12), m.Position(), m.Chance(30) ? m.Colour() : ""});
    m.Meta(plan.notes.back(), plan, {"text", "position"});
  }
  for (int i = 0; i < size.links && plan.actions.size() > 1; ++i) {
    auto pick = [&] { return plan.actions[static_cast<std::size_t>(m.Int(0, static_cast<int>(plan.actions.size()) - 1))].id; };
    plan.links.push_back(Link{m.Ids().New<LinkId>(), pick(), pick(), AnyOf<LinkKind>(m, 2)});
    m.Meta(plan.links.back(), plan, {"kind"});
  }
  for (int i = 0; i < size.people; ++i) {
    plan.people.push_back(Person{m.Ids().New<PersonId>(), m.Words(1, 2), AnyOf<PersonRole>(m, 6), m.Chance(50)});
    m.Meta(plan.people.back(), plan, {"name", "role"});
  }
  if (m.Chance(50)) plan.unknown.push_back({"x_sketches", "[{\"id\":\"s1\",\"strokes\":[[0,1],[2,3]]}]"});
  return plan;
}

}  // namespace coplan
