// Messages: a note from the office to everyone coming on a day (with how many it will reach
// before it is sent, and a confirmation), and every message to people with its delivery: failures
// stand out with their error and operators can send them again.
#pragma once

#include "broadcastaudience.h"
#include "models/outboxmodel.h"
#include "refreshingpage.h"

class DataTable;
class MessageLine;
class QComboBox;
class QDateEdit;
class QGroupBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTimer;
class UserDirectory;

class MessagesPage : public RefreshingPage
{
    Q_OBJECT
public:
    MessagesPage(ConsoleContext &context, UserDirectory &people, QWidget *parent = nullptr);

    QString title() const override { return tr("Messages"); }
    QIcon icon() const override { return QIcon(QStringLiteral(":/icons/console/messages.svg")); }
    void sessionOpened() override;
    void changesArrived(const QList<ChangeEntry> &changes) override;
    void retranslate() override;

    OutboxModel &outbox() { return m_outbox; }
    DataTable *outboxTable() const { return m_table; }
    QPushButton *retryButton() const { return m_retry; }
    QComboBox *statusFilter() const { return m_status; }
    QGroupBox *broadcastBox() const { return m_broadcast; }
    QDateEdit *broadcastDay() const { return m_day; }
    QPlainTextEdit *broadcastText() const { return m_text; }
    QLabel *audienceLabel() const { return m_audience; }
    QPushButton *sendButton() const { return m_send; }
    // Sends the broadcast without asking (what confirming leads to).
    void sendBroadcast();

    // Delivery changes are not in the change feed; a shown outbox reads them this often.
    static constexpr int kDeliveryPollMs = 10000;

protected:
    void refresh() override;

private:
    void showOutbox();
    void countAudience();
    void askToSend();
    void retry();
    void updateActions();
    void showSelected();
    void updateLength();

    UserDirectory &m_people;
    BroadcastAudience m_audienceCount;
    OutboxModel m_outbox;
    QGroupBox *m_broadcast;
    QLabel *m_dayLabel;
    QDateEdit *m_day;
    QLabel *m_textLabel;
    QPlainTextEdit *m_text;
    QLabel *m_length;
    QLabel *m_audience;
    QPushButton *m_send;
    MessageLine *m_broadcastMessage;
    QGroupBox *m_outboxBox;
    QLabel *m_statusLabel;
    QComboBox *m_status;
    DataTable *m_table;
    QLabel *m_detail;
    QPushButton *m_retry;
    MessageLine *m_outboxMessage;
    QTimer *m_recount;
    int m_recipients = -1; // the last count, -1 while unknown
};
