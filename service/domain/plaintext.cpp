#include "plaintext.h"

using namespace Qt::StringLiterals;

namespace PlainText {

namespace {

bool isControl(char16_t c)
{
    return c < 0x20 || (c >= 0x7f && c <= 0x9f);
}

} // namespace

qsizetype firstControl(QStringView text, Lines lines)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (!isControl(c))
            continue;
        if (lines == Lines::Multiple && (c == u'\n' || c == u'\t'))
            continue;
        return i;
    }
    return -1;
}

QString describeControl(QStringView text, qsizetype index)
{
    const QString code = u"%1"_s.arg(int(text[index].unicode()), 4, 16, QChar(u'0')).toUpper();
    return u"U+%1 at position %2"_s.arg(code).arg(index + 1);
}

QString withoutControls(QStringView text, Lines lines)
{
    QString result;
    result.reserve(text.size());
    for (qsizetype from = 0; from < text.size();) {
        const qsizetype at = firstControl(text.sliced(from), lines);
        result.append(text.sliced(from, at < 0 ? text.size() - from : at));
        from = at < 0 ? text.size() : from + at + 1;
    }
    return result;
}

} // namespace PlainText
