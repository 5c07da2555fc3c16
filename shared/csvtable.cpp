#include "csvtable.h"

#include <QString>
#include <QStringDecoder>

CsvTable CsvTable::parse(const QByteArray &utf8)
{
    // The file's byte order mark goes, and only that one: QString::fromUtf8 would drop it itself,
    // and a cell that begins with U+FEFF would then lose its own (a finding of fuzz_csvwriter).
    QString text = QStringDecoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom).decode(utf8);
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    bool any = false; // the current row has begun
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                cell += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                cell += c;
            }
            continue;
        }
        if (c == u'"') {
            quoted = any = true;
        } else if (c == u',') {
            row.append(std::exchange(cell, {}));
            any = true;
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            if (any || !cell.isEmpty()) {
                row.append(std::exchange(cell, {}));
                rows.append(std::exchange(row, {}));
            }
            any = false;
        } else {
            cell += c;
            any = true;
        }
    }
    if (any || !cell.isEmpty()) {
        row.append(cell);
        rows.append(row);
    }
    CsvTable table;
    if (!rows.isEmpty())
        table.m_header = rows.takeFirst();
    table.m_rows = rows;
    return table;
}

QString CsvTable::value(qsizetype row, const QString &column) const
{
    const qsizetype at = m_header.indexOf(column);
    if (at < 0 || row < 0 || row >= m_rows.size())
        return {};
    return unguarded(m_rows.at(row).value(at));
}

QString CsvTable::unguarded(const QString &cell)
{
    static const QString kGuarded = QStringLiteral("=+-@\t\r");
    if (cell.size() >= 2 && cell.at(0) == u'\'' && kGuarded.contains(cell.at(1)))
        return cell.mid(1);
    return cell;
}
