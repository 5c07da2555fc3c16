// One person on the People page: who they are (name, username, phone, Telegram id, language,
// no-shows, banned or not), ban / unban for operators, and every booking they ever made.
#pragma once

#include "consolecontext.h"
#include "models/personbookingsmodel.h"

#include <QWidget>

class DataTable;
class MessageLine;
class QFormLayout;
class QLabel;
class QPushButton;
class UserDirectory;

class PersonCard : public QWidget
{
    Q_OBJECT
public:
    PersonCard(ConsoleContext &context, UserDirectory &people, QWidget *parent = nullptr);

    // Shows `userId` (0: nobody) and reads their history.
    void showPerson(qint64 userId);
    qint64 userId() const { return m_user.id; }
    // Operators and admins may ban; viewers only look.
    void setMayBan(bool may);
    // The feed said these changed: the person again, their bookings again.
    void changesArrived(const QList<ChangeEntry> &changes);
    void retranslate();

    PersonBookingsModel &history() { return m_history; }
    QPushButton *banButton() const { return m_ban; }

private:
    void takePerson(const UserRecord &user);
    void reloadPerson();
    void toggleBan();
    void updateTexts();

    ConsoleContext &m_context;
    UserDirectory &m_people;
    UserRecord m_user;
    bool m_mayBan = false;
    PersonBookingsModel m_history;
    QLabel *m_name;
    QFormLayout *m_form;
    QLabel *m_username;
    QLabel *m_phone;
    QLabel *m_telegram;
    QLabel *m_language;
    QLabel *m_noShows;
    QLabel *m_state;
    QPushButton *m_ban;
    QLabel *m_historyLabel;
    DataTable *m_table;
    MessageLine *m_message;
    QLabel *m_empty;
    QWidget *m_details;
};
