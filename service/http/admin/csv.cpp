#include "csv.h"

using namespace Qt::StringLiterals;

QString CsvWriter::cell(const QString &value)
{
    QString text = value;
    if (!text.isEmpty() && u"=+-@\t\r"_s.contains(text.front()))
        text.prepend(u'\'');
    if (text.contains(u',') || text.contains(u'"') || text.contains(u'\r') || text.contains(u'\n'))
        text = u'"' + text.replace(u"\""_s, u"\"\""_s) + u'"';
    return text;
}

void CsvWriter::addRow(const QStringList &cells)
{
    QStringList written;
    written.reserve(cells.size());
    for (const QString &value : cells)
        written.append(cell(value));
    m_text += written.join(u',') + u"\r\n"_s;
}

QByteArray CsvWriter::toUtf8() const
{
    return QByteArray("\xEF\xBB\xBF") + m_text.toUtf8();
}
