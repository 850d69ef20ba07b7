// A small JSON writer for the plan file: 2-space indent, one value per line, "[]" and "{}" when
// empty. Faster than building a DOM to dump, and it never throws: bad UTF-8 becomes U+FFFD.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

namespace coplan {

class JsonWriter {
 public:
  void Reserve(std::size_t bytes) { m_out.reserve(bytes); }
  void BeginObject() { Open('{'); }
  void EndObject() { Close('}'); }
  void BeginArray() { Open('['); }
  void EndArray() { Close(']'); }
  void Key(std::string_view key);
  void String(std::string_view text);
  void Bool(bool value);
  void UInt(std::uint64_t value);
  void Int(std::int64_t value);
  void Float(float value);  // shortest text that reads back to the same float; -0 as 0
  // A value already written as JSON text (pretty, 2-space indent, starting at depth 0).
  void Raw(std::string_view json);

  std::string Take();

 private:
  void Open(char bracket);
  void Close(char bracket);
  void BeforeValue();
  void NewLine();

  std::string m_out;
  int m_depth = 0;
  bool m_empty = true;       // nothing written yet in the innermost container
  bool m_after_key = false;
};

// Appends `text` to `out` as a JSON string literal, replacing invalid UTF-8 with U+FFFD.
void AppendJsonString(std::string& out, std::string_view text);

}  // namespace coplan
