// Ordering the action table's rows: pure, so it is tested without a window.
#include <algorithm>
#include <string>

#include "ui/action_table.h"
#include "ui/find.h"

namespace coplan::ui {
namespace {

// What a row is sorted by: rows with nothing to show go last; then by rank, then by text.
struct SortKey {
  bool missing = false;
  int rank = 0;
  std::string text;
};

SortKey KeyFor(const Action& a, TableColumn column) {
  switch (column) {
    case TableColumn::Title: return {a.title.empty(), 0, FoldForSearch(a.title)};
    case TableColumn::Lead: return {a.lead.empty(), 0, FoldForSearch(a.lead) + (a.lead_has_lived_experience ? "\x01" : "\x02")};
    case TableColumn::When: return {a.when == When::NotSet, static_cast<int>(a.when), {}};
    case TableColumn::Status: return {false, static_cast<int>(a.status), {}};
    case TableColumn::Involvement: return {a.involvement == Involvement::NotSet, static_cast<int>(a.involvement), {}};
    case TableColumn::DueDate: return {a.due_date.empty(), 0, a.due_date};
  }
  return {};
}

}  // namespace

std::vector<std::size_t> SortedActionRows(const Plan& plan, const std::vector<char>* matches, int column,
                                          bool descending) {
  std::vector<std::size_t> rows;
  for (std::size_t i = 0; i < plan.actions.size(); ++i) {
    bool wanted = !matches || (i < matches->size() && (*matches)[i]);
    if (!plan.actions[i].meta.deleted && wanted) rows.push_back(i);
  }
  if (column < 0 || column >= kSortableColumns) return rows;
  std::vector<SortKey> keys(plan.actions.size());
  for (std::size_t i : rows) keys[i] = KeyFor(plan.actions[i], static_cast<TableColumn>(column));
  std::stable_sort(rows.begin(), rows.end(), [&](std::size_t x, std::size_t y) {
    const SortKey& a = keys[x];
    const SortKey& b = keys[y];
    if (a.missing != b.missing) return b.missing;
    if (a.rank != b.rank) return descending ? a.rank > b.rank : a.rank < b.rank;
    int order = a.text.compare(b.text);
    return descending ? order > 0 : order < 0;
  });
  return rows;
}

}  // namespace coplan::ui
