#include "reader.h"

#include <charconv>
#include <cmath>

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

std::string Describe(const json& v) {
  switch (v.type()) {
    case json::value_t::string: return "text";
    case json::value_t::boolean: return "true or false";
    case json::value_t::number_integer:
    case json::value_t::number_unsigned:
    case json::value_t::number_float: return "a number";
    case json::value_t::array: return "a list";
    case json::value_t::object: return "a group of fields";
    case json::value_t::null: return "empty (null)";
    default: return "something else";
  }
}

bool ReadText(Reader& r, const json& v, std::string& out) {
  if (!v.is_string()) {
    r.Error("should be text, but it is " + Describe(v) + ".");
    return false;
  }
  out = v.get_ref<const std::string&>();
  return true;
}

bool ReadBool(Reader& r, const json& v, bool& out) {
  if (!v.is_boolean()) {
    r.Error("should be true or false, but it is " + Describe(v) + ".");
    return false;
  }
  out = v.get<bool>();
  return true;
}

bool ReadUInt(Reader& r, const json& v, std::uint64_t& out) {
  if (!v.is_number_unsigned()) {
    r.Error("should be a whole number of 0 or more, but it is " + Describe(v) + ".");
    return false;
  }
  out = v.get<std::uint64_t>();
  return true;
}

bool ReadTexts(Reader& r, const json& v, std::vector<std::string>& out) {
  if (!v.is_array()) {
    r.Error("should be a list, but it is " + Describe(v) + ".");
    return false;
  }
  out.clear();
  out.reserve(v.size());
  for (std::size_t i = 0; i < v.size(); ++i) {
    Scope scope(r, i);
    std::string text;
    if (!ReadText(r, v[i], text)) return false;
    out.push_back(std::move(text));
  }
  return true;
}

static void ReadCoordinate(Reader& r, const json& obj, const char* key, float& out) {
  Scope scope(r, std::string_view(key));
  auto it = obj.find(key);
  if (it == obj.end()) return;
  if (!it->is_number()) {
    r.Error("should be a number, but it is " + Describe(*it) + ".");
    return;
  }
  double value = it->get<double>();
  if (!std::isfinite(value) || std::fabs(value) > kMaxCoordinate) {
    r.Warn("the position is far off the canvas; it was moved back to 0.");
    value = 0;
  }
  out = static_cast<float>(value);
}

bool ReadPoint(Reader& r, const json& v, Point& out) {
  if (!v.is_object()) {
    r.Error("should be a position like {\"x\": 10, \"y\": 20}, but it is " + Describe(v) + ".");
    return false;
  }
  ReadCoordinate(r, v, "x", out.x);
  ReadCoordinate(r, v, "y", out.y);
  for (auto it = v.begin(); it != v.end(); ++it)
    if (it.key() != "x" && it.key() != "y") r.Warn("\"" + it.key() + "\" in a position is not known and was left out.");
  return true;
}

bool ReadDot(Reader& r, const json& v, Dot& out) {
  std::string text;
  if (!ReadText(r, v, text)) return false;
  std::size_t colon = text.rfind(':');
  std::uint64_t counter = 0;
  bool ok = colon != std::string::npos && colon > 0;
  if (ok) {
    auto [end, ec] = std::from_chars(text.data() + colon + 1, text.data() + text.size(), counter);
    ok = ec == std::errc{} && end == text.data() + text.size() && counter > 0;
  }
  if (!ok) {
    r.Warn("\"" + text + "\" is not an edit mark like \"copyid:12\"; it was left out.");
    return false;
  }
  out = Dot{CopyId{text.substr(0, colon)}, counter};
  return true;
}

static const Handler<ItemMeta> kMetaHandlers[] = {
    {"at", [](Reader& r, const json& v, ItemMeta& m) { ReadText(r, v, m.changed_at); }},
    {"by", [](Reader& r, const json& v, ItemMeta& m) { ReadText(r, v, m.changed_by.text); }},
    {"created", [](Reader& r, const json& v, ItemMeta& m) { ReadDot(r, v, m.created); }},
    {"dots",
     [](Reader& r, const json& v, ItemMeta& m) {
       if (!v.is_object()) return r.Error("should be a group of fields, but it is " + Describe(v) + ".");
       for (auto it = v.begin(); it != v.end(); ++it) {
         Scope scope(r, std::string_view(it.key()));
         Dot dot;
         if (ReadDot(r, it.value(), dot)) m.dots.push_back({it.key(), dot});
       }
     }},
    {"rev", [](Reader& r, const json& v, ItemMeta& m) { ReadUInt(r, v, m.revision); }},
};

void ReadMeta(Reader& r, const json& v, ItemMeta& meta) {
  if (!v.is_object()) return r.Error("should be a group of fields, but it is " + Describe(v) + ".");
  ReadFields<ItemMeta>(r, v, meta, kMetaHandlers, nullptr);
}

}  // namespace coplan
