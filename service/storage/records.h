// Plain rows as the storage layer reads and writes them; times are UTC. They are the shared wire
// types (shared/), so the service and the console read and write one format.
#pragma once

#include "administration.h"
#include "dto.h"
#include "livequeue.h"
#include "schedule.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>
