#include "app/app.h"

#include <cmath>

#include "imgui.h"
#include "io/plan_file.h"
#include "model/template.h"

namespace coplan {

App::App()
    : m_copy(m_ids.New<CopyId>()),
      m_plan(NewPlan("Our plan", m_ids, m_copy, NowUtc())),
      m_history(m_copy) {}

bool App::PrepareFrame(float content_scale) {
  float scale = content_scale * m_text_size;
  bool rebuilt = false;
  if (std::abs(scale - m_built_scale) > 0.01f) {
    m_fonts.Build(scale);
    m_built_scale = scale;
    m_theme_dirty = true;
    rebuilt = true;
  } else if (m_fonts.CanvasSizesMissing() && !Animating()) {
    m_fonts.RebuildForCanvas();
    rebuilt = true;
  }
  if (m_theme_dirty) {
    ui::ApplyTheme(m_theme, scale);
    m_theme_dirty = false;
  }
  return rebuilt;
}

bool App::Animating() const {
  ImGuiIO& io = ImGui::GetIO();
  return m_canvas.animating || io.MouseDown[0] || io.MouseDown[2] || io.MouseWheel != 0;
}

void App::Frame() {
  m_fonts.BeginFrame();
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->WorkPos);
  ImGui::SetNextWindowSize(viewport->WorkSize);
  ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                           ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoSavedSettings;
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 0);
  ImGui::Begin("Coplan", nullptr, flags);
  ImGui::PopStyleVar(2);
  DrawTopBar();
  DrawNotices();
  ui::DrawCanvas(m_plan, m_canvas, m_fonts);
  ImGui::End();
}

void App::DrawTopBar() {
  const ImGuiStyle& style = ImGui::GetStyle();
  ImGui::SetCursorPos(ImVec2(style.WindowPadding.x + style.ItemSpacing.x, style.ItemSpacing.y));
  ImGui::BeginGroup();
  ImGui::PushFont(m_fonts.Large());
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(m_plan.title.empty() ? "Untitled plan" : m_plan.title.c_str());
  ImGui::PopFont();
  ImGui::SameLine(0, style.ItemSpacing.x * 3);
  if (ImGui::Button(ICON_FIT "  Fit whole plan")) m_canvas.fit_pending = true;
  ImGui::SameLine();
  if (ImGui::Button(ICON_HOME "  Go to the vision")) m_canvas.vision_pending = true;
  ImGui::SameLine();
  if (ImGui::Button(ICON_ZOOM_OUT "##Zoom out")) m_canvas.view.zoom = std::max(ui::kMinZoom, m_canvas.view.zoom / 1.25f);
  ImGui::SameLine();
  ImGui::Text("%d%%", static_cast<int>(std::lround(m_canvas.view.zoom * 100)));
  ImGui::SameLine();
  if (ImGui::Button(ICON_ZOOM_IN "##Zoom in")) m_canvas.view.zoom = std::min(ui::kMaxZoom, m_canvas.view.zoom * 1.25f);
  ImGui::EndGroup();
  ImGui::Dummy(ImVec2(0, style.ItemSpacing.y * 0.5f));
  ImGui::Separator();
}

void App::DrawNotices() {
  for (std::size_t i = 0; i < m_notices.size();) {
    const Notice& n = m_notices[i];
    ImU32 colour = n.kind == Notice::Kind::Error     ? IM_COL32(0xFD, 0xE8, 0xE4, 255)
                   : n.kind == Notice::Kind::Warning ? IM_COL32(0xFF, 0xF4, 0xCC, 255)
                                                     : IM_COL32(0xE3, 0xF0, 0xEE, 255);
    ImGui::PushID(static_cast<int>(i));
    ImGui::PushStyleColor(ImGuiCol_ChildBg, colour);
    ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(0x1D, 0x21, 0x25, 255));
    ImGui::BeginChild("notice", ImVec2(0, 0), ImGuiChildFlags_AutoResizeY | ImGuiChildFlags_AlwaysUseWindowPadding);
    const char* icon = n.kind == Notice::Kind::Info ? ICON_INFO : ICON_WARNING;
    ImGui::TextUnformatted(icon);
    ImGui::SameLine();
    ImGui::PushTextWrapPos(ImGui::GetContentRegionAvail().x - 120 * m_fonts.Scale());
    ImGui::TextUnformatted(n.text.c_str());
    ImGui::PopTextWrapPos();
    ImGui::SameLine(ImGui::GetContentRegionMax().x - 110 * m_fonts.Scale());
    bool dismissed = ImGui::Button(ICON_CLOSE "  Dismiss");
    ImGui::EndChild();
    ImGui::PopStyleColor(2);
    ImGui::PopID();
    if (dismissed)
      m_notices.erase(m_notices.begin() + static_cast<std::ptrdiff_t>(i));
    else
      ++i;
  }
}

void App::ShowNotice(Notice::Kind kind, std::string text) {
  if (m_notices.size() >= 3) m_notices.erase(m_notices.begin());
  m_notices.push_back({kind, std::move(text)});
}

bool App::OpenText(std::string_view text, const std::string& source_name) {
  LoadResult result = LoadPlanText(text);
  if (!result.ok()) {
    std::string message = source_name + " could not be opened, so your plan was left as it was.";
    for (const Problem& p : result.errors) message += "\n" + p.Text();
    ShowNotice(Notice::Kind::Error, message);
    return false;
  }
  m_plan = std::move(*result.plan);
  m_history.Clear();
  m_canvas.fit_pending = true;
  std::string message = "Opened " + source_name + ".";
  for (const Problem& p : result.warnings) message += "\n" + p.Text();
  ShowNotice(result.warnings.empty() ? Notice::Kind::Info : Notice::Kind::Warning, message);
  return true;
}

}  // namespace coplan
