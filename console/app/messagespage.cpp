#include "messagespage.h"

#include "apipaths.h"
#include "datatable.h"
#include "localtime.h"
#include "messageline.h"
#include "queuetext.h"
#include "statustext.h"
#include "userdirectory.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

constexpr int kMaxText = 2000; // the API's limit

// The filter's choices, in the combo's order.
const QStringList kStatuses{QString(), u"failed"_s, u"dead"_s, u"pending"_s, u"sent"_s};

} // namespace

MessagesPage::MessagesPage(ConsoleContext &context, UserDirectory &people, QWidget *parent)
    : RefreshingPage(context, parent)
    , m_people(people)
    , m_audienceCount(context.client)
    , m_outbox(context.client, people)
    , m_broadcast(new QGroupBox(this))
    , m_dayLabel(new QLabel(this))
    , m_day(new QDateEdit(this))
    , m_textLabel(new QLabel(this))
    , m_text(new QPlainTextEdit(this))
    , m_length(new QLabel(this))
    , m_audience(new QLabel(this))
    , m_send(new QPushButton(QIcon(u":/icons/console/messages.svg"_s), QString(), this))
    , m_broadcastMessage(new MessageLine(this))
    , m_outboxBox(new QGroupBox(this))
    , m_statusLabel(new QLabel(this))
    , m_status(new QComboBox(this))
    , m_table(new DataTable(this))
    , m_detail(new QLabel(this))
    , m_retry(new QPushButton(QIcon(u":/icons/console/refresh.svg"_s), QString(), this))
    , m_outboxMessage(new MessageLine(this))
    , m_recount(new QTimer(this))
{
    setObjectName(u"messagesPage"_s);
    // --- broadcast ---
    m_day->setObjectName(u"broadcastDay"_s);
    m_day->setCalendarPopup(true);
    m_dayLabel->setBuddy(m_day);
    m_text->setObjectName(u"broadcastText"_s);
    m_text->setTabChangesFocus(true);
    m_text->setFixedHeight(m_text->fontMetrics().lineSpacing() * 4 + 12);
    m_textLabel->setBuddy(m_text);
    m_length->setStyleSheet(u"color: palette(mid);"_s);
    m_audience->setObjectName(u"broadcastAudience"_s);
    m_send->setObjectName(u"sendBroadcast"_s);
    connect(m_send, &QPushButton::clicked, this, &MessagesPage::askToSend);
    connect(m_text, &QPlainTextEdit::textChanged, this, &MessagesPage::updateLength);
    // Counting again once the date stops changing (spinning through days is quick).
    m_recount->setSingleShot(true);
    m_recount->setInterval(250);
    connect(m_recount, &QTimer::timeout, this, &MessagesPage::countAudience);
    connect(m_day, &QDateEdit::dateChanged, m_recount, qOverload<>(&QTimer::start));
    connect(&m_audienceCount, &BroadcastAudience::counted, this, [this](int people, bool atLeast) {
        m_recipients = people;
        m_audience->setText(atLeast ? tr("It will reach more than %n person(s).", nullptr, people)
                                    : people == 0 ? tr("Nobody is booked or in the live queue that day.")
                                                  : tr("It will reach %n person(s) booked or in the live queue that day.",
                                                       nullptr, people));
        updateActions();
    });
    connect(&m_audienceCount, &BroadcastAudience::failed, m_broadcastMessage, &MessageLine::showFailure);
    auto *form = new QFormLayout;
    auto *dayRow = new QHBoxLayout;
    dayRow->addWidget(m_day);
    dayRow->addStretch(1);
    form->addRow(m_dayLabel, dayRow);
    auto *textColumn = new QVBoxLayout;
    textColumn->addWidget(m_text);
    auto *under = new QHBoxLayout;
    under->addWidget(m_audience, 1);
    under->addWidget(m_length);
    textColumn->addLayout(under);
    form->addRow(m_textLabel, textColumn);
    auto *sendRow = new QHBoxLayout;
    sendRow->addWidget(m_broadcastMessage, 1);
    sendRow->addStretch(0);
    sendRow->addWidget(m_send, 0, Qt::AlignRight);
    auto *broadcastLayout = new QVBoxLayout(m_broadcast);
    broadcastLayout->addLayout(form);
    broadcastLayout->addLayout(sendRow);
    m_broadcastMessage->hide();

    // --- outbox ---
    m_status->setObjectName(u"outboxStatus"_s);
    for (qsizetype i = 0; i < kStatuses.size(); ++i)
        m_status->addItem(QString());
    m_statusLabel->setBuddy(m_status);
    connect(m_status, qOverload<int>(&QComboBox::activated), this, &MessagesPage::showOutbox);
    m_table->setObjectName(u"outboxTable"_s);
    m_table->setModel(&m_outbox);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MessagesPage::showSelected);
    connect(&m_outbox, &OutboxModel::loaded, this, [this] {
        m_table->fitColumns();
        m_outboxMessage->showInfo(m_outbox.total() == 0 ? tr("No messages here.")
                                                        : tr("%n message(s).", nullptr, int(m_outbox.total())));
        showSelected();
    });
    connect(&m_outbox, &OutboxModel::failed, m_outboxMessage, &MessageLine::showFailure);
    m_detail->setObjectName(u"outboxDetail"_s);
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_retry->setObjectName(u"retryMessage"_s);
    m_retry->setShortcut(QKeySequence(u"Ctrl+R"_s));
    connect(m_retry, &QPushButton::clicked, this, &MessagesPage::retry);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_statusLabel);
    filterRow->addWidget(m_status);
    filterRow->addStretch(1);
    auto *actionRow = new QHBoxLayout;
    actionRow->addWidget(m_detail, 1);
    actionRow->addWidget(m_retry, 0, Qt::AlignTop);
    auto *outboxLayout = new QVBoxLayout(m_outboxBox);
    outboxLayout->addLayout(filterRow);
    outboxLayout->addWidget(m_table, 1);
    outboxLayout->addLayout(actionRow);
    outboxLayout->addWidget(m_outboxMessage);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_broadcast);
    layout->addWidget(m_outboxBox, 1);

    pollWhileShown(kDeliveryPollMs);
    context.followCurrentQueue(this, [this] {
        const QTimeZone zone = QueueText::currentZone(this->context());
        m_outbox.setTimeZone(zone);
        m_day->setMinimumDate(LocalTime::today(zone));
        m_recount->start();
        retranslate();
    });
    retranslate();
    updateLength();
    updateActions();
}

