#include "daysheet.h"

#include "csvtable.h"
#include "enums.h"
#include "statustext.h"

using namespace Qt::StringLiterals;

QList<DaySheetRow> DaySheet::rowsFromCsv(const QByteArray &csv)
{
    const CsvTable table = CsvTable::parse(csv);
    QList<DaySheetRow> rows;
    for (qsizetype i = 0; i < table.rowCount(); ++i) {
        const std::optional<BookingStatus> status = enumFromString<BookingStatus>(table.value(i, u"status"_s));
        if (!status || (*status != BookingStatus::Active && *status != BookingStatus::Attended
                        && *status != BookingStatus::NoShow))
            continue;
        QString name = QStringList{table.value(i, u"first_name"_s), table.value(i, u"last_name"_s)}.join(u' ').trimmed();
        const QString username = table.value(i, u"username"_s);
        if (name.isEmpty() && !username.isEmpty())
            name = u'@' + username;
        rows.append({table.value(i, u"local_time"_s), table.value(i, u"code"_s), name, table.value(i, u"phone"_s),
                     StatusText::booking(*status)});
    }
    // The export comes by slot start and code already; kept stable for equal times.
    std::stable_sort(rows.begin(), rows.end(), [](const DaySheetRow &a, const DaySheetRow &b) {
        return a.time != b.time ? a.time < b.time : a.code < b.code;
    });
    return rows;
}
