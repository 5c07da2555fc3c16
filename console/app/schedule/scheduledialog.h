// A queue's weekly template (admins change it) and its holidays and other exceptional days
// (operators), from GET /queues/{id}/schedule. Saving either regenerates the queue's future
// slots; the report of what that did — created, removed, kept, and the booked slots that no
// longer fit — is shown right there. Viewers see both, read-only.
#pragma once

#include "apiclient.h"
#include "dto.h"
#include "schedule.h"

#include <QDialog>
#include <QPointer>

class FormStatus;
class QCheckBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QTimeEdit;

class ScheduleDialog : public QDialog
{
    Q_OBJECT
public:
    ScheduleDialog(ApiClient &client, const QueueRecord &queue, bool canEditTemplate, bool canEditDays,
                   QWidget *parent = nullptr);

    void load();

signals:
    // Generation ran (the queue's slots changed).
    void regenerated(const GenerationReport &report);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void retranslateRule(int row);
    void showSchedule(const QueueSchedule &schedule);
    void addRuleRow(const ScheduleRule &rule);
    QList<ScheduleRule> rules() const;
    void saveTemplate();
    void exceptionChosen();
    void saveDay();
    void removeDay();
    void showReport(const GenerationReport &report);
    void track(ApiReply *reply, const QString &busyText);
    // A change that regenerates slots: its report shown, then the schedule read again.
    void regenerate(ApiReply *reply, const QString &busyText);
    void updateEnabled();

    ApiClient &m_client;
    QueueRecord m_queue;
    bool m_canEditTemplate;
    bool m_canEditDays;
    QueueSchedule m_schedule;
    QPointer<ApiReply> m_inFlight;

    QTabWidget *m_tabs;
    QWidget *m_templatePage;
    QWidget *m_daysPage;
    QLabel *m_templateNote;
    QTableWidget *m_rules;
    QPushButton *m_addHours;
    QPushButton *m_addBreak;
    QPushButton *m_removeRule;
    QPushButton *m_saveTemplate;

    QLabel *m_daysNote;
    QTableWidget *m_exceptions;
    QLabel *m_dayLabel;
    QDateEdit *m_day;
    QCheckBox *m_closed;
    QLabel *m_hoursLabel;
    QTimeEdit *m_dayStart;
    QLabel *m_dayTo;
    QTimeEdit *m_dayEnd;
    QLabel *m_noteLabel;
    QLineEdit *m_note;
    QPushButton *m_saveDay;
    QPushButton *m_removeDay;

    QLabel *m_report;
    QListWidget *m_conflicts;
    FormStatus *m_status;
    QDialogButtonBox *m_buttons;
};
