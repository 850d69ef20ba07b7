#include "ui/drawn_places.h"

#include <cmath>
#include <cstring>
#include <vector>

#include "imgui.h"
#include "imgui_internal.h"

namespace coplan::ui {
namespace {

struct Drawn {
  std::string label;
  ImVec2 min, max;
};
std::vector<Drawn> g_drawn, g_drawn_last;  // this frame's, and the last frame's

}  // namespace

void NoteDrawn(const char* label) {
  const char* name = std::strncmp(label, "##", 2) == 0 ? label + 2 : label;
  std::string text;
  for (const char* c = name; c < ImGui::FindRenderedTextEnd(name); ++c)
    if (*c != '"' && *c != '\\' && static_cast<unsigned char>(*c) >= 32) text += *c;
  g_drawn.push_back({text, ImGui::GetItemRectMin(), ImGui::GetItemRectMax()});
}

void EndDrawnPlaces() {
  g_drawn_last.swap(g_drawn);
  g_drawn.clear();
}

std::string DrawnPlacesJson() {
  auto n = [](float v) { return std::to_string(static_cast<int>(std::lround(v))); };
  std::string json = "{";
  for (const Drawn& d : g_drawn_last)
    json += (json.size() > 1 ? ",\"" : "\"") + d.label + "\":[" + n(d.min.x) + "," + n(d.min.y) + "," +
            n(d.max.x - d.min.x) + "," + n(d.max.y - d.min.y) + "]";
  return json + "}";
}

}  // namespace coplan::ui
