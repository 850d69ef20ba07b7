// Saving and sharing: atomic saves to a path on the desktop, downloads or the File System Access
// API in the browser, email and links; "save before closing?", recovery and changes on disk.
#include "app/app.h"
#include "app/keeper.h"
#include "io/plan_file.h"
#include "platform/host.h"

namespace coplan {
namespace {

std::string Quoted(const std::string& text) { return "“" + (text.empty() ? std::string("Untitled plan") : text) + "”"; }

std::string EmailSubject(const Plan& plan) { return "Our plan: " + (plan.title.empty() ? std::string("Untitled plan") : plan.title); }

// Coplan cannot attach the file itself: the first line asks the sender to, and to delete that line.
std::string EmailBody(const Plan& plan, const std::string& file, const std::string& address) {
  std::string open_at = address.empty() ? "Coplan" : "Coplan at " + address;
  return "[Before you send this: attach the file " + file + ", which Coplan has just saved. Then delete this "
         "line.]\n\nHello,\n\nThe plan " + Quoted(plan.title) + " is in the file " + file + " that comes with this "
         "email.\n\nTo look at it or change it, open " + open_at + " and choose File, then Open, or drag the file "
         "onto the page. You do not need an account, and the plan is not sent anywhere.\n";
}

}  // namespace

// The open plan as a file to send or keep elsewhere: it says this copy saved it last.
std::string Keeper::FileText() {
  m_app.SavedByThisCopy();
  return SavePlanText(m_app.plan());
}

bool Keeper::Save(bool ask_where) {
  if (!m_paths) {
    Mark mark = MarkOf();
    platform::SaveFile(Slot(), SafeFileName(m_app.plan().title), FileText(), ask_where,
                       [this, mark](platform::SaveReply reply) { Saved(reply, mark); });
    return true;
  }
  if (ask_where || m_path.empty()) {
    m_wants_save_dialog = true;
    return false;
  }
  if (m_disk_changed || !(platform::StampOf(m_path) == m_stamp)) {
    m_question = Question{Question::Kind::ChangedOnDisk, "The file was changed by someone else",
                          m_path + " was changed, moved or removed by another program or person since Coplan "
                                   "opened or saved it. Saving now would replace what is there.",
                          {"Save over it", "Save as a new file…", "Cancel"}};
    return false;
  }
  return SaveToPath(m_path);
}

bool Keeper::SaveToPath(const std::string& path) {
  std::string error;
  if (!platform::WriteFileAtomically(*m_fs, path, FileText(), error)) {
    m_after_save = After::Nothing;
    m_app.ShowNotice(Notice::Kind::Error, error + " Your plan is still open and has not been saved. Try again, or "
                                                  "use Save as to save it somewhere else.");
    return false;
  }
  m_path = path;
  m_stamp = platform::StampOf(path);
  m_disk_changed = false;
  m_library.AddRecentFile(path);
  PlanSaved(path);
  m_app.ShowNotice(Notice::Kind::Info, "Saved to " + path + ".");
  platform::Announce("Saved.");
  AfterSaving();
  return true;
}

void Keeper::PlanSaved(const std::string& file) {
  m_app.history().MarkClean();
  m_clean_is_saved = true;
  m_entry.file = file;
  if (!m_kept && !m_library_broken) {
    if (m_entry.key.empty()) m_entry.key = m_library.NewKey(m_app.ids());
    m_kept = true;
    if (m_from_link) platform::ForgetLink();
    m_from_link = false;
  }
  WriteNow("Saved to a file");
}

void Keeper::Saved(const platform::SaveReply& reply, const Mark& mark) {
  if (reply.cancelled) return;
  if (!reply.ok) {
    m_app.ShowNotice(Notice::Kind::Error, "Coplan could not save the file: " + reply.error +
                                              ". Your plan is still here, kept " + platform::StorePlaceName() + ".");
    return;
  }
  if (MarkOf() == mark) PlanSaved(reply.name);
  else m_entry.file = reply.name;  // changed while saving: those changes are not in the file
  m_app.ShowNotice(Notice::Kind::Info, reply.downloaded ? "Saved " + Quoted(reply.name) + " to your downloads."
                                                        : "Saved " + Quoted(reply.name) + ".");
  platform::Announce("Saved.");
}

void Keeper::ShareByEmail() {
  const Plan& plan = m_app.plan();
  if (m_paths) {
    m_after_save = After::Email;
    if (!Unsaved() && !m_path.empty()) AfterSaving();
    else Save();
    return;
  }
  Mark mark = MarkOf();
  std::string name = SafeFileName(plan.title);
  platform::ShareFile(Slot(), name, FileText(), EmailSubject(plan),
                      EmailBody(plan, name, platform::PageAddress()), [this, mark, name](platform::SaveReply reply) {
                        if (reply.cancelled) return;
                        if (!reply.ok) {
                          m_app.ShowNotice(Notice::Kind::Error, "Coplan could not share the plan: " + reply.error + ".");
                          return;
                        }
                        if (MarkOf() == mark) PlanSaved(m_entry.file.empty() ? name : m_entry.file);
                        m_app.ShowNotice(Notice::Kind::Info,
                                         reply.name == "shared"
                                             ? std::string("Shared the plan.")
                                             : "Saved " + Quoted(name) + " to your downloads and opened your email "
                                               "program. Attach the file to the message, then send it.");
                      });
}

void Keeper::AfterSaving() {
  After what = m_after_save;
  m_after_save = After::Nothing;
  if (what == After::Close) {
    m_close_agreed = true;
    platform::RequestWindowClose();
  } else if (what == After::Email) {
    const Plan& plan = m_app.plan();
    std::string body = EmailBody(plan, m_path, "");
    if (platform::OpenMailProgram(EmailSubject(plan), body))
      m_app.ShowNotice(Notice::Kind::Info, "Your email program should open with a message. Attach the file " +
                                               m_path + " to it, then send it.");
    else
      m_app.ShowNotice(Notice::Kind::Warning, "Coplan could not start an email program. The plan is saved as " +
                                                  m_path + ": attach that file to an email yourself.");
  }
}

// Where the page remembers the file this plan was opened from or saved to: its key in the library.
std::string Keeper::Slot() {
  if (m_entry.key.empty() && !m_library_broken) m_entry.key = m_library.NewKey(m_app.ids());
  return m_entry.key.empty() ? std::string("unkept") : m_entry.key;
}

void Keeper::MakeLink() {
  m_link = ShareLink{"", ""};
  m_link_mark = MarkOf();
  platform::MakeShareLink(FileText(), [this](platform::SaveReply reply) {
    if (!m_link) return;
    if (!reply.ok) m_link->problem = "Coplan could not make a link: " + reply.error + ".";
    else if (reply.name.size() > kMaxShareLink)
      m_link->problem = "This plan is too large to fit in a link (it would be " + std::to_string(reply.name.size()) +
                        " characters; email programs pass on about " + std::to_string(kMaxShareLink) +
                        "). Send it as a file instead: choose Share by email.";
    else m_link->link = reply.name;
  });
}

void Keeper::LinkShared() {
  if (m_link && !m_link->link.empty() && MarkOf() == m_link_mark) {
    m_app.history().MarkClean();
    m_clean_is_saved = true;
  }
}

bool Keeper::WantsSaveDialog() {
  bool wants = m_wants_save_dialog;
  m_wants_save_dialog = false;
  return wants;
}

void Keeper::SaveDialogCancelled() { m_after_save = After::Nothing; }

void Keeper::Answer(std::size_t choice) {
  if (!m_question) return;
  Question::Kind kind = m_question->kind;
  m_question.reset();
  switch (kind) {
    case Question::Kind::Close:
      if (choice == 0) {
        m_after_save = After::Close;
        Save();
      } else if (choice == 1) {
        m_close_agreed = true;
        m_library.Settings().last_plan.clear();  // nothing to recover: the person chose to leave it
        m_library.SaveIndex({});
        platform::RequestWindowClose();
      }
      break;
    case Question::Kind::Dropped:
      AnswerDropped(choice);
      break;
    case Question::Kind::ChangedOnDisk:
      if (choice == 0) SaveToPath(m_path);
      else if (choice == 1) m_wants_save_dialog = true;
      else m_after_save = After::Nothing;
      break;
  }
}

bool Keeper::MayClose() {
  if (m_close_agreed) return true;
  Flush();
  if (!Unsaved()) return true;
  std::string either_way = m_library_broken ? " If you do not save them, they are lost."
                                            : std::string(" They stay kept ") + platform::StorePlaceName() +
                                                  " either way, in My plans.";
  m_question = Question{Question::Kind::Close, "Save changes before closing?",
                        Quoted(m_app.plan().title) + " has changes that are not saved to a file." + either_way,
                        {"Save", "Don't save", "Cancel"}};
  return false;
}

void Keeper::CheckDisk() {
  if (m_path.empty() || m_disk_changed || Now() < m_next_disk_check) return;
  m_next_disk_check = Now() + 2.0;
  if (platform::StampOf(m_path) == m_stamp) return;
  m_disk_changed = true;
  m_app.ShowNotice(Notice::Kind::Warning,
                   m_path + " was changed by another program or person since Coplan opened it. To see that version, "
                            "choose File, then Reload from disk (your own changes are kept in My plans first).");
}

void Keeper::ChangedElsewhere(const std::string& key) {
  if (key.empty() || key != m_entry.key || key == m_told_elsewhere) return;
  m_told_elsewhere = key;
  m_app.ShowNotice(Notice::Kind::Warning,
                   "This plan is open in another tab or window too, and was just changed there. Changes made in "
                   "both would replace each other: close one of them. To work on two versions, use My plans, then "
                   "Duplicate.");
}

void Keeper::ReloadFromDisk() {
  if (!m_path.empty()) OpenPath(m_path);
}

}  // namespace coplan
