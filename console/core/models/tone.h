// How a cell should stand out, said by the widget-free models (console_core has no QtGui: no
// colours or fonts there) and drawn by the views' ToneDelegate.
#pragma once

#include <Qt>

namespace Tone {

// The item data role that carries a Tone::Value.
constexpr int Role = Qt::UserRole + 50;

enum Value {
    Normal,
    Strong,  // what is read first: a ticket's code
    Muted,   // done with, or nothing to say
    Warning, // needs attention: a long wait
    Accent,  // in progress: in the line, at a counter
};

} // namespace Tone
