// Plain-English words and icons for the plan's values, as people see them on screen.
#pragma once
#include "model/plan.h"

namespace coplan::ui {

const char* StatusLabel(Status s);
const char* StatusIcon(Status s);
const char* WhenLabel(When w);
const char* InvolvementLabel(Involvement i);
const char* NoteKindLabel(NoteKind k);
const char* NoteKindIcon(NoteKind k);
const char* RoleLabel(PersonRole r);

}  // namespace coplan::ui
