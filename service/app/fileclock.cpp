#include "fileclock.h"

#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

FileClock::FileClock(QString path, QObject *parent)
    : QObject(parent)
    , m_path(std::move(path))
{
    // The directory too: a file replaced by rename (how tests write it atomically) is a new file.
    m_watcher.addPath(QFileInfo(m_path).absolutePath());
    m_watcher.addPath(m_path);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, &FileClock::reload);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, &FileClock::reload);
}

bool FileClock::load(QString *error)
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"cannot read %1"_s.arg(m_path);
        return false;
    }
    const QDateTime time = QDateTime::fromString(QString::fromUtf8(file.readAll()).trimmed(), Qt::ISODate);
    if (!time.isValid()) {
        *error = u"%1 does not hold an ISO 8601 time"_s.arg(m_path);
        return false;
    }
    const std::lock_guard lock(m_mutex);
    m_base = time.toUTC();
    m_since.start();
    return true;
}

QDateTime FileClock::now() const
{
    const std::lock_guard lock(m_mutex);
    return m_base.addMSecs(m_since.elapsed());
}

QDateTime FileClock::base() const
{
    const std::lock_guard lock(m_mutex);
    return m_base;
}

void FileClock::reload()
{
    if (!m_watcher.files().contains(m_path))
        m_watcher.addPath(m_path);
    const QDateTime before = base();
    QString error;
    if (load(&error) && base() != before)
        emit jumped();
}
