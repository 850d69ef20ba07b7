// The plan file (*.coplan.json): load with checks and plain-English problems, save byte-stably.
// Loading never touches a plan that is open: it returns a new one, or the reasons it could not.
#pragma once
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/plan.h"

namespace coplan {

constexpr int kFileVersion = 2;                        // what this Coplan writes
constexpr std::size_t kMaxFileBytes = 64u << 20;       // far beyond any real plan
constexpr int kMaxNesting = 64;                        // a plan needs about 6 levels
constexpr std::size_t kMaxValues = 6'000'000;          // a 10,000-action plan has about 650,000
constexpr double kMaxCoordinate = 1.0e7;               // canvas coordinates beyond this are absurd

// What a plan may hold. A file with more is refused, with a message that says which field and
// what the limit is: the page must never be asked to show a 50 MB title.
constexpr std::size_t kMaxShortText = 2'000;      // characters in a title, name, lead, tag, date, word, id
constexpr std::size_t kMaxLongText = 200'000;     // characters in a description, notes, the vision, any
                                                  // text in a field from a newer Coplan
constexpr std::size_t kMaxListEntries = 1'000;    // texts or ids in one list of an item (tags, changes...)
constexpr std::size_t kMaxUnknownFields = 1'000;  // fields from a newer Coplan in one item
constexpr std::size_t kMaxVisionParts = 1'000;
constexpr std::size_t kMaxChanges = 1'000;
constexpr std::size_t kMaxActions = 50'000;       // Coplan is measured with 10,000
constexpr std::size_t kMaxNotes = 50'000;
constexpr std::size_t kMaxLinks = 200'000;
constexpr std::size_t kMaxPeople = 10'000;

// One problem found in a file: where ("actions[3].status", "line 4, column 12") and what.
struct Problem {
  std::string where;
  std::string message;
  std::string Text() const { return where.empty() ? message : where + ": " + message; }
};

struct LoadResult {
  std::optional<Plan> plan;        // set when the file could be opened (possibly with warnings)
  std::vector<Problem> errors;     // why it could not be opened
  std::vector<Problem> warnings;   // what was repaired while opening it
  int file_version = 0;            // the version the file was written in (before migration)
  bool ok() const { return plan.has_value(); }
};

// A problem if a file of this many bytes is too large to open (check before reading it all).
std::optional<Problem> CheckFileSize(std::uint64_t bytes);

// Reads a plan from the text of a file. Accepts a UTF-8 byte order mark and CRLF line ends,
// migrates older versions, keeps fields it does not know so they are written back.
LoadResult LoadPlanText(std::string_view text);

// Writes the plan in the current format: UTF-8, 2-space indent, stable order, so saving the same
// plan twice gives the same bytes. Text that is not valid UTF-8 is written with U+FFFD in its place.
std::string SavePlanText(const Plan& plan);

}  // namespace coplan
