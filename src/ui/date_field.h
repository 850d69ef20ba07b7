// A date field: shows the date in words ("31 Jan 2027") and reads it back as people write it
// (model/dates.h).
#pragma once
#include <optional>
#include <string>

namespace coplan::ui {

// Returns the new date, year-month-day ("" for no date), once an edit that changed it is
// finished. Text that is not a date changes nothing, and the field says why until it is put
// right: beneath it, or (`compact`, in a table row) as a warning sign beside it with the reason
// on hover.
std::optional<std::string> DateField(const char* label, const std::string& date, const char* hint,
                                     float width = -1, bool compact = false);

}  // namespace coplan::ui
