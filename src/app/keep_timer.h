// When to keep the plan: about a second after the first change (not pushed back by more changes,
// so a long drag is still kept every second), at once when asked, and after a failed write again
// after 1, 2, 4 ... 30 seconds. Times are in seconds from any fixed moment.
#pragma once
#include <algorithm>
#include <cmath>

namespace coplan {

class KeepTimer {
 public:
  static constexpr double kDelay = 1.0;
  static constexpr double kLongestWait = 30.0;

  // The plan changed.
  void Changed(double now) {
    if (m_pending) return;
    m_pending = true;
    m_due = now + kDelay;
  }
  // Keep as soon as possible (the page is being hidden, a file was opened).
  void Hurry() { m_due = -1e300; }
  bool Pending() const { return m_pending; }
  // A write should start now.
  bool Due(double now) const { return m_pending && m_in_flight == 0 && now >= m_due; }
  // Seconds until a write is due (0 if due, a large number if nothing is pending).
  double Wait(double now) const { return m_pending ? std::max(0.0, m_due - now) : 1e9; }

  void Started() {
    m_pending = false;
    ++m_in_flight;
  }
  // A write finished. After a failure the change is pending again, with a growing wait.
  void Finished(bool ok, double now) {
    if (m_in_flight > 0) --m_in_flight;
    if (ok) {
      m_failures = 0;
      return;
    }
    ++m_failures;
    m_pending = true;
    m_due = now + std::min(kLongestWait, std::pow(2.0, m_failures - 1));
  }
  int Failures() const { return m_failures; }
  bool Writing() const { return m_in_flight > 0; }

 private:
  bool m_pending = false;
  int m_in_flight = 0;
  int m_failures = 0;
  double m_due = 0;
};

}  // namespace coplan