void MessagesPage::sessionOpened()
{
    m_broadcast->setVisible(context().session.can(StaffRole::Operator));
    m_day->setDate(LocalTime::today(QueueText::currentZone(context())));
    showOutbox();
    updateActions();
}

void MessagesPage::showOutbox()
{
    m_outboxMessage->showBusy(tr("Loading…"));
    m_outbox.show(kStatuses.value(m_status->currentIndex()));
}

void MessagesPage::countAudience()
{
    const qint64 queue = context().currentQueueId();
    m_recipients = -1;
    if (queue <= 0 || !context().session.isOpen() || !context().session.can(StaffRole::Operator)) {
        m_audience->clear();
        return;
    }
    m_audience->setText(tr("Counting who it will reach…"));
    const QDate today = LocalTime::today(QueueText::currentZone(context()));
    m_audienceCount.count(queue, m_day->date(), m_day->date() == today);
    updateActions();
}

void MessagesPage::updateLength()
{
    const int length = int(m_text->toPlainText().trimmed().size());
    m_length->setText(u"%1 / %2"_s.arg(QLocale().toString(length), QLocale().toString(kMaxText)));
    m_length->setStyleSheet(length > kMaxText ? u"color: #c62828; font-weight: bold;"_s : u"color: palette(mid);"_s);
    updateActions();
}

void MessagesPage::updateActions()
{
    const int length = int(m_text->toPlainText().trimmed().size());
    m_send->setEnabled(context().currentQueueId() > 0 && length > 0 && length <= kMaxText && m_recipients != 0);
    const bool mayRetry = context().session.isOpen() && context().session.can(StaffRole::Operator);
    m_retry->setVisible(mayRetry);
    m_retry->setEnabled(OutboxModel::isFailure(m_table->selectedRow()));
}

