// A new plan from the default template: the Social Care Future vision with its four parts and
// the five key changes from "Whose Social Care Is It Anyway?".
#pragma once
#include <string>

#include "plan.h"

namespace coplan {

// The exact wording of the Social Care Future vision (a quotation; groups reword their own copy).
extern const char* const kVisionStatement;

// A fresh plan made by `copy` at time `now`: new lineage, template items stamped as its first edit.
Plan NewPlan(std::string title, IdMaker& ids, const CopyId& copy, const std::string& now);

}  // namespace coplan
