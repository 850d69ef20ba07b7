// The File menu's dialogs: My plans, Earlier versions, Share as a link, and the questions the
// keeper asks (recover? save before closing?). Drawn inside the top bar's ID stack.
#pragma once
#include <string>

#include "app/keeper.h"
#include "ui/file_dialog.h"

namespace coplan {

struct DocumentsPanels {
  bool my_plans = false;
  bool versions = false;
  bool link = false;
  bool link_copied = false;
  std::string renaming;        // the key of the plan being renamed in My plans
  ui::FileDialogState dialog;  // desktop
  bool dialog_saves = false;
  bool dialog_merges = false;  // the file chosen is a copy to merge, not a plan to open
};

// Starts a modal dialog without a title bar (each draws its own heading and Close button).
bool BeginDialog(const char* id, bool& open, float width_in_lines);
// A full-width row that is at least as tall as a button (24 px and more).
bool MenuRow(const char* label, const char* shortcut = nullptr, bool enabled = true);

void DrawMyPlans(Keeper& keeper, DocumentsPanels& panels);
void DrawVersions(Keeper& keeper, DocumentsPanels& panels);
void DrawLinkDialog(Keeper& keeper, DocumentsPanels& panels, const std::string& title);
void DrawQuestion(Keeper& keeper);
void DrawMergeReview(Keeper& keeper);
void DrawKeepStatus(Keeper& keeper);

}  // namespace coplan
