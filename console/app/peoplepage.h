// People: search the people registered through the bot and open one (their details, every
// booking, ban / unban); the current queue's waiting list; and the reports (bookings to CSV,
// today's day sheet printed or as PDF).
#pragma once

#include "models/usersmodel.h"
#include "refreshingpage.h"

class DataTable;
class MessageLine;
class PersonCard;
class QCheckBox;
class QLineEdit;
class QTabWidget;
class QTimer;
class QToolButton;
class ReportActions;
class UserDirectory;
class WaitlistPanel;

class PeoplePage : public RefreshingPage
{
    Q_OBJECT
public:
    PeoplePage(ConsoleContext &context, UserDirectory &people, ReportActions &reports, QWidget *parent = nullptr);

    QString title() const override { return tr("People"); }
    QIcon icon() const override { return QIcon(QStringLiteral(":/icons/console/people.svg")); }
    void sessionOpened() override;
    void changesArrived(const QList<ChangeEntry> &changes) override;
    void retranslate() override;

    UsersModel &users() { return m_users; }
    PersonCard *card() const { return m_card; }
    WaitlistPanel *waitlist() const { return m_waitlist; }
    QLineEdit *searchField() const { return m_search; }
    DataTable *usersTable() const { return m_table; }
    // Shows the People tab (0) or the waiting list (1).
    void showTab(int index);

protected:
    void refresh() override;

private:
    void search();

    UserDirectory &m_people;
    ReportActions &m_reports;
    UsersModel m_users;
    QTabWidget *m_tabs;
    QLineEdit *m_search;
    QCheckBox *m_bannedOnly;
    DataTable *m_table;
    MessageLine *m_message;
    PersonCard *m_card;
    WaitlistPanel *m_waitlist;
    QTimer *m_typing;
    QList<QToolButton *> m_reportButtons;
};
