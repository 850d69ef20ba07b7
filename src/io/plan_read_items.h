// Reading each kind of item from its JSON object.
#pragma once
#include "reader.h"

namespace coplan {

void ReadItem(Reader& r, const Value& obj, VisionPart& item);
void ReadItem(Reader& r, const Value& obj, Change& item);
void ReadItem(Reader& r, const Value& obj, Action& item);
void ReadItem(Reader& r, const Value& obj, Note& item);
void ReadItem(Reader& r, const Value& obj, Link& item);
void ReadItem(Reader& r, const Value& obj, Person& item);

}  // namespace coplan
