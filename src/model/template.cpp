#include "template.h"

#include "sync.h"

namespace coplan {

const char* const kVisionStatement =
    "We all want to live in the place we call home with the people and things that we love, in "
    "communities where we look out for one another, doing the things that matter to us.";

namespace {

const char* const kVisionParts[] = {
    "the place we call home",
    "the people and things that we love",
    "communities where we look out for one another",
    "doing the things that matter to us",
};

struct ChangeText {
  const char* title;
  const char* description;
};

const ChangeText kKeyChanges[] = {
    {"Communities where everyone belongs",
     "Places where people who draw on care are welcome, known and part of local life, not kept apart."},
    {"Living in the place we call home",
     "People live in a home of their choosing, with the support they need there, not in a service."},
    {"Leading the lives we want to live",
     "People have choice and control over their support, so they can do the things that matter to them."},
    {"More resources, better used",
     "More money for care and support, spent in ways that people who draw on it say work for them."},
    {"Sharing power as equals",
     "People who draw on care plan, decide and lead together with councils and providers, as equals."},
};

template <class T>
void Stamp(T& item, const EditStamp& stamp) {
  item.meta.created = stamp.dot;
  item.meta.changed_at = stamp.at;
  item.meta.changed_by = stamp.dot.copy;
}

}  // namespace

Plan NewPlan(std::string title, IdMaker& ids, const CopyId& copy, const std::string& now) {
  Plan plan;
  plan.title = std::move(title);
  plan.created_at = now;
  plan.lineage = ids.New<LineageId>();
  plan.vision.statement = kVisionStatement;
  EditStamp stamp = NextStamp(plan, copy, now);
  Stamp(plan, stamp);
  for (const char* text : kVisionParts) {
    plan.vision.parts.push_back(VisionPart{ids.New<VisionPartId>(), text});
    Stamp(plan.vision.parts.back(), stamp);
  }
  for (const auto& change : kKeyChanges) {
    plan.changes.push_back(Change{ids.New<ChangeId>(), change.title, change.description, true});
    Stamp(plan.changes.back(), stamp);
  }
  return plan;
}

}  // namespace coplan