void MessagesPage::askToSend()
{
    const std::optional<QueueRecord> queue = context().currentQueue();
    if (!queue || !m_send->isEnabled())
        return;
    const QString day = QLocale().toString(m_day->date(), QLocale::LongFormat);
    const QString who = m_recipients > 0 ? tr("%n person(s)", nullptr, m_recipients) : tr("everyone coming");
    auto *box = new QMessageBox(QMessageBox::Question, tr("Send to everyone coming"),
                                tr("Send this note to %1 of %2 on %3? It cannot be taken back.")
                                    .arg(who, QueueText::name(*queue), day),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(u"confirmBroadcast"_s);
    box->setInformativeText(m_text->toPlainText().trimmed());
    box->button(QMessageBox::Yes)->setText(tr("Send"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::accepted, this, &MessagesPage::sendBroadcast);
    box->open();
}

void MessagesPage::sendBroadcast()
{
    const qint64 queue = context().currentQueueId();
    if (queue <= 0)
        return;
    m_send->setEnabled(false);
    MessageLine::markInvalid(m_day, false);
    MessageLine::markInvalid(m_text, false);
    m_broadcastMessage->showBusy(tr("Sending…"));
    ApiReply *reply = context().client.post(
        ApiPaths::broadcast(queue), {{u"day"_s, m_day->date().toString(Qt::ISODate)}, {u"text"_s, m_text->toPlainText().trimmed()}});
    reply->onJson(this, [this](const QJsonDocument &json) {
        const int recipients = json[u"recipients"_s].toInt();
        m_broadcastMessage->showDone(recipients == 0 ? tr("Nobody to tell: nobody is coming that day.")
                                                     : tr("Queued for %n person(s).", nullptr, recipients));
        m_text->clear();
        m_outbox.refresh();
    });
    reply->onFailure(this, [this](const ApiFailure &failure) {
        m_broadcastMessage->showFailure(failure);
        if (failure.field == u"day"_s)
            MessageLine::markInvalid(m_day, true);
        else if (failure.field == u"text"_s)
            MessageLine::markInvalid(m_text, true);
    });
    connect(reply, &ApiReply::finished, this, &MessagesPage::updateActions);
}

void MessagesPage::retry()
{
    const qint64 id = m_table->selectedId();
    if (id <= 0 || !m_retry->isEnabled())
        return;
    m_retry->setEnabled(false);
    m_outboxMessage->showBusy(tr("Sending again…"));
    ApiReply *reply = context().client.post(ApiPaths::retryMessage(id));
    reply->onJson(this, [this](const QJsonDocument &json) {
        m_outbox.upsert(json.object());
        m_outbox.refresh(); // it may leave a "failed" view
        m_outboxMessage->showDone(tr("The message is queued to be sent again."));
    });
    reply->onFailure(this, [this](const ApiFailure &failure) { m_outboxMessage->showFailure(failure); });
    connect(reply, &ApiReply::finished, this, &MessagesPage::updateActions);
}

void MessagesPage::showSelected()
{
    const QJsonObject row = m_table->selectedRow();
    if (row.isEmpty()) {
        m_detail->setText(tr("Choose a message to see its details."));
    } else {
        const OutboxRecord message = OutboxRecord::fromJson(row);
        QStringList lines{tr("%1 to %2, %3.")
                              .arg(StatusText::messageTemplate(message.templateName), m_people.displayName(message.userId),
                                   StatusText::outbox(message.status))};
        if (!message.lastError.isEmpty())
            lines << tr("Last error (after %n attempt(s)): %1", nullptr, message.attempts).arg(message.lastError);
        const QString text = message.params[u"text"_s].toString();
        if (!text.isEmpty())
            lines << tr("Text: %1").arg(text);
        m_detail->setText(lines.join(u'\n'));
    }
    updateActions();
}

void MessagesPage::changesArrived(const QList<ChangeEntry> &changes)
{
    // New messages follow bookings, slots and queues; only a retry names the outbox itself.
    for (const ChangeEntry &change : changes) {
        if (change.entity != u"staff"_s && change.entity != u"user"_s) {
            refreshWhenVisible();
            if (isVisible())
                m_recount->start();
            return;
        }
    }
}

void MessagesPage::refresh()
{
    m_outbox.refresh();
}

void MessagesPage::retranslate()
{
    const std::optional<QueueRecord> queue = context().currentQueue();
    m_broadcast->setTitle(queue ? tr("Note to everyone coming to %1").arg(QueueText::name(*queue))
                                : tr("Note to everyone coming"));
    m_dayLabel->setText(tr("&Day:"));
    m_day->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_day->setToolTip(tr("Everyone with a booking that day, or in the live queue today, gets the note"));
    m_textLabel->setText(tr("&Text:"));
    m_text->setPlaceholderText(tr("For example: The office closes at 15:00 today."));
    m_send->setText(tr("S&end…"));
    m_send->setToolTip(tr("Send the note through the bot (you confirm first)"));
    m_outboxBox->setTitle(tr("Messages to people"));
    m_statusLabel->setText(tr("&Show:"));
    for (int i = 0; i < kStatuses.size(); ++i)
        m_status->setItemText(i, i == 0 ? tr("All messages") : StatusText::outbox(kStatuses.at(i)));
    m_status->setToolTip(tr("Which messages to list"));
    m_retry->setText(tr("&Send again"));
    m_retry->setToolTip(tr("Queue the selected failed message to be sent again (%1)")
                            .arg(m_retry->shortcut().toString(QKeySequence::NativeText)));
    m_outbox.retranslate();
    showSelected();
}
