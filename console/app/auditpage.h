// Audit log (admins): who did what to which entity and when, newest first, read a page at a time
// as one scrolls; filtered by entity, action, who did it and a range of days.
#pragma once

#include "models/auditmodel.h"
#include "models/staffmodel.h"
#include "refreshingpage.h"

class DataTable;
class MessageLine;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class UserDirectory;

class AuditPage : public RefreshingPage
{
    Q_OBJECT
public:
    AuditPage(ConsoleContext &context, UserDirectory &people, QWidget *parent = nullptr);

    QString title() const override { return tr("Audit log"); }
    QIcon icon() const override { return QIcon(QStringLiteral(":/icons/console/audit.svg")); }
    StaffRole minimumRole() const override { return StaffRole::Admin; }
    void sessionOpened() override;
    void changesArrived(const QList<ChangeEntry> &changes) override;
    void retranslate() override;

    AuditModel &log() { return m_log; }
    DataTable *table() const { return m_table; }
    // The filter as the fields say (days in the current queue's time zone).
    AuditModel::Filter filter();
    QComboBox *entityFilter() const { return m_entity; }
    QLineEdit *actionFilter() const { return m_action; }
    // Reads the log with the fields' filter.
    void apply();

protected:
    void refresh() override;

private:
    void resetFilter();

    AuditModel m_log;
    StaffModel m_staff; // names for the "who" column
    QLabel *m_entityLabel;
    QComboBox *m_entity;
    QLabel *m_actionLabel;
    QLineEdit *m_action;
    QLabel *m_actorLabel;
    QComboBox *m_actorType;
    QSpinBox *m_actorId;
    QCheckBox *m_dates;
    QDateEdit *m_from;
    QLabel *m_toLabel;
    QDateEdit *m_to;
    QPushButton *m_apply;
    QPushButton *m_reset;
    DataTable *m_table;
    MessageLine *m_message;
};
