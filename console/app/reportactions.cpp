#include "reportactions.h"

#include "apipaths.h"
#include "daysheetprinter.h"
#include "exportdialog.h"
#include "localtime.h"
#include "queuetext.h"
#include "savedialog.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QScreen>

using namespace Qt::StringLiterals;

ReportActions::ReportActions(ConsoleContext &context, QWidget *window)
    : QObject(window)
    , m_context(context)
    , m_window(window)
    , m_export(new QAction(QIcon(u":/icons/console/export.svg"_s), QString(), this))
    , m_print(new QAction(QIcon(u":/icons/console/print.svg"_s), QString(), this))
    , m_pdf(new QAction(QIcon(u":/icons/console/print.svg"_s), QString(), this))
{
    m_export->setObjectName(u"exportBookings"_s);
    m_export->setShortcut(QKeySequence(u"Ctrl+E"_s));
    m_print->setObjectName(u"printDaySheet"_s);
    m_print->setShortcut(QKeySequence::Print);
    m_pdf->setObjectName(u"saveDaySheetPdf"_s);
    m_pdf->setShortcut(QKeySequence(u"Ctrl+Shift+P"_s));
    connect(m_export, &QAction::triggered, this, &ReportActions::openExport);
    connect(m_print, &QAction::triggered, this, &ReportActions::openPreview);
    connect(m_pdf, &QAction::triggered, this, &ReportActions::choosePdf);
    connect(&m_context.session, &Session::opened, this, &ReportActions::updateEnabled);
    connect(&m_context.session, &Session::closed, this, &ReportActions::updateEnabled);
    connect(&m_context, &ConsoleContext::currentQueueChanged, this, &ReportActions::updateEnabled);
    retranslate();
    updateEnabled();
}

void ReportActions::updateEnabled()
{
    const bool open = m_context.session.isOpen();
    m_export->setEnabled(open);
    m_print->setEnabled(open && m_context.currentQueueId() > 0);
    m_pdf->setEnabled(open && m_context.currentQueueId() > 0);
}

void ReportActions::retranslate()
{
    m_export->setText(tr("&Export bookings to CSV…"));
    m_export->setToolTip(tr("Save the bookings of a range of days as a spreadsheet file (%1)")
                             .arg(m_export->shortcut().toString(QKeySequence::NativeText)));
    m_print->setText(tr("&Print today's day sheet…"));
    m_print->setToolTip(tr("Today's bookings of the current queue on paper, with a preview (%1)")
                            .arg(m_print->shortcut().toString(QKeySequence::NativeText)));
    m_pdf->setText(tr("Save today's day sheet as P&DF…"));
    m_pdf->setToolTip(tr("Today's bookings of the current queue as a PDF file (%1)")
                          .arg(m_pdf->shortcut().toString(QKeySequence::NativeText)));
}

void ReportActions::openExport()
{
    auto *dialog = new ExportDialog(m_context, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ExportDialog::exported, this, [this](const QString &path, int bookings) {
        emit message(tr("Saved %n booking(s) to %1.", nullptr, bookings).arg(QDir::toNativeSeparators(path)));
    });
    dialog->open();
}

void ReportActions::loadDaySheet(std::function<void(const DaySheet &)> then)
{
    const std::optional<QueueRecord> queue = m_context.currentQueue();
    if (!queue)
        return;
    DaySheet sheet;
    sheet.queueName = QueueText::name(*queue);
    sheet.day = LocalTime::today(QueueText::currentZone(m_context));
    QUrlQuery query;
    query.addQueryItem(u"from"_s, sheet.day.toString(Qt::ISODate));
    query.addQueryItem(u"to"_s, sheet.day.toString(Qt::ISODate));
    query.addQueryItem(u"queue_id"_s, QString::number(queue->id));
    emit message(tr("Reading today's bookings…"));
    ApiReply *reply = m_context.client.get(ApiPaths::exportBookings(), query);
    connect(reply, &ApiReply::succeeded, this, [sheet, then](const QJsonDocument &, const QByteArray &body) mutable {
        sheet.rows = DaySheet::rowsFromCsv(body);
        then(sheet);
    });
    reply->onFailure(this, [this](const ApiFailure &failure) { emit message(failure.describe()); });
}

void ReportActions::openPreview()
{
    loadDaySheet([this](const DaySheet &sheet) {
        emit message(QString());
        auto *printer = new QPrinter(QPrinter::HighResolution);
        printer->setDocName(tr("Day sheet %1").arg(sheet.day.toString(Qt::ISODate)));
        auto *preview = new QPrintPreviewDialog(printer, m_window);
        preview->setAttribute(Qt::WA_DeleteOnClose);
        preview->setWindowTitle(tr("Day sheet: %1").arg(sheet.queueName));
        QSize size(900, 1000);
        if (m_window && m_window->screen())
            size = size.boundedTo(m_window->screen()->availableGeometry().size() * 0.9);
        preview->resize(size);
        connect(preview, &QPrintPreviewDialog::paintRequested, preview, [sheet](QPrinter *device) {
            DaySheetPrinter(sheet).print(device);
        });
        connect(preview, &QObject::destroyed, this, [printer] { delete printer; });
        preview->open();
    });
}

void ReportActions::choosePdf()
{
    const QString name = tr("day-sheet_%1.pdf").arg(LocalTime::today(QueueText::currentZone(m_context)).toString(Qt::ISODate));
    QFileDialog *files = openSaveDialog(m_window, tr("Save the day sheet as"), name, tr("PDF files (*.pdf)"), u"pdf"_s);
    connect(files, &QFileDialog::fileSelected, this, &ReportActions::saveDaySheetPdf);
}

void ReportActions::saveDaySheetPdf(const QString &path)
{
    loadDaySheet([this, path](const DaySheet &sheet) {
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(path);
        printer.setPageSize(QPageSize(QPageSize::A4));
        printer.setDocName(tr("Day sheet %1").arg(sheet.day.toString(Qt::ISODate)));
        DaySheetPrinter paper(sheet);
        if (!paper.print(&printer)) {
            emit message(tr("Could not write %1.").arg(QDir::toNativeSeparators(path)));
            return;
        }
        emit message(tr("Saved the day sheet (%n booking(s)) to %1.", nullptr, int(sheet.rows.size()))
                         .arg(QDir::toNativeSeparators(path)));
        emit pdfSaved(path, paper.drawnRows());
    });
}
