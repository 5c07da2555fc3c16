// Before a SQLite file is served: is it whole? An existing empty file (a truncated copy) and a
// file that fails PRAGMA quick_check are refused, so damage is never served as "healthy".
#pragma once

#include "database.h"

#include <QString>

struct IntegrityReport
{
    bool ok = true;
    QString problem;        // one sentence that says what is wrong and to restore a backup
    bool checked = false;   // quick_check ran (the file existed and the check was wanted)
    qint64 milliseconds = 0; // how long quick_check took
    qint64 bytes = 0;       // the file's size
};

// Checks the database file of `url` (nothing for PostgreSQL, nor for a file that does not exist
// yet: that is a new database). With `quickCheck` false only the cheap checks run (the file is
// not empty and starts with SQLite's header), for files too large to read through at start.
// Uses a connection of its own, closed before it returns.
IntegrityReport checkDatabaseFile(const DatabaseUrl &url, bool quickCheck);
