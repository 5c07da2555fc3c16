// Process-wide logging: one JSON object per line (or readable text), with structured fields.
#pragma once

#include <QJsonObject>
#include <QLoggingCategory>
#include <QString>

enum class LogFormat { Json, Text };

// Routes all Qt logging through our formatter; messages below `minLevel` are dropped.
// `minLevel` is one of debug, info, warning, error.
void installLogHandler(LogFormat format, const QString &minLevel);

// Logs `message` with extra structured fields (never put secrets in them).
void logEvent(QtMsgType type, const QLoggingCategory &category, const QString &message, const QJsonObject &fields);

// Formats one record; exposed for tests.
QString formatLogRecord(LogFormat format, QtMsgType type, const char *category, const QString &message,
                        const QJsonObject &fields, const QDateTime &time);
