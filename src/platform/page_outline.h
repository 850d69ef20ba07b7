// The browser's HTML outline of the plan (web/coplan-outline.js): the app sends it the outline
// when the plan changes and answers the edits asked for there. The desktop has no page: these do
// nothing there, and PageOutline() says so.
#pragma once
#include <functional>
#include <string>
#include <string_view>

namespace coplan::platform {

struct OutlineHandlers {
  // An edit asked for in the page (see outline/outline_edit.h for the text); answers with JSON:
  // {"said": "...", "error": false, "focus": "<node id>"}.
  std::function<std::string(const std::string& request)> request;
  // An action (by its model id) got the focus in the outline: show its card.
  std::function<void(const std::string& item)> show;
  // The page switched its List view on or off.
  std::function<void(bool on)> list_view;
};

void ConnectOutline(OutlineHandlers handlers);
// True where there is a page to show the outline in (the browser).
bool PageOutline();
// Sends the outline (outline/outline_json.h) to the page.
void ShowOutline(const std::string& json);
// Shows or hides the page's List view.
void ShowListView(bool on);
// Moves the keyboard from the canvas to the page's next (or previous) control: Tab went past the
// app's last control (or Shift+Tab past its first).
void LeaveCanvas(bool forward);
// Says `text` at once to screen readers and shows it in the page's alert line (errors).
void Alert(std::string_view text);

}  // namespace coplan::platform
