#include "dates.h"

#include <array>
#include <cctype>
#include <cstdio>
#include <vector>

namespace coplan {
namespace {

constexpr std::array<std::string_view, 12> kMonths = {"january", "february", "march",     "april",   "may",      "june",
                                                      "july",    "august",   "september", "october", "november", "december"};

bool IsLeap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int DaysIn(int year, int month) {
  constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && IsLeap(year) ? 29 : kDays[month - 1];
}

std::optional<std::string> Made(int year, int month, int day) {
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1 || day > DaysIn(year, month)) return std::nullopt;
  char out[32];
  std::snprintf(out, sizeof out, "%04d-%02d-%02d", year, month, day);
  return std::string(out);
}

// The text split into runs of digits and runs of letters (anything else separates them).
std::vector<std::string> Pieces(std::string_view text) {
  std::vector<std::string> pieces;
  std::string piece;
  auto kind = [](char c) { return std::isdigit(static_cast<unsigned char>(c)) ? 1 : std::isalpha(static_cast<unsigned char>(c)) ? 2 : 0; };
  for (char c : text) {
    if (kind(c) == 0 || (!piece.empty() && kind(piece.back()) != kind(c))) {
      if (!piece.empty()) pieces.push_back(piece);
      piece.clear();
    }
    if (kind(c) != 0) piece += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  if (!piece.empty()) pieces.push_back(piece);
  return pieces;
}

int MonthNamed(const std::string& word) {
  if (word.size() < 3) return 0;
  for (std::size_t i = 0; i < kMonths.size(); ++i)
    if (kMonths[i].substr(0, word.size()) == word) return static_cast<int>(i) + 1;
  return 0;
}

bool AllDigits(const std::string& s) { return !s.empty() && s.size() <= 4 && std::isdigit(static_cast<unsigned char>(s[0])); }

}  // namespace

bool IsPlanDate(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
  std::optional<std::string> read = ReadDate(text);
  return read && *read == text;
}

std::optional<std::string> ReadDate(std::string_view text) {
  std::vector<std::string> p = Pieces(text);
  if (p.empty()) return std::string();
  if (p.size() != 3 || !AllDigits(p[0]) || !AllDigits(p[2])) return std::nullopt;
  int first = std::stoi(p[0]), last = std::stoi(p[2]);
  int month = AllDigits(p[1]) ? std::stoi(p[1]) : MonthNamed(p[1]);
  if (p[0].size() == 4) return Made(first, month, last);  // 2027-01-31
  if (p[2].size() == 4) return Made(last, month, first);  // 31/1/2027, 31 Jan 2027
  return std::nullopt;
}

std::string DateForPeople(std::string_view date) {
  if (!IsPlanDate(date)) return std::string(date);
  int month = std::stoi(std::string(date.substr(5, 2)));
  int day = std::stoi(std::string(date.substr(8, 2)));
  std::string name(kMonths[month - 1].substr(0, 3));
  name[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(name[0])));
  return std::to_string(day) + " " + name + " " + std::string(date.substr(0, 4));
}

}  // namespace coplan
