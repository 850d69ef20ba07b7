// Dates as the plan keeps them (year-month-day, "2027-01-31") and as people write and read them.
#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace coplan {

// True for a real calendar date written year-month-day ("2027-02-29" is not one).
bool IsPlanDate(std::string_view text);

// Reads a date as people write it: "2027-01-31", "31/1/2027", "31.01.2027", "31 Jan 2027",
// "31 January 2027" (day first, as in the UK). Gives it back as year-month-day; an empty text
// gives "" (no date); anything else gives nothing.
std::optional<std::string> ReadDate(std::string_view text);

// "2027-01-31" as "31 Jan 2027"; anything else as it is.
std::string DateForPeople(std::string_view date);

}  // namespace coplan
