#include "words.h"

#include <array>

namespace coplan {
namespace {

constexpr std::array<std::string_view, 6> kInvolvement = {"not-set", "inform", "consult", "involve", "co-design", "co-produce"};
constexpr std::array<std::string_view, 5> kStatus = {"idea", "agreed", "in-progress", "done", "paused"};
constexpr std::array<std::string_view, 4> kWhen = {"not-set", "now", "next", "later"};
constexpr std::array<std::string_view, 2> kLinkKind = {"depends-on", "supports"};
constexpr std::array<std::string_view, 3> kNoteKind = {"idea", "question", "example"};
constexpr std::array<std::string_view, 6> kRole = {"draws-on-care", "family-carer", "council", "provider", "community-group", "other"};

template <class E, std::size_t N>
std::optional<E> Lookup(const std::array<std::string_view, N>& words, std::string_view word) {
  for (std::size_t i = 0; i < N; ++i)
    if (words[i] == word) return static_cast<E>(i);
  return std::nullopt;
}

}  // namespace

std::string_view Word(Involvement v) { return kInvolvement[static_cast<std::size_t>(v)]; }
std::string_view Word(Status v) { return kStatus[static_cast<std::size_t>(v)]; }
std::string_view Word(When v) { return kWhen[static_cast<std::size_t>(v)]; }
std::string_view Word(LinkKind v) { return kLinkKind[static_cast<std::size_t>(v)]; }
std::string_view Word(NoteKind v) { return kNoteKind[static_cast<std::size_t>(v)]; }
std::string_view Word(PersonRole v) { return kRole[static_cast<std::size_t>(v)]; }

template <> std::optional<Involvement> FromWord(std::string_view w) { return Lookup<Involvement>(kInvolvement, w); }
template <> std::optional<Status> FromWord(std::string_view w) { return Lookup<Status>(kStatus, w); }
template <> std::optional<When> FromWord(std::string_view w) { return Lookup<When>(kWhen, w); }
template <> std::optional<LinkKind> FromWord(std::string_view w) { return Lookup<LinkKind>(kLinkKind, w); }
template <> std::optional<NoteKind> FromWord(std::string_view w) { return Lookup<NoteKind>(kNoteKind, w); }
template <> std::optional<PersonRole> FromWord(std::string_view w) { return Lookup<PersonRole>(kRole, w); }

}  // namespace coplan
