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

QString withoutControls(QStringView text)
{
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        if (!isControl(c.unicode()))
            result.append(c);
    }
    return result;
}

} // namespace PlainText
