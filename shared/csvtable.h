// A CSV file as the service exports it (RFC 4180, UTF-8 with a byte order mark, cells a
// spreadsheet would run guarded by an apostrophe), read back into named columns: by the console
// (the export dialog, the day sheet) and by the tests of the export.
#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

class CsvTable
{
public:
    static CsvTable parse(const QByteArray &utf8);

    const QStringList &header() const { return m_header; }
    qsizetype rowCount() const { return m_rows.size(); }
    // The rows under the header, their cells as written (guards kept).
    const QList<QStringList> &rows() const { return m_rows; }
    // The cell of `row` under the header `column` as it was before the export guarded it; empty
    // when there is no such column.
    QString value(qsizetype row, const QString &column) const;

    // "'+7 999" → "+7 999": the export's guard against spreadsheet formulas taken off again.
    static QString unguarded(const QString &cell);

private:
    QStringList m_header;
    QList<QStringList> m_rows;
};
