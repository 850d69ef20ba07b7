// What every panel gets for one frame. Panels read the plan and never change it: they push
// commands, which the app applies through the history after the frame, and may ask the app to
// show items (on the canvas, in the inspector).
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "model/command.h"
#include "model/commands.h"
#include "model/plan.h"
#include "ui/fonts.h"

namespace coplan::ui {

struct PanelContext {
  const Plan& plan;
  Fonts& fonts;
  IdMaker& ids;
  Selection& selection;                 // shared by the canvas, table and inspector (view state)
  std::vector<Command>& commands;       // edits asked for this frame, applied in order
  std::optional<Selection>& show_request;  // "take me to these items": the canvas goes there
  // Edits being typed and not finished (a title in a field still open): autosave keeps them so a
  // crash or a closed tab loses little, but they are never applied as steps. See TypedEdit.
  std::vector<Command>* drafts = nullptr;
};

// The edit that finishing the typing would make: `typed` is `current` with the text typed so far.
// Only the fields that differ are in it, so it can be applied after the frame's other edits.
template <class T>
Command TypedEdit(const T& current, const T& typed, std::vector<ItemStep<T>> Command::*steps) {
  Command edit{"Typing"};
  std::uint64_t fields = 0;
  auto defs = FieldsOf<T>();
  for (std::size_t i = 0; i < defs.size(); ++i)
    if (!defs[i].same(current, typed)) fields |= std::uint64_t{1} << i;
  if (fields) (edit.*steps).push_back(ItemStep<T>{current, typed, 0, fields});
  return edit;
}

// Adds the edit being typed in `ctx`'s panel, if there is one.
inline void PushDraft(PanelContext& ctx, Command draft) {
  if (ctx.drafts && !draft.Empty()) ctx.drafts->push_back(std::move(draft));
}

}  // namespace coplan::ui
