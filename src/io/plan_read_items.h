// Reading each kind of item from its JSON object.
#pragma once
#include "reader.h"

namespace coplan {

void ReadItem(Reader& r, const json& obj, VisionPart& item);
void ReadItem(Reader& r, const json& obj, Change& item);
void ReadItem(Reader& r, const json& obj, Action& item);
void ReadItem(Reader& r, const json& obj, Note& item);
void ReadItem(Reader& r, const json& obj, Link& item);
void ReadItem(Reader& r, const json& obj, Person& item);

}  // namespace coplan
