// Writes JSON text in the plan file's layout: 2-space indent, one value per line, "[]" and "{}"
// when empty, a final newline. Every string and number is written by nlohmann_json's serializer
// (text that is not valid UTF-8 gets U+FFFD); this class only lays them out. Never throws.
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

namespace coplan {

class JsonWriter {
 public:
  JsonWriter();
  ~JsonWriter();
  JsonWriter(const JsonWriter&) = delete;
  JsonWriter& operator=(const JsonWriter&) = delete;

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
  void Float(float value);  // shortest text that reads back to the same float; whole numbers without ".0"
  void Number(std::string_view written);  // a number kept as it was written
  void Null();
  // A value already written as JSON text (pretty, 2-space indent, starting at depth 0).
  void Raw(std::string_view json);

  std::string Take();  // the text, with its final newline

 private:
  void Open(char bracket);
  void Close(char bracket);
  void BeforeValue();
  void NewLine();
  void Token(std::string_view text);

  struct Serializer;
  std::string m_out;
  std::unique_ptr<Serializer> m_serializer;
  int m_depth = 0;
  bool m_empty = true;       // nothing written yet in the innermost container
  bool m_after_key = false;
};

// Appends `text` to `out` as a JSON string, as the writer writes it.
void AppendJsonString(std::string& out, std::string_view text);

}  // namespace coplan
