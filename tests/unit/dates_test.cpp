// Dates people type, and how the plan keeps and shows them.
#include <gtest/gtest.h>

#include "model/dates.h"

namespace coplan {
namespace {

TEST(Dates, ReadsTheWaysPeopleWriteADate) {
  EXPECT_EQ(ReadDate("2027-01-31"), "2027-01-31");
  EXPECT_EQ(ReadDate("31/1/2027"), "2027-01-31");
  EXPECT_EQ(ReadDate(" 31.01.2027 "), "2027-01-31");
  EXPECT_EQ(ReadDate("31 Jan 2027"), "2027-01-31");
  EXPECT_EQ(ReadDate("31 january 2027"), "2027-01-31");
  EXPECT_EQ(ReadDate("3 Sept 2027"), "2027-09-03");
  EXPECT_EQ(ReadDate(""), "") << "no date";
  EXPECT_EQ(ReadDate("   "), "") << "no date";
}

TEST(Dates, RefusesWhatIsNotADay) {
  for (const char* text : {"2027-02-29", "2028-02-30", "31/4/2027", "2027-13-01", "0/1/2027", "31 Ja 2027",
                           "31 Foo 2027", "1/2/27", "next week", "2027-01", "31/1/2027/5", "99999-01-01"})
    EXPECT_FALSE(ReadDate(text).has_value()) << text;
  EXPECT_EQ(ReadDate("29/2/2028"), "2028-02-29") << "a leap year";
  EXPECT_EQ(ReadDate("29/2/2000"), "2000-02-29");
  EXPECT_FALSE(ReadDate("29/2/1900").has_value());
}

TEST(Dates, KeepsOnlyYearMonthDayInThePlan) {
  EXPECT_TRUE(IsPlanDate("2027-01-31"));
  EXPECT_FALSE(IsPlanDate("31/01/2027"));
  EXPECT_FALSE(IsPlanDate("2027-1-31"));
  EXPECT_FALSE(IsPlanDate("2027-02-30"));
  EXPECT_FALSE(IsPlanDate(""));
}

TEST(Dates, ShowsDatesInWords) {
  EXPECT_EQ(DateForPeople("2027-01-31"), "31 Jan 2027");
  EXPECT_EQ(DateForPeople("2027-09-03"), "3 Sep 2027");
  EXPECT_EQ(DateForPeople("soon"), "soon");
}

}  // namespace
}  // namespace coplan
