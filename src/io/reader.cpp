#include "reader.h"

#include <algorithm>
#include <charconv>
#include <cmath>

#include "model/dates.h"
#include "model/sync.h"

namespace coplan {

namespace {
constexpr std::size_t kMaxProblems = 50;
}

void Reader::Error(std::string message) {
  if (m_errors.size() < kMaxProblems) m_errors.push_back({Path(), std::move(message)});
}

void Reader::Warn(std::string message) {
  if (m_warnings.size() < kMaxProblems) m_warnings.push_back({Path(), std::move(message)});
}

std::string Reader::Path() const {
  std::string path;
  for (const auto& s : m_path) {
    if (s.is_index) {
      path += "[" + std::to_string(s.index) + "]";
    } else {
      if (!path.empty()) path += '.';
      path += s.key;
    }
  }
  return path;
}

std::string Describe(const Value& v) {
  switch (v.kind()) {
    case json::Kind::String: return "text";
    case json::Kind::Bool: return "true or false";
    case json::Kind::Number: return "a number";
    case json::Kind::Array: return "a list";
    case json::Kind::Object: return "a group of fields";
    case json::Kind::Null: return "empty (null)";
  }
  return "something else";
}

bool ExpectObject(Reader& r, const Value& v) {
  if (v.IsObject()) return true;
  r.Error("should be a group of fields, but it is " + Describe(v) + ".");
  return false;
}

bool ReadText(Reader& r, const Value& v, std::string& out) {
  if (!v.IsString()) {
    r.Error("should be text, but it is " + Describe(v) + ".");
    return false;
  }
  out = v.Str();
  return true;
}

static bool IsColour(const std::string& s) {
  return s.size() == 7 && s[0] == '#' &&
         std::all_of(s.begin() + 1, s.end(), [](char c) { return std::isxdigit(static_cast<unsigned char>(c)); });
}

void ReadText(Reader& r, const Value& v, std::string& out, Form form, std::string_view label) {
  if (!ReadText(r, v, out) || !FitsIn(r, out, LimitOf(form), label) || out.empty()) return;
  if (form == Form::Date && !IsPlanDate(out)) {
    r.Warn(Quoted(out) + " is not a date like 2026-03-31; it was cleared.");
    out.clear();
  } else if (form == Form::Colour && !IsColour(out)) {
    r.Warn(Quoted(out) + " is not a colour like #f4c542; the default colour is used.");
    out.clear();
  }
}

void ReadWord(Reader& r, const Value& v, int& out, int fallback, std::string_view fallback_word,
              int (*lookup)(std::string_view), std::string_view label) {
  std::string word;
  if (!ReadText(r, v, word) || !FitsIn(r, word, kMaxShortText, label)) return;
  std::string spelled = word;
  if (r.file_version == 1) std::replace(spelled.begin(), spelled.end(), ' ', '-');
  out = lookup(spelled);
  if (out >= 0) return;
  out = fallback;
  r.Warn(Quoted(word) + " is not a value this Coplan knows; it was set to \"" + std::string(fallback_word) + "\".");
}

bool ReadBool(Reader& r, const Value& v, bool& out) {
  if (!v.IsBool()) {
    r.Error("should be true or false, but it is " + Describe(v) + ".");
    return false;
  }
  out = v.Bool();
  return true;
}

bool ReadTexts(Reader& r, const Value& v, std::vector<std::string>& out, Form form, std::string_view label) {
  if (!v.IsArray()) {
    r.Error("should be a list, but it is " + Describe(v) + ".");
    return false;
  }
  if (!FewEnough(r, v.Size(), kMaxListEntries, label)) return false;
  out.clear();
  out.reserve(v.Size());
  for (std::size_t i = 0; i < v.Size(); ++i) {
    Scope scope(r, i);
    std::string text;
    if (!ReadText(r, v[i], text) || !FitsIn(r, text, LimitOf(form), label)) return false;
    out.push_back(std::move(text));
  }
  return true;
}

static void ReadCoordinate(Reader& r, const Value& obj, const char* key, float& out) {
  Scope scope(r, std::string_view(key));
  auto found = obj.Find(key);
  if (!found) return;
  if (!found->IsNumber()) {
    r.Error("should be a number, but it is " + Describe(*found) + ".");
    return;
  }
  double value = found->Double();
  if (!std::isfinite(value) || std::fabs(value) > kMaxCoordinate) {
    r.Warn("the position is far off the canvas; it was moved back to 0.");
    value = 0;
  }
  out = static_cast<float>(value);
}

bool ReadPoint(Reader& r, const Value& v, Point& out) {
  if (!v.IsObject()) {
    r.Error("should be a position like {\"x\": 10, \"y\": 20}, but it is " + Describe(v) + ".");
    return false;
  }
  ReadCoordinate(r, v, "x", out.x);
  ReadCoordinate(r, v, "y", out.y);
  v.ForEachMember([&](std::string_view key, const Value&) {
    if (key != "x" && key != "y") r.Warn("\"" + std::string(key) + "\" in a position is not known and was left out.");
  });
  return true;
}

bool ReadDot(Reader& r, const Value& v, Dot& out) {
  if (!v.IsString()) {
    r.Warn("should be an edit mark like \"copyid:12\", but it is " + Describe(v) + "; it was left out.");
    return false;
  }
  if (v.Str().size() > kMaxShortText) {
    r.Warn("is far longer than an edit mark like \"copyid:12\"; it was left out.");
    return false;
  }
  std::string text(v.Str());
  std::size_t colon = text.rfind(':');
  std::uint64_t counter = 0;
  bool ok = colon != std::string::npos && colon > 0;
  if (ok) {
    auto [end, ec] = std::from_chars(text.data() + colon + 1, text.data() + text.size(), counter);
    ok = ec == std::errc{} && end == text.data() + text.size() && counter > 0;
  }
  if (!ok) {
    r.Warn(Quoted(text) + " is not an edit mark like \"copyid:12\"; it was left out.");
    return false;
  }
  out = Dot{CopyId{text.substr(0, colon)}, counter};
  return true;
}

// Bookkeeping that is damaged is reset with a warning: it must never stop a plan from opening.
static void SoftText(Reader& r, const Value& v, std::string& out) {
  if (!v.IsString()) r.Warn("should be text, but it is " + Describe(v) + "; it was left out.");
  else if (v.Str().size() > kMaxShortText) r.Warn("is far longer than Coplan writes here; it was left out.");
  else out = v.Str();
}

static const Handler<ItemMeta> kMetaHandlers[] = {
    {"at", [](Reader& r, const Value& v, ItemMeta& m) { SoftText(r, v, m.changed_at); }},
    {"by", [](Reader& r, const Value& v, ItemMeta& m) { SoftText(r, v, m.changed_by.text); }},
    {"created", [](Reader& r, const Value& v, ItemMeta& m) { ReadDot(r, v, m.created); }},
    {"dots",
     [](Reader& r, const Value& v, ItemMeta& m) {
       if (!v.IsObject()) return r.Warn("should be a group of fields, but it is " + Describe(v) + "; it was left out.");
       v.ForEachMember([&](std::string_view key, const Value& value) {
         Scope scope(r, key);
         Dot dot;
         if (key.size() > kMaxShortText) r.Warn("this name is far longer than any field's; it was left out.");
         else if (ReadDot(r, value, dot)) SetFieldDot(m, key, dot);
       });
     }},
    {"rev",
     [](Reader& r, const Value& v, ItemMeta& m) {
       if (v.IsUnsigned()) m.revision = v.UInt();
       else r.Warn("should be a whole number of 0 or more, but it is " + Describe(v) + "; it was reset to 1.");
     }},
};

void ReadSettings(Reader& r, const Value& v, PlanSettings& out) {
  static const Handler<PlanSettings> kHandlers[] = {
      {"making_it_real", [](Reader& r, const Value& v, PlanSettings& s) { ReadBool(r, v, s.show_making_it_real); }},
  };
  if (ExpectObject(r, v)) ReadFields<PlanSettings>(r, v, out, kHandlers, &out.unknown);
}

void ReadMeta(Reader& r, const Value& v, ItemMeta& meta) {
  if (!v.IsObject()) return r.Warn("should be a group of fields, but it is " + Describe(v) + "; it was left out.");
  ReadFields<ItemMeta>(r, v, meta, kMetaHandlers, nullptr);
}

}  // namespace coplan
