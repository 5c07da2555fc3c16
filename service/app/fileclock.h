// A clock for end-to-end tests of what happens as time passes: the time written in a file, moving
// on in real time from there. Writing a later time into the file moves the service forward at once,
// as after a suspend. Only test builds accept it (QUEUE_BOT_TEST_CLOCK_FILE).
#pragma once

#include "domain/clock.h"

#include <QElapsedTimer>
#include <QFileSystemWatcher>
#include <QObject>

#include <mutex>

class FileClock : public QObject, public Clock
{
    Q_OBJECT
public:
    explicit FileClock(QString path, QObject *parent = nullptr);

    // Reads the file; false with `error` set when it holds no ISO 8601 time.
    bool load(QString *error);
    QDateTime now() const override;

signals:
    // The file was rewritten with another time.
    void jumped();

private:
    void reload();
    QDateTime base() const;

    QString m_path;
    QFileSystemWatcher m_watcher;
    QDateTime m_base;
    QElapsedTimer m_since;
    mutable std::mutex m_mutex; // now() is read by the reader threads too
};
