// The console's two paper-and-file reports, as actions the People page and the File menu share:
// bookings of a date range exported to CSV, and today's day sheet of the current queue printed
// (with a preview) or saved as a PDF. Nothing here blocks: dialogs open(), requests are async.
#pragma once

#include "consolecontext.h"
#include "daysheet.h"

#include <QObject>

#include <functional>

class QAction;
class QWidget;

class ReportActions : public QObject
{
    Q_OBJECT
public:
    ReportActions(ConsoleContext &context, QWidget *window);

    QAction *exportAction() const { return m_export; }
    QAction *printAction() const { return m_print; }
    QAction *pdfAction() const { return m_pdf; }
    QList<QAction *> actions() const { return {m_export, m_print, m_pdf}; }

    // Reads today's sheet of the current queue, then hands it over (nothing on failure: message()).
    void loadDaySheet(std::function<void(const DaySheet &)> then);
    // Writes today's sheet as a PDF to `path` (what choosing the file leads to).
    void saveDaySheetPdf(const QString &path);
    void retranslate();
    // Enabled while connected with a queue chosen.
    void updateEnabled();

signals:
    // What happened, for the status bar.
    void message(const QString &text);
    // The PDF was written with these rows (a test's view).
    void pdfSaved(const QString &path, const QStringList &rows);

private:
    void openExport();
    void openPreview();
    void choosePdf();

    ConsoleContext &m_context;
    QWidget *m_window;
    QAction *m_export;
    QAction *m_print;
    QAction *m_pdf;
};
