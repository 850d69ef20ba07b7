// The app: owns the open plan, its history and the view, draws one frame of the interface and
// applies what the panels ask for. Knows nothing of which platform it runs on.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "model/history.h"
#include "model/plan.h"
#include "ui/canvas.h"
#include "ui/fonts.h"
#include "ui/theme.h"

namespace coplan {

struct Notice {
  enum class Kind { Info, Warning, Error } kind;
  std::string text;
};

class App {
 public:
  App();

  // Draws one frame of the interface; call between ImGui::NewFrame() and ImGui::Render().
  void Frame();
  // Called outside a frame: rebuilds fonts and style when the display scale or text size changed.
  // Returns true if the font atlas was rebuilt (the renderer must reload its texture).
  bool PrepareFrame(float content_scale);
  // True while something moves on screen and frames must keep coming.
  bool Animating() const;

  // Opens a plan from a file's text. On any problem the open plan is kept and the reason shown.
  bool OpenText(std::string_view text, const std::string& source_name);
  void ShowNotice(Notice::Kind kind, std::string text);

  const Plan& plan() const { return m_plan; }
  const std::vector<Notice>& notices() const { return m_notices; }

 private:
  void DrawTopBar();
  void DrawNotices();

  IdMaker m_ids;
  CopyId m_copy;
  Plan m_plan;
  History m_history;
  ui::Fonts m_fonts;
  ui::CanvasState m_canvas;
  ui::ThemeKind m_theme = ui::ThemeKind::Calm;
  float m_text_size = 1.0f;   // the user's choice, on top of the display's scale
  float m_built_scale = 0;    // the scale fonts and style were last built for
  bool m_theme_dirty = true;
  std::vector<Notice> m_notices;
};

}  // namespace coplan
