// Creating slots from a weekly pattern (POST /slots/bulk): a date range, weekdays, hours with an
// optional break, slot length and capacity. Every change asks the server for a dry run, so the
// person sees how many slots would be made and how many starts already have one before anything
// is written; Create is offered only for the pattern that preview was for.
#pragma once

#include "apiclient.h"
#include "dto.h"

#include <QDialog>
#include <QJsonObject>
#include <QPointer>
#include <QTimer>

class FormStatus;
class QCheckBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QSpinBox;
class QTimeEdit;

class BulkSlotsDialog : public QDialog
{
    Q_OBJECT
public:
    // The range starts at `from` and spans its week.
    BulkSlotsDialog(ApiClient &client, const QueueRecord &queue, const QDate &from, QWidget *parent = nullptr);

    // The last preview's figures (-1 before one came), for tests.
    int previewCreated() const { return m_previewCreated; }
    int previewSkipped() const { return m_previewSkipped; }

signals:
    void created(int created, int skipped);
    // A dry run answered (or failed).
    void previewed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    QJsonObject pattern() const;
    void inputChanged();
    void preview();
    void apply();
    void updateButtons();

    ApiClient &m_client;
    QueueRecord m_queue;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QList<QCheckBox *> m_weekdays; // Monday first
    QTimeEdit *m_start;
    QTimeEdit *m_end;
    QCheckBox *m_break;
    QTimeEdit *m_breakStart;
    QTimeEdit *m_breakEnd;
    QSpinBox *m_length;
    QSpinBox *m_capacity;
    QLabel *m_rangeLabel;
    QLabel *m_daysLabel;
    QLabel *m_hoursLabel;
    QLabel *m_breakLabel;
    QLabel *m_lengthLabel;
    QLabel *m_capacityLabel;
    QLabel *m_toLabel;
    QLabel *m_hoursToLabel;
    QLabel *m_breakToLabel;
    QLabel *m_zone;
    QLabel *m_preview;
    FormStatus *m_status;
    QDialogButtonBox *m_buttons;
    QTimer m_previewTimer;
    QPointer<ApiReply> m_previewReply;
    QPointer<ApiReply> m_applyReply;
    QJsonObject m_previewedPattern; // what the preview on screen is for
    int m_previewCreated = -1;
    int m_previewSkipped = -1;
};
