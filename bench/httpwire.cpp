#include "httpwire.h"

#include <QByteArrayView>
#include <QStringBuilder>

namespace {

// Longer heads are garbage or an attack, not something a load test needs to wait for.
constexpr qsizetype kMaxHeadBytes = 64 * 1024;

const char *reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 404: return "Not Found";
    case 411: return "Length Required";
    default: return "Error";
    }
}

} // namespace

HttpFraming takeHttpMessage(QByteArray &buffer, bool response, HttpMessage *message)
{
    const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return buffer.size() > kMaxHeadBytes ? HttpFraming::Malformed : HttpFraming::Incomplete;
    const QByteArrayView head(buffer.constData(), headEnd);
    qsizetype lineEnd = head.indexOf('\n');
    const QByteArrayView startLine = (lineEnd < 0 ? head : head.first(lineEnd)).trimmed();
    const qsizetype firstSpace = startLine.indexOf(' ');
    if (firstSpace <= 0)
        return HttpFraming::Malformed;
    const QByteArrayView rest = startLine.sliced(firstSpace + 1);
    const QByteArrayView second = rest.first(rest.indexOf(' ') < 0 ? rest.size() : rest.indexOf(' '));
    *message = HttpMessage();
    if (response) {
        bool ok = false;
        message->status = second.toInt(&ok);
        if (!ok)
            return HttpFraming::Malformed;
    } else {
        message->method = startLine.first(firstSpace).toByteArray();
        message->target = second.toByteArray();
    }

    qsizetype length = response ? -1 : 0;
    while (lineEnd >= 0 && lineEnd < head.size()) {
        const qsizetype start = lineEnd + 1;
        lineEnd = head.indexOf('\n', start);
        const QByteArrayView line = head.sliced(start, (lineEnd < 0 ? head.size() : lineEnd) - start);
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArrayView name = line.first(colon).trimmed();
        const QByteArrayView value = line.sliced(colon + 1).trimmed();
        if (name.compare("Content-Length", Qt::CaseInsensitive) == 0) {
            bool ok = false;
            length = value.toLongLong(&ok);
            if (!ok || length < 0)
                return HttpFraming::Malformed;
        } else if (name.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0) {
            return HttpFraming::Malformed;
        } else if (name.compare("Connection", Qt::CaseInsensitive) == 0) {
            message->close = value.compare("close", Qt::CaseInsensitive) == 0;
        }
    }
    if (length < 0)
        return HttpFraming::Malformed;
    const qsizetype total = headEnd + 4 + length;
    if (buffer.size() < total)
        return HttpFraming::Incomplete;
    message->body = buffer.mid(headEnd + 4, length);
    buffer.remove(0, total);
    return HttpFraming::Complete;
}

QByteArray httpJsonResponse(int status, const QByteArray &body)
{
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status)
        + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n"
        + body;
}
