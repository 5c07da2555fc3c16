#include "statuspage.h"

#include "apipaths.h"
#include "datatable.h"
#include "fontscale.h"
#include "localtime.h"
#include "messageline.h"
#include "queuetext.h"
#include "statustext.h"
#include "tonedelegate.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

// The key figures, in reading order.
const QStringList kFigures{u"booked"_s, u"free"_s, u"attended"_s, u"no_show"_s, u"cancelled"_s,
                           u"waiting"_s, u"failed"_s, u"dead"_s};

} // namespace

StatusPage::StatusPage(ConsoleContext &context, QWidget *parent)
    : RefreshingPage(context, parent)
    , m_health(context.client)
    , m_overall(new QLabel(this))
    , m_version(new QLabel(this))
    , m_table(new DataTable(this))
    , m_figuresBox(new QGroupBox(this))
    , m_figures(new QGridLayout(m_figuresBox))
    , m_message(new MessageLine(this))
{
    setObjectName(u"statusPage"_s);
    m_overall->setObjectName(u"overallHealth"_s);
    enlargeFont(m_overall, 1.4);
    m_version->setStyleSheet(u"color: palette(mid);"_s);
    m_table->setObjectName(u"healthTable"_s);
    m_table->setModel(&m_health);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    // As tall as its few rows: the page reads top down, nothing to scroll.
    m_table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_table->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Maximum);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    connect(&m_health, &HealthModel::loaded, this, [this] {
        m_table->fitColumns();
        m_message->showInfo(tr("Checked at %1; again every %n second(s) while this page is shown.", nullptr,
                               kPollMs / 1000)
                                .arg(QLocale().toString(QTime::currentTime(), u"HH:mm:ss"_s)));
        showOverall();
    });
    connect(&m_health, &HealthModel::failed, this, [this](const ApiFailure &failure) {
        m_message->showFailure(failure);
        m_overall->setText(tr("The service does not answer"));
        m_overall->setStyleSheet(u"color: #c62828;"_s);
    });

    for (int i = 0; i < kFigures.size(); ++i) {
        auto *name = new QLabel(m_figuresBox);
        auto *value = new QLabel(u"…"_s, m_figuresBox);
        value->setObjectName(u"figure_"_s + kFigures.at(i));
        enlargeFont(value, 1.6);
        // Two rows of four: a big number over its name.
        m_figures->addWidget(value, (i / 4) * 2, i % 4);
        m_figures->addWidget(name, (i / 4) * 2 + 1, i % 4);
        m_values.insert(kFigures.at(i), value);
        m_names.insert(kFigures.at(i), name);
    }
    m_figures->setVerticalSpacing(2);

    auto *head = new QVBoxLayout;
    head->addWidget(m_overall);
    head->addWidget(m_version);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addLayout(head);
    layout->addWidget(m_figuresBox);
    layout->addWidget(m_table);
    layout->addWidget(m_message);
    layout->addStretch(1);

    pollWhileShown(kPollMs);
    connect(&context, &ConsoleContext::currentQueueChanged, this, [this] {
        retranslate();
        if (isVisible())
            readFigures();
    });
    retranslate();
}

void StatusPage::sessionOpened()
{
    if (isVisible())
        refresh();
}

void StatusPage::refresh()
{
    m_health.reload();
    readFigures();
}

void StatusPage::showEvent(QShowEvent *event)
{
    RefreshingPage::showEvent(event);
    refresh(); // read afresh whenever someone looks, not only after a change
}

void StatusPage::showOverall()
{
    const QString status = m_health.overall();
    m_overall->setText(status.isEmpty() ? QString() : tr("Service: %1").arg(StatusText::health(status)));
    m_overall->setStyleSheet(u"color: %1;"_s.arg(ToneDelegate::colour(HealthModel::tone(status)).name()));
    const qint64 up = m_health.uptimeSeconds();
    m_version->setText(tr("Version %1 · running for %2").arg(m_health.version(),
                                                             up >= 86400 ? tr("%n day(s)", nullptr, int(up / 86400))
                                                             : up >= 3600 ? tr("%n hour(s)", nullptr, int(up / 3600))
                                                                          : tr("%n minute(s)", nullptr, int(up / 60))));
}

