// Merge bookkeeping: every edit gets a dot (copy id + that copy's counter). Items remember the dot
// of the edit that last set each field, and the plan keeps a version vector of the dots it has
// seen, so a merge can tell "changed on one side" from "changed on both sides" field by field.
#pragma once
#include <string>
#include <string_view>

#include "plan.h"

namespace coplan {

// Who and when for one applied command: every field it touches gets the same dot.
struct EditStamp {
  Dot dot;
  std::string at;  // ISO 8601 UTC
};

// The current time as ISO 8601 UTC, e.g. "2026-11-23T10:15:00Z".
std::string NowUtc();

// The highest counter of `copy` in a version vector (0 if never seen).
std::uint64_t SeenCounter(const VersionVector& seen, const CopyId& copy);
// True if the vector already contains the edit `dot`.
bool Covers(const VersionVector& seen, const Dot& dot);
// Raises `copy`'s entry to at least `counter`, keeping the vector sorted.
void Observe(VersionVector& seen, const CopyId& copy, std::uint64_t counter, std::string_view at);
// Pointwise maximum of two vectors.
VersionVector MergeSeen(const VersionVector& a, const VersionVector& b);

// A copy's counter must never repeat. It could if this installation already edited a newer file of
// the same plan (the app keeps, per lineage, the highest counter it has used) and now opens an
// older one: then edit under a fresh copy id for this session instead.
bool NeedsFreshCopyId(const Plan& plan, const CopyId& copy, std::uint64_t highest_used);

// Starts a new edit by `copy`: bumps the plan's counter for it and returns the stamp.
EditStamp NextStamp(Plan& plan, const CopyId& copy, std::string at);

// The dot that last set `field` of an item.
const Dot& DotOf(const ItemMeta& meta, std::string_view field);
// Records that `field` was set by `dot` (keeps meta.dots sorted).
void SetFieldDot(ItemMeta& meta, std::string_view field, const Dot& dot);
// Records one edit of an item: revision, time, copy.
void Touch(ItemMeta& meta, const EditStamp& stamp);

}  // namespace coplan
