// CSV as RFC 4180 writes it (CRLF rows, fields quoted when needed, quotes doubled), UTF-8 with a
// byte order mark so spreadsheets read Cyrillic names right, and cells that a spreadsheet would
// run as a formula (starting with = + - @, tab or CR) defused with a leading apostrophe.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

class CsvWriter
{
public:
    void addRow(const QStringList &cells);
    QByteArray toUtf8() const;

    // One cell as written: formula-guarded, then quoted if it must be.
    static QString cell(const QString &value);

private:
    QString m_text;
};
