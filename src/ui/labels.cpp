#include "ui/labels.h"

#include "ui/fonts.h"

namespace coplan::ui {

const char* StatusLabel(Status s) {
  switch (s) {
    case Status::Idea: return "Idea";
    case Status::Agreed: return "Agreed";
    case Status::InProgress: return "In progress";
    case Status::Done: return "Done";
    case Status::Paused: return "Paused";
  }
  return "";
}

const char* StatusIcon(Status s) {
  switch (s) {
    case Status::Idea: return ICON_IDEA;
    case Status::Agreed: return ICON_AGREED;
    case Status::InProgress: return ICON_IN_PROGRESS;
    case Status::Done: return ICON_DONE;
    case Status::Paused: return ICON_PAUSED;
  }
  return "";
}

const char* WhenLabel(When w) {
  switch (w) {
    case When::NotSet: return "No time set";
    case When::Now: return "Now";
    case When::Next: return "Next";
    case When::Later: return "Later";
  }
  return "";
}

const char* InvolvementLabel(Involvement i) {
  switch (i) {
    case Involvement::NotSet: return "Not set";
    case Involvement::Inform: return "Inform";
    case Involvement::Consult: return "Consult";
    case Involvement::Involve: return "Involve";
    case Involvement::CoDesign: return "Co-design";
    case Involvement::CoProduce: return "Co-produce";
  }
  return "";
}

const char* NoteKindLabel(NoteKind k) {
  switch (k) {
    case NoteKind::Idea: return "Idea";
    case NoteKind::Question: return "Question";
    case NoteKind::Example: return "Glimpse of the future";
  }
  return "";
}

const char* NoteKindIcon(NoteKind k) {
  switch (k) {
    case NoteKind::Idea: return ICON_IDEA;
    case NoteKind::Question: return ICON_QUESTION;
    case NoteKind::Example: return ICON_EYE;
  }
  return "";
}

const char* RoleLabel(PersonRole r) {
  switch (r) {
    case PersonRole::DrawsOnCare: return "Draws on care and support";
    case PersonRole::FamilyCarer: return "Family carer";
    case PersonRole::Council: return "Council";
    case PersonRole::Provider: return "Support provider";
    case PersonRole::CommunityGroup: return "Community group";
    case PersonRole::Other: return "Other";
  }
  return "";
}

}  // namespace coplan::ui
