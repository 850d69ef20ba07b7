// Older files. Version 1 differs only in a few action fields, which the item reader accepts when
// it reads a version 1 file (see file_kinds.cpp); this adds what version 1 never had.
#pragma once
#include "json_tree.h"
#include "plan_file.h"

namespace coplan {

// Tells the user that the plan was brought up to date.
void NoteMigration(int from_version, std::vector<Problem>& warnings);

// A stable id made from the plan's content, for files that do not have a lineage yet: two people
// upgrading the same old file get the same lineage, so their copies can still be merged.
LineageId LineageFromContent(const json::Value& root);

}  // namespace coplan
