// Reading and writing plan files on the desktop.
#pragma once
#include <string>
#include <string_view>

namespace coplan::platform {

// Reads a whole file, refusing files over `max_bytes`. On failure says why in plain English.
bool ReadWholeFile(const std::string& path, std::size_t max_bytes, std::string& text, std::string& error);

}  // namespace coplan::platform
