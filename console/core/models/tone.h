// How a cell should stand out (a ticket's code, a long wait, a failed message, a banned person),
// said by the widget-free models — console_core has no QtGui, so no colours or fonts there — and
// painted by the console's ToneDelegate.
#pragma once

#include <Qt>

namespace Tone {

// The item data role that carries a Tone::Value.
constexpr int Role = Qt::UserRole + 50;

enum Value {
    Normal,
    Strong,  // what is read first: a ticket's code
    Muted,   // done with, or nothing to say
    Accent,  // in progress: in the line, at a counter
    Good,    // healthy, delivered
    Warning, // needs attention: a long wait, a check that warns
    Bad,     // failed, banned, unhealthy
};

} // namespace Tone
