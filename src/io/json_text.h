// Turning file text into a JSON value safely: size and nesting limits checked before parsing,
// syntax errors reported by line and column in plain English, duplicate keys noticed.
#pragma once
#include <optional>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "plan_file.h"

namespace coplan {

// "line 3, column 14" for a byte offset into text.
std::string LineColumn(std::string_view text, std::size_t offset);

// The parsed value, or nothing with `errors` saying why. Never throws.
std::optional<nlohmann::json> ParseJsonText(std::string_view text, std::vector<Problem>& errors,
                                            std::vector<Problem>& warnings);

}  // namespace coplan
