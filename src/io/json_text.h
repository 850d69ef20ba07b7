// Turning file text into a JSON document safely: the size limit is checked before parsing, a
// byte order mark is skipped, and problems are reported by line and column in plain English.
#pragma once
#include <string_view>
#include <vector>

#include "json_tree.h"
#include "plan_file.h"

namespace coplan {

// A text the file has, in quotes for a message, cut short if it is long.
std::string Quoted(std::string_view text);

// "line 3, column 14" for a byte offset into text (columns count characters, not bytes).
std::string LineColumn(std::string_view text, std::size_t offset);

// Parses the text of a file into `doc`; false with `errors` saying why. Never throws.
bool ParseJsonText(std::string_view text, json::Tree& doc, std::vector<Problem>& errors, std::vector<Problem>& warnings);

}  // namespace coplan
