// Exporting bookings to a CSV file: the days (from, to), all queues or only the current one, then
// where to save it (a file dialog that does not block), the export's progress and its outcome.
#pragma once

#include "consolecontext.h"

#include <QDialog>

class MessageLine;
class QCheckBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QPushButton;

class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ExportDialog(ConsoleContext &context, QWidget *parent = nullptr);

    // Exports the chosen days to `path` (what choosing the file leads to; tests call it directly).
    void exportTo(const QString &path);
    void setRange(const QDate &from, const QDate &to);

signals:
    // The file was written: `bookings` rows.
    void exported(const QString &path, int bookings);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void chooseFile();

    ConsoleContext &m_context;
    QLabel *m_fromLabel;
    QDateEdit *m_from;
    QLabel *m_toLabel;
    QDateEdit *m_to;
    QCheckBox *m_currentOnly;
    QDialogButtonBox *m_buttons;
    QPushButton *m_save;
    MessageLine *m_message;
};
