#include "sync.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>

namespace coplan {

std::string NowUtc() {
  std::time_t t = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm parts{};
  gmtime_r(&t, &parts);
  char text[48];  // snprintf, not strftime: the browser build's first strftime call costs ~50 ms
  std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02dZ", parts.tm_year + 1900, parts.tm_mon + 1,
                parts.tm_mday, parts.tm_hour, parts.tm_min, parts.tm_sec);
  return text;
}

static auto FindCopy(const std::vector<CopySeen>& copies, const CopyId& copy) {
  return std::lower_bound(copies.begin(), copies.end(), copy,
                          [](const CopySeen& c, const CopyId& id) { return c.copy < id; });
}

std::uint64_t SeenCounter(const VersionVector& seen, const CopyId& copy) {
  auto it = FindCopy(seen.copies, copy);
  return it != seen.copies.end() && it->copy == copy ? it->counter : 0;
}

bool Covers(const VersionVector& seen, const Dot& dot) { return dot.counter <= SeenCounter(seen, dot.copy); }

void Observe(VersionVector& seen, const CopyId& copy, std::uint64_t counter, std::string_view at) {
  auto it = FindCopy(seen.copies, copy);
  if (it == seen.copies.end() || it->copy != copy) {
    seen.copies.insert(it, CopySeen{copy, counter, std::string(at)});
    return;
  }
  auto& entry = seen.copies[static_cast<std::size_t>(it - seen.copies.begin())];
  if (counter > entry.counter) {
    entry.counter = counter;
    entry.last_at = std::string(at);
  }
}

VersionVector MergeSeen(const VersionVector& a, const VersionVector& b) {
  VersionVector out = a;
  for (const auto& c : b.copies) Observe(out, c.copy, c.counter, c.last_at);
  return out;
}

bool NeedsFreshCopyId(const Plan& plan, const CopyId& copy, std::uint64_t highest_used) {
  return SeenCounter(plan.seen, copy) < highest_used;
}

EditStamp NextStamp(Plan& plan, const CopyId& copy, std::string at) {
  EditStamp stamp{Dot{copy, SeenCounter(plan.seen, copy) + 1}, std::move(at)};
  Observe(plan.seen, copy, stamp.dot.counter, stamp.at);
  plan.changed_at = stamp.at;
  return stamp;
}

const Dot& DotOf(const ItemMeta& meta, std::string_view field) {
  for (const auto& d : meta.dots)
    if (d.field == field) return d.dot;
  return meta.created;
}

void SetFieldDot(ItemMeta& meta, std::string_view field, const Dot& dot) {
  auto it = std::lower_bound(meta.dots.begin(), meta.dots.end(), field,
                             [](const FieldDot& d, std::string_view f) { return d.field < f; });
  if (it != meta.dots.end() && it->field == field) {
    it->dot = dot;
    return;
  }
  meta.dots.insert(it, FieldDot{std::string(field), dot});
}

void Touch(ItemMeta& meta, const EditStamp& stamp) {
  ++meta.revision;
  meta.changed_at = stamp.at;
  meta.changed_by = stamp.dot.copy;
}

}  // namespace coplan
