// How a cell should stand out (a failed message, a banned person, an unhealthy check), said by
// the models without any colour: console_core has no GUI; the console's ToneDelegate paints it.
#pragma once

#include <QtCore/qnamespace.h>

namespace Tone {

enum Value { Normal, Good, Warning, Bad };
// The item data role that carries a Value.
constexpr int Role = Qt::UserRole + 16;

} // namespace Tone
