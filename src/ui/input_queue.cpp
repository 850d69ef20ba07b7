#include "ui/input_queue.h"

#include "imgui.h"
#include "imgui_internal.h"

namespace coplan::ui {
namespace {

ImVector<ImGuiInputEvent>& Queue() { return ImGui::GetCurrentContext()->InputEventsQueue; }

bool IsKeyDown(const ImGuiInputEvent& e) { return e.Type == ImGuiInputEventType_Key && e.Key.Down; }

void PopLetter(std::string& text) {
  while (!text.empty() && (static_cast<unsigned char>(text.back()) & 0xC0) == 0x80) text.pop_back();
  if (!text.empty()) text.pop_back();
}

// Ctrl, Shift, Alt and Super (either side, and ImGui's own flags for them) do not count as presses.
bool IsModifier(ImGuiKey key) {
  return (key >= ImGuiKey_LeftCtrl && key <= ImGuiKey_RightSuper) || (key & ImGuiMod_Mask_) != 0;
}

// Where a frame stops reading the queue: after one key press (with the modifiers held for it and
// its text), before the next press or a modifier let go. ImGui itself would read a press and the
// release of another key in one frame: Ctrl+S arriving with Ctrl's release would read as S alone.
// A mouse button pressed after the pointer moved waits for the next frame too: what is under the
// pointer (the toolbar over the canvas) is known from the frame before the press.
int EndOfOnePress(const ImVector<ImGuiInputEvent>& queue) {
  bool pressed = false, moved = false;
  for (int i = 0; i < queue.Size; ++i) {
    const ImGuiInputEvent& e = queue[i];
    if (e.Type == ImGuiInputEventType_MousePos) moved = true;
    if (e.Type == ImGuiInputEventType_MouseButton && e.MouseButton.Down && moved) return i;
    if (e.Type != ImGuiInputEventType_Key) continue;
    bool modifier = IsModifier(e.Key.Key);
    if (pressed && (e.Key.Down || modifier)) return i;
    if (e.Key.Down && !modifier) pressed = true;
  }
  return queue.Size;
}

}  // namespace

bool InputQueued() { return ImGui::GetCurrentContext() && !Queue().empty(); }

void NewFrameHolding(bool hold) {
  ImVector<ImGuiInputEvent>& queue = Queue();
  int cut = hold ? 0 : EndOfOnePress(queue);
  ImVector<ImGuiInputEvent> held;
  if (cut < queue.Size) {
    held.resize(queue.Size - cut);
    for (int i = cut; i < queue.Size; ++i) held[i - cut] = queue[i];
    queue.resize(cut);
  }
  ImGui::NewFrame();
  if (held.empty()) return;
  // What NewFrame left unread comes first; then the held events; then any it added.
  ImVector<ImGuiInputEvent> all;
  all.reserve(queue.Size + held.Size);
  ImU32 before = held.front().EventId;
  for (const ImGuiInputEvent& e : queue)
    if (e.EventId < before) all.push_back(e);
  for (const ImGuiInputEvent& e : held) all.push_back(e);
  for (const ImGuiInputEvent& e : queue)
    if (e.EventId >= before) all.push_back(e);
  queue.swap(all);
}

void DropStartingKeyText() {
  ImVector<ImGuiInputEvent>& queue = Queue();
  ImVector<ImGuiInputEvent> kept;
  bool key_seen = false;
  for (const ImGuiInputEvent& e : queue) {
    key_seen = key_seen || IsKeyDown(e);
    if (!key_seen && e.Type == ImGuiInputEventType_Text) continue;
    kept.push_back(e);
  }
  queue.swap(kept);
}

TypedAhead TakeTypedAhead(std::string& text, bool paragraph) {
  TypedAhead typed;
  ImVector<ImGuiInputEvent>& queue = Queue();
  ImVector<ImGuiInputEvent> kept;
  bool ctrl = ImGui::IsKeyDown(ImGuiMod_Ctrl) || ImGui::IsKeyDown(ImGuiMod_Super);
  bool done = false;
  for (const ImGuiInputEvent& e : queue) {
    if (done || e.Type == ImGuiInputEventType_MouseButton || e.Type == ImGuiInputEventType_Focus) done = true;
    if (done) {
      kept.push_back(e);
      continue;
    }
    if (e.Type == ImGuiInputEventType_Text) {
      if (e.Text.Char >= 32 && e.Text.Char != 127) {
        char letter[5];
        text += ImTextCharToUtf8(letter, e.Text.Char);
      }
      continue;
    }
    if (e.Type != ImGuiInputEventType_Key) {
      kept.push_back(e);
      continue;
    }
    ImGuiKey key = e.Key.Key;
    if (key == ImGuiMod_Ctrl || key == ImGuiMod_Super) ctrl = e.Key.Down;
    // Releases stay, so ImGui's idea of which keys are down stays true; presses were the typing.
    if (!e.Key.Down) {
      kept.push_back(e);
      continue;
    }
    if (key == ImGuiKey_Backspace) {
      PopLetter(text);
    } else if (key == ImGuiKey_Escape) {
      typed.cancelled = done = true;
    } else if (key == ImGuiKey_Tab || ((key == ImGuiKey_Enter || key == ImGuiKey_KeypadEnter) && (!paragraph || ctrl))) {
      typed.committed = done = true;
    } else if (key == ImGuiKey_Enter || key == ImGuiKey_KeypadEnter) {
      text += '\n';
    }
  }
  queue.swap(kept);
  return typed;
}

}  // namespace coplan::ui
