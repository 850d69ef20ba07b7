#include "app/outline_sync.h"

#include "app/app.h"
#include "model/queries.h"
#include "outline/outline.h"
#include "outline/outline_edit.h"
#include "outline/outline_json.h"
#include "platform/page_outline.h"
#include "ui/layout.h"
#include "ui/tab_out.h"

namespace coplan {
namespace {

// Where the canvas puts a new card in a change's lane.
Point CardSlot(const Plan& plan, const ChangeId& change) {
  for (std::size_t i = 0; i < plan.changes.size(); ++i)
    if (plan.changes[i].id == change) return ui::NextCardSlot(plan, i);
  return {0, 0};
}

std::string Answer(const outline::Outcome& out) {
  std::string json = "{\"error\":";
  json += out.error ? "true" : "false";
  for (const auto& [key, value] : {std::pair{"said", &out.said}, std::pair{"focus", &out.focus}}) {
    json += ",\"" + std::string(key) + "\":\"";
    for (char c : *value) {
      if (c == '"' || c == '\\') json += '\\';
      if (static_cast<unsigned char>(c) >= 0x20) json += c;
    }
    json += '"';
  }
  return json + "}";
}

}  // namespace

void OutlineSync::Connect(App& app) {
  if (!platform::PageOutline()) return;
  App* a = &app;
  platform::ConnectOutline({
      .request = [this, a](const std::string& text) { return Request(*a, text); },
      .show =
          [a](const std::string& item) {
            const Action* action = FindAction(a->plan(), ActionId{item});
            if (!action || action->meta.deleted) return;
            Selection one;
            one.actions.push_back(action->id);
            a->canvas().show_pending = one;
          },
      .list_view = [a](bool on) { a->SetListView(on); },
  });
}

void OutlineSync::AfterFrame(App& app) {
  if (!platform::PageOutline()) return;
  if (ui::TabOut out = ui::TabLeavesApp(); out != ui::TabOut::None) platform::LeaveCanvas(out == ui::TabOut::Forward);
  if (app.history().Generation() != m_sent) Send(app);
}

void OutlineSync::Send(App& app) {
  m_sent = app.history().Generation();
  platform::ShowOutline(outline::OutlineJson(app.plan(), outline::Project(app.plan()), app.history().UndoName(),
                                             app.history().RedoName()));
}

std::string OutlineSync::Request(App& app, const std::string& text) {
  std::optional<outline::Request> request = outline::ReadRequest(text);
  if (!request) return Answer({std::nullopt, false, false, "Coplan did not understand that request.", true});
  outline::Outcome out = outline::Interpret(app.plan(), app.ids(), *request, CardSlot);
  if (out.undo) out.said = outline::UndoneWords(app.history().UndoName()), app.Undo();
  if (out.redo) out.said = outline::RedoneWords(app.history().RedoName()), app.Redo();
  if (out.command) app.Apply(std::move(*out.command));
  Send(app);  // before the page puts the focus on what changed
  return Answer(out);
}

}  // namespace coplan
