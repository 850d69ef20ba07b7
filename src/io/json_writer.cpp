#include "json_writer.h"

#include <cmath>

#include <nlohmann/json.hpp>

namespace coplan {
namespace {

// The file's json: canvas positions are floats, and a json whose decimals are floats writes the
// shortest text that reads back to the same float (a double's shortest text is often longer).
using FileJson = nlohmann::basic_json<std::map, std::vector, std::string, bool, std::int64_t, std::uint64_t, float>;
using TokenWriter = nlohmann::detail::serializer<FileJson>;

}  // namespace

// nlohmann_json's serializer, appending straight to the text.
struct JsonWriter::Serializer {
  explicit Serializer(std::string& out) : tokens(nlohmann::detail::output_adapter<char>(out), ' ', FileJson::error_handler_t::replace) {}
  TokenWriter tokens;
  FileJson text = "";  // reused for every string
};

JsonWriter::JsonWriter() : m_serializer(std::make_unique<Serializer>(m_out)) {}
JsonWriter::~JsonWriter() = default;

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

void JsonWriter::Token(std::string_view text) {
  m_serializer->text.get_ref<std::string&>().assign(text);
  m_serializer->tokens.dump(m_serializer->text, false, false, 0);
}

void JsonWriter::Key(std::string_view key) {
  BeforeValue();
  Token(key);
  m_out += ": ";
  m_after_key = true;
}

void JsonWriter::String(std::string_view text) {
  BeforeValue();
  Token(text);
}

void JsonWriter::Bool(bool value) {
  BeforeValue();
  m_out += value ? "true" : "false";
}

void JsonWriter::UInt(std::uint64_t value) {
  BeforeValue();
  m_serializer->tokens.dump(FileJson(value), false, false, 0);
}

void JsonWriter::Int(std::int64_t value) {
  BeforeValue();
  m_serializer->tokens.dump(FileJson(value), false, false, 0);
}

void JsonWriter::Float(float value) {
  if (!std::isfinite(value)) value = 0.0f;
  if (std::nearbyint(value) == value && std::fabs(value) < 1e15f) return Int(static_cast<std::int64_t>(value));
  BeforeValue();
  m_serializer->tokens.dump(FileJson(value), false, false, 0);
}

void JsonWriter::Number(std::string_view written) {
  BeforeValue();
  m_out += written;
}

void JsonWriter::Null() {
  BeforeValue();
  m_out += "null";
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

void AppendJsonString(std::string& out, std::string_view text) {
  TokenWriter serializer(nlohmann::detail::output_adapter<char>(out), ' ', FileJson::error_handler_t::replace);
  serializer.dump(FileJson(text), false, false, 0);
}

}  // namespace coplan