void StatusPage::readFigures()
{
    if (!context().session.isOpen())
        return;
    const qint64 queue = context().currentQueueId();
    if (queue > 0) {
        const QString today = LocalTime::today(QueueText::currentZone(context())).toString(Qt::ISODate);
        QUrlQuery query;
        query.addQueryItem(u"from"_s, today);
        query.addQueryItem(u"to"_s, today);
        query.addQueryItem(u"queue_id"_s, QString::number(queue));
        ApiReply *reply = context().client.get(ApiPaths::stats(), query);
        reply->onJson(this, [this](const QJsonDocument &json) {
            const DayStats day = DayStats::fromJson(json[u"items"_s][0].toObject());
            const QLocale locale;
            setFigure(u"booked"_s, locale.toString(day.booked));
            setFigure(u"free"_s, locale.toString(day.freeSeats));
            setFigure(u"attended"_s, locale.toString(day.attended));
            setFigure(u"no_show"_s, locale.toString(day.noShow));
            setFigure(u"cancelled"_s, locale.toString(day.cancelled));
        });
        QUrlQuery waiting;
        waiting.addQueryItem(u"queue_id"_s, QString::number(queue));
        waiting.addQueryItem(u"status"_s, u"waiting"_s);
        readTotal(u"waiting"_s, ApiPaths::waitlist(), waiting);
    }
    for (const QString &status : {u"failed"_s, u"dead"_s}) {
        QUrlQuery query;
        query.addQueryItem(u"status"_s, status);
        readTotal(status, ApiPaths::outbox(), query);
    }
}

void StatusPage::readTotal(const QString &key, const QString &path, const QUrlQuery &query)
{
    QUrlQuery one = query;
    one.addQueryItem(u"limit"_s, u"1"_s);
    ApiReply *reply = context().client.get(path, one);
    reply->onJson(this, [this, key](const QJsonDocument &json) {
        setFigure(key, QLocale().toString(json[u"total"_s].toInteger()));
    });
}

void StatusPage::setFigure(const QString &key, const QString &value)
{
    QLabel *label = m_values.value(key);
    label->setText(value);
    // Messages that did not get through want attention.
    const bool alarming = (key == u"failed"_s || key == u"dead"_s) && value != QLocale().toString(0);
    label->setStyleSheet(alarming ? u"color: #c62828;"_s : QString());
}

QString StatusPage::figure(const QString &key) const
{
    const QLabel *label = m_values.value(key);
    return label ? label->text() : QString();
}

void StatusPage::retranslate()
{
    const std::optional<QueueRecord> queue = context().currentQueue();
    m_figuresBox->setTitle(queue ? tr("Today in %1").arg(QueueText::name(*queue)) : tr("Today"));
    const QHash<QString, QString> names{
        {u"booked"_s, tr("booked")},
        {u"free"_s, tr("free seats")},
        {u"attended"_s, tr("attended")},
        {u"no_show"_s, tr("no-shows")},
        {u"cancelled"_s, tr("cancelled")},
        {u"waiting"_s, tr("on the waiting list")},
        {u"failed"_s, tr("messages failing")},
        {u"dead"_s, tr("messages given up")},
    };
    for (auto it = names.begin(); it != names.end(); ++it)
        m_names.value(it.key())->setText(it.value());
    m_names.value(u"failed"_s)->setToolTip(tr("Messages to people that failed and are being retried"));
    m_names.value(u"dead"_s)->setToolTip(tr("Messages the service gave up on: see Messages to send them again"));
    m_health.retranslate();
    showOverall();
}
