#include "json_writer.h"

#include "utf8.h"

#include <charconv>

#include <nlohmann/detail/conversions/to_chars.hpp>
#include <cmath>

namespace coplan {

void AppendJsonString(std::string& out, std::string_view text) {
  static const char* hex = "0123456789abcdef";
  out += '"';
  std::size_t i = 0;
  while (i < text.size()) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c >= 0x80) {
      std::size_t len = Utf8Length(text, i);
      if (len == 0) {
        out += "\xEF\xBF\xBD";
        ++i;
      } else {
        out.append(text.substr(i, len));
        i += len;
      }
      continue;
    }
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      default:
        if (c < 0x20) {
          out += "\\u00";
          out += hex[c >> 4];
          out += hex[c & 15];
        } else {
          out += static_cast<char>(c);
        }
    }
    ++i;
  }
  out += '"';
}

void JsonWriter::NewLine() {
  m_out += '\n';
  m_out.append(static_cast<std::size_t>(m_depth) * 2, ' ');
}

void JsonWriter::BeforeValue() {
  if (m_after_key) {
    m_after_key = false;
    return;
  }
  if (m_depth == 0) return;
  if (!m_empty) m_out += ',';
  m_empty = false;
  NewLine();
}

void JsonWriter::Open(char bracket) {
  BeforeValue();
  m_out += bracket;
  ++m_depth;
  m_empty = true;
}

void JsonWriter::Close(char bracket) {
  --m_depth;
  if (!m_empty) NewLine();
  m_out += bracket;
  m_empty = false;
}

void JsonWriter::Key(std::string_view key) {
  BeforeValue();
  AppendJsonString(m_out, key);
  m_out += ": ";
  m_after_key = true;
}

void JsonWriter::String(std::string_view text) {
  BeforeValue();
  AppendJsonString(m_out, text);
}

void JsonWriter::Bool(bool value) {
  BeforeValue();
  m_out += value ? "true" : "false";
}

void JsonWriter::UInt(std::uint64_t value) {
  BeforeValue();
  char buf[24];
  m_out.append(buf, std::to_chars(buf, buf + sizeof buf, value).ptr);
}

void JsonWriter::Int(std::int64_t value) {
  BeforeValue();
  char buf[24];
  m_out.append(buf, std::to_chars(buf, buf + sizeof buf, value).ptr);
}

void JsonWriter::Float(float value) {
  if (!std::isfinite(value)) value = 0.0f;
  if (std::nearbyint(value) == value && std::fabs(value) < 1e15f) return Int(static_cast<std::int64_t>(value));
  BeforeValue();
  // Shortest text that reads back as the same float. The web build's C++ library has no
  // floating-point std::to_chars, so both builds use nlohmann's and write the same bytes.
  char buf[64];
  m_out.append(buf, nlohmann::detail::to_chars(buf, buf + sizeof buf, value));
}

void JsonWriter::Raw(std::string_view json) {
  BeforeValue();
  for (char c : json) {
    m_out += c;
    if (c == '\n') m_out.append(static_cast<std::size_t>(m_depth) * 2, ' ');
  }
}

std::string JsonWriter::Take() {
  m_out += '\n';
  return std::move(m_out);
}

}  // namespace coplan
