// The words for each choice, used in the file and shown to people ("in-progress", "co-design").
#pragma once
#include <optional>
#include <string_view>

#include "plan.h"

namespace coplan {

std::string_view Word(Involvement v);
std::string_view Word(Status v);
std::string_view Word(When v);
std::string_view Word(LinkKind v);
std::string_view Word(NoteKind v);
std::string_view Word(PersonRole v);

// Reads a word back; nothing if it is not one of ours.
template <class E> std::optional<E> FromWord(std::string_view word);

}  // namespace coplan
