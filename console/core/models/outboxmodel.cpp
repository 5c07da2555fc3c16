#include "outboxmodel.h"

#include "administration.h"
#include "apipaths.h"
#include "localtime.h"
#include "models/tone.h"
#include "statustext.h"


using namespace Qt::StringLiterals;

OutboxModel::OutboxModel(ApiClient &client, UserDirectory &people, QObject *parent)
    : PagedModel(client, ApiPaths::outbox(), parent)
    , m_people(people)
{
    // Every cell of a failed message stands out, with the error as its tooltip.
    auto column = [](std::function<QString(const OutboxRecord &)> of) {
        return [of](const QJsonObject &row, int role) -> QVariant {
            switch (role) {
            case Qt::DisplayRole: return of(OutboxRecord::fromJson(row));
            case Tone::Role: return isFailure(row) ? Tone::Bad : Tone::Normal;
            case Qt::ToolTipRole: {
                const QString error = row[u"last_error"_s].toString();
                return error.isEmpty() ? QVariant() : QVariant(tr("Last error: %1").arg(error));
            }
            default: return {};
            }
        };
    };
    setColumns({
        {[] { return tr("Created"); }, column([this](const OutboxRecord &m) { return LocalTime::dateTime(m.createdAt, m_zone); })},
        {[] { return tr("To"); }, column([this](const OutboxRecord &m) { return m_people.displayName(m.userId); })},
        {[] { return tr("Message"); }, column([](const OutboxRecord &m) { return StatusText::messageTemplate(m.templateName); })},
        {[] { return tr("Status"); }, column([](const OutboxRecord &m) { return StatusText::outbox(m.status); })},
        {[] { return tr("Attempts"); }, column([](const OutboxRecord &m) { return QString::number(m.attempts); })},
        {[] { return tr("Outcome"); },
         column([this](const OutboxRecord &m) {
             if (m.status == u"sent"_s && m.sentAt)
                 return tr("Sent %1").arg(LocalTime::dateTime(*m.sentAt, m_zone));
             if (!m.lastError.isEmpty())
                 return m.lastError;
             return m.status == u"pending"_s ? tr("Next try %1").arg(LocalTime::dateTime(m.nextAttemptAt, m_zone))
                                             : QString();
         })},
    });
    setOrder([](const QJsonObject &a, const QJsonObject &b) { return idOf(a) > idOf(b); });
    connect(&m_people, &UserDirectory::changed, this, [this] { columnChanged(Person); });
}

void OutboxModel::show(const QString &status)
{
    QUrlQuery query;
    if (!status.isEmpty())
        query.addQueryItem(u"status"_s, status);
    setQuery(query);
    reload();
}

void OutboxModel::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone;
    retranslate();
}

bool OutboxModel::isFailure(const QJsonObject &row)
{
    const QString status = row[u"status"_s].toString();
    return status == u"failed"_s || status == u"dead"_s;
}
