// Keeps the page's HTML outline of the plan (platform/page_outline.h) in step with the plan: sends
// it again when the history says the plan changed (not every frame), and applies the edits asked
// for there through the app's history, like any edit made on the canvas.
#pragma once
#include <cstdint>
#include <string>

namespace coplan {

class App;

class OutlineSync {
 public:
  // Answers the page's requests with `app` (which outlives the page's calls).
  void Connect(App& app);
  // After each frame: sends the outline when the plan changed; and leaves the canvas for the page
  // when Tab went past the app's last control.
  void AfterFrame(App& app);

 private:
  void Send(App& app);
  std::string Request(App& app, const std::string& text);

  std::uint64_t m_sent = 0;  // the history's generation last sent
};

}  // namespace coplan
