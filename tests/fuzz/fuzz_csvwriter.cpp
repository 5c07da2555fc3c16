// CsvWriter (http/admin/csv.h) against CsvTable (shared/csvtable.h), the console's reader: any
// cells written come back as the same cells, a cell a spreadsheet would run as a formula only with
// the guarding apostrophe in front. Cells are split at 0x1f, rows at 0x1e.
#include "fuzzcheck.h"

#include "csvtable.h"
#include "http/admin/csv.h"

#include <QList>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    QList<QStringList> rows;
    const QStringList lines = text.split(QChar(0x1e));
    for (const QString &line : lines) {
        const QStringList cells = line.split(QChar(0x1f));
        // One empty cell is an empty line, which CSV cannot tell from no row at all.
        if (cells.size() == 1 && cells.front().isEmpty())
            continue;
        rows.append(cells);
    }

    CsvWriter writer;
    for (const QStringList &row : std::as_const(rows))
        writer.addRow(row);
    const QByteArray csv = writer.toUtf8();
    FUZZ_CHECK(csv.startsWith("\xEF\xBB\xBF"));

    const CsvTable table = CsvTable::parse(csv);
    QList<QStringList> read = table.rows();
    if (!table.header().isEmpty() || !rows.isEmpty())
        read.prepend(table.header());
    FUZZ_CHECK(read.size() == rows.size());
    for (qsizetype r = 0; r < rows.size(); ++r) {
        FUZZ_CHECK(read.at(r).size() == rows.at(r).size());
        for (qsizetype c = 0; c < rows.at(r).size(); ++c) {
            const QString &original = rows.at(r).at(c);
            const QString &back = read.at(r).at(c);
            FUZZ_CHECK(back == original || back == QLatin1Char('\'') + original);
            if (back != original)
                FUZZ_CHECK(CsvTable::unguarded(back) == original);
        }
    }
    return 0;
}
