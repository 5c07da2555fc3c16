// The Schedule page offscreen against the real queue-service: creating a slot through the dialog
// shows it in the grid; the keyboard moves between slots and weeks; slots from a pattern are
// previewed (how many, how many conflict) before they are made; a change another client makes
// reaches the grid through the change feed, a holiday too (its column shaded and labelled); a
// viewer gets no actions.
#include "staffedservice.h"

#include "consolecontext.h"
#include "schedule/bulkslotsdialog.h"
#include "schedule/schedulepage.h"
#include "schedule/slotdetailspanel.h"
#include "schedule/weekgrid.h"
#include "weekframe.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QJsonArray>
#include <QTest>
#include <QTimeEdit>
#include <QTimeZone>
#include <QToolTip>

using namespace Qt::StringLiterals;
using namespace TestSupport;

namespace {

const char *const kZone = "Europe/Moscow";

QDate mondayAhead(int weeks)
{
    return WeekFrame::mondayOf(QDate::currentDate().addDays(7 * weeks));
}

QDateTime moscow(const QDate &day, int hour, int minute = 0)
{
    return QDateTime(day, QTime(hour, minute), QTimeZone(kZone)).toUTC();
}

QPushButton *okButton(QWidget *dialog)
{
    return dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

} // namespace

class TestSchedulePage : public QObject
{
    Q_OBJECT

    StaffedService m_service;
    qint64 m_queue = 0;
    std::unique_ptr<ConsoleContext> m_context;
    std::unique_ptr<SchedulePage> m_page;

    // Signs `context` in with `token` and makes the test queue current.
    static bool signIn(ConsoleContext &context, const QUrl &server, const QByteArray &token, qint64 queue)
    {
        QSignalSpy opened(&context.session, &Session::opened);
        context.session.open(server, token);
        if (!opened.wait(10000))
            return false;
        QSignalSpy loaded(&context, &ConsoleContext::queuesLoaded);
        context.reloadQueues();
        if (!loaded.wait(10000))
            return false;
        context.setCurrentQueue(queue);
        return context.currentQueueId() == queue;
    }

    qint64 slotStartingAt(const QDateTime &start)
    {
        const WeekSlotsModel &model = m_page->slotsModel();
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.slotAt(row).startsAt == start)
                return model.slotAt(row).id;
        }
        return 0;
    }

    // Shows the week of `day`, freshly loaded.
    bool showWeekOf(const QDate &day)
    {
        QSignalSpy loaded(&m_page->slotsModel(), &WeekSlotsModel::loaded);
        const bool sameWeek = m_page->slotsModel().frame().contains(day);
        m_page->showDate(day);
        if (sameWeek)
            m_page->slotsModel().reload();
        return loaded.wait(10000);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // the console's settings go to a test location
        QString error;
        QVERIFY2(m_service.start(&error), qPrintable(error));
        m_queue = m_service.createQueue(u"Passport office"_s, QString::fromLatin1(kZone),
                                        {{u"slot_minutes"_s, 20}, {u"default_capacity"_s, 2}});
        m_context = std::make_unique<ConsoleContext>();
        QVERIFY(signIn(*m_context, m_service.server(), m_service.admin(), m_queue));
        m_page = std::make_unique<SchedulePage>(*m_context);
        m_page->resize(1280, 800);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        QSignalSpy loaded(&m_page->slotsModel(), &WeekSlotsModel::loaded);
        m_page->sessionOpened();
        QVERIFY(loaded.wait(10000));
        // What MainWindow does: the change feed reaches the page.
        m_context->changes.setIntervalMs(100);
        connect(&m_context->changes, &ChangeFollower::changed, m_page.get(), &SchedulePage::changesArrived);
        m_context->changes.start();
    }

    void cleanupTestCase()
    {
        m_context->changes.stop();
        m_page.reset();
        m_context.reset();
        QCOMPARE(m_service.stop(), 0);
    }

    void pageIsTheScheduleWithItsModelTested()
    {
        QAbstractItemModelTester slotsTester(&m_page->slotsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester bookingsTester(&m_page->details()->bookings(),
                                                QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(m_page->title(), u"Schedule"_s);
        QVERIFY(!m_page->icon().isNull());
        QCOMPARE(m_page->slotsModel().frame().zone(), QTimeZone(kZone));
        QVERIFY(m_page->newSlotAction()->isVisible());
        QVERIFY(showWeekOf(mondayAhead(2)));
    }

    void createASlotThroughTheDialogAndSeeItInTheGrid()
    {
        const QDate monday = mondayAhead(2);
        QVERIFY(showWeekOf(monday));
        QWidget *dialog = m_page->openNewSlot();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        dialog->findChild<QDateEdit *>(u"slotDate"_s)->setDate(monday.addDays(2));
        dialog->findChild<QTimeEdit *>(u"slotTime"_s)->setTime(QTime(10, 40));
        dialog->findChild<QSpinBox *>(u"slotLength"_s)->setValue(25);
        dialog->findChild<QSpinBox *>(u"slotCapacity"_s)->setValue(3);
        QPointer<QWidget> alive(dialog);
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(alive.isNull(), 10000); // accepted and gone

        const QDateTime start = moscow(monday.addDays(2), 10, 40);
        const qint64 id = slotStartingAt(start);
        QVERIFY(id > 0);
        WeekGrid *grid = m_page->grid();
        const QRect rect = grid->slotRect(id);
        QVERIFY(!rect.isEmpty());
        QCOMPARE(grid->slotAt(rect.center()), id);
        QCOMPARE(grid->currentSlot(), id);
        // Wednesday's column, 25 minutes tall relative to an hour.
        QVERIFY(qAbs(rect.height() - grid->hourHeight() * 25 / 60) <= 2);
        const QRect other = grid->slotRect(slotStartingAt(start)); // the same slot, found again
        QCOMPARE(other, rect);
        // The details show it.
        QCOMPARE(m_page->details()->slotId(), id);
        QVERIFY(m_page->details()->findChild<QLabel *>(u"slotTitle"_s)->text().contains(u"10:40"_s));
        // And the server has it, with the capacity given.
        const QJsonObject stored = m_service.must("GET", u"/api/v1/slots/%1"_s.arg(id), {}, 200);
        QCOMPARE(stored.value(u"capacity"_s).toInt(), 3);
        QCOMPARE(fromIsoUtc(stored.value(u"ends_at"_s).toString()), start.addSecs(25 * 60));

        // The same start again: the server's refusal is shown in the dialog, which stays open.
        dialog = m_page->openNewSlot(monday.addDays(2), 10 * 60 + 40);
        QSignalSpy failed(&m_context->client, &ApiClient::failure);
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QVERIFY(failed.wait(10000));
        QVERIFY(dialog->isVisible());
        bool explained = false;
        for (QLabel *label : dialog->findChildren<QLabel *>())
            explained = explained || (label->isVisible() && label->text().startsWith(u"Not possible"_s));
        QVERIFY(explained);
        dialog->close();
    }

    void keyboardMovesBetweenSlotsAndWeeks()
    {
        const QDate monday = mondayAhead(3);
        const qint64 nine = m_service.createSlot(m_queue, moscow(monday, 9, 0));
        const qint64 ten = m_service.createSlot(m_queue, moscow(monday, 10, 0));
        const qint64 tuesday = m_service.createSlot(m_queue, moscow(monday.addDays(1), 9, 40));
        QVERIFY(showWeekOf(monday));
        m_page->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
        WeekGrid *grid = m_page->grid();
        grid->setFocus();
        grid->setCurrentSlot(0);
        QTest::keyClick(grid, Qt::Key_Down);
        QCOMPARE(grid->currentSlot(), nine);
        QTest::keyClick(grid, Qt::Key_Down);
        QCOMPARE(grid->currentSlot(), ten);
        QTest::keyClick(grid, Qt::Key_Right); // nearest in time on Tuesday
        QCOMPARE(grid->currentSlot(), tuesday);
        QTest::keyClick(grid, Qt::Key_Left);
        QCOMPARE(grid->currentSlot(), ten); // 10:00 is nearer to 09:40 than 09:00
        QTest::keyClick(grid, Qt::Key_Home);
        QCOMPARE(grid->currentSlot(), nine);
        QCOMPARE(m_page->details()->slotId(), nine);
        // Enter: the people booked, with the focus there.
        QTest::keyClick(grid, Qt::Key_Return);
        QTRY_VERIFY(m_page->details()->findChild<QTableView *>(u"slotBookings"_s)->hasFocus());

        // Zoom with the keyboard: taller hours.
        grid->setFocus();
        const int before = grid->hourHeight();
        QTest::keyClick(grid, Qt::Key_Plus, Qt::ControlModifier);
        QVERIFY(grid->hourHeight() > before);
        QTest::keyClick(grid, Qt::Key_Minus, Qt::ControlModifier);
        QTest::keyClick(grid, Qt::Key_Minus, Qt::ControlModifier);
        QVERIFY(grid->hourHeight() < before);
        QTest::keyClick(grid, Qt::Key_0, Qt::ControlModifier);

        // PgDn: the next week is loaded; PgUp back.
        QSignalSpy loaded(&m_page->slotsModel(), &WeekSlotsModel::loaded);
        QTest::keyClick(grid, Qt::Key_PageDown);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(m_page->slotsModel().frame().first(), monday.addDays(7));
        QCOMPARE(m_page->slotsModel().rowOfId(nine), -1);
        QTest::keyClick(grid, Qt::Key_PageUp);
        QVERIFY(loaded.wait(10000));
        QVERIFY(m_page->slotsModel().rowOfId(nine) >= 0);

        // The day view: one day, wider.
        const QRect inWeek = grid->slotRect(ten);
        grid->setCurrentSlot(ten);
        QTest::keyClick(grid, Qt::Key_D, Qt::ControlModifier);
        QVERIFY(grid->isDayView());
        QVERIFY(grid->slotRect(ten).width() > inWeek.width() * 4);
        QVERIFY(grid->slotRect(tuesday).isEmpty());
        QTest::keyClick(grid, Qt::Key_W, Qt::ControlModifier);
        QVERIFY(!grid->isDayView());
    }

    void slotsFromAPatternArePreviewedFirst()
    {
        const QDate monday = mondayAhead(5);
        const qint64 existing = m_service.createSlot(m_queue, moscow(monday, 9, 0), 60);
        QVERIFY(showWeekOf(monday));
        auto *dialog = qobject_cast<BulkSlotsDialog *>(m_page->openBulk());
        QVERIFY(dialog);
        QSignalSpy previewed(dialog, &BulkSlotsDialog::previewed);
        dialog->findChild<QDateEdit *>(u"bulkFrom"_s)->setDate(monday);
        dialog->findChild<QDateEdit *>(u"bulkTo"_s)->setDate(monday.addDays(6));
        for (int weekday = 2; weekday <= 7; ++weekday)
            dialog->findChild<QCheckBox *>(u"bulkWeekday%1"_s.arg(weekday))->setChecked(weekday == 3);
        dialog->findChild<QCheckBox *>(u"bulkWeekday1"_s)->setChecked(true);
        dialog->findChild<QTimeEdit *>(u"bulkStart"_s)->setTime(QTime(9, 0));
        dialog->findChild<QTimeEdit *>(u"bulkEnd"_s)->setTime(QTime(13, 0));
        dialog->findChild<QCheckBox *>(u"bulkBreak"_s)->setChecked(true); // 13:00–14:00: after the hours
        dialog->findChild<QCheckBox *>(u"bulkBreak"_s)->setChecked(false);
        dialog->findChild<QSpinBox *>(u"bulkLength"_s)->setValue(60);
        // Monday and Wednesday, 09:00–13:00 hourly: 8 starts, Monday 09:00 taken.
        QTRY_VERIFY_WITH_TIMEOUT(dialog->previewCreated() == 7 && dialog->previewSkipped() == 1, 10000);
        const QString preview = dialog->findChild<QLabel *>(u"bulkPreview"_s)->text();
        QVERIFY2(preview.contains(u"7 slot"_s) && preview.contains(u"1 start"_s), qPrintable(preview));
        // Nothing was written by the preview.
        QCOMPARE(m_service.must("GET", u"/api/v1/slots?queue_id=%1&from=%2&to=%3"_s.arg(m_queue)
                                           .arg(monday.toString(Qt::ISODate), monday.addDays(6).toString(Qt::ISODate)),
                                {}, 200)
                     .value(u"total"_s)
                     .toInt(),
                 1);
        QTRY_VERIFY(okButton(dialog)->isEnabled());
        QPointer<QWidget> alive(dialog);
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(alive.isNull(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(m_page->slotsModel().rowCount(), 8, 10000);
        QVERIFY(m_page->slotsModel().rowOfId(existing) >= 0);
        QVERIFY(!m_page->grid()->slotRect(slotStartingAt(moscow(monday.addDays(2), 12, 0))).isEmpty());
    }

    void anotherClientsChangeReachesTheGrid()
    {
        const QDate monday = mondayAhead(6);
        QVERIFY(showWeekOf(monday));
        const qint64 id = m_service.createSlot(m_queue, moscow(monday.addDays(3), 15, 0), 20, 2);
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->grid()->slotRect(id).isEmpty(), 10000);
        const qint64 user = m_service.addUser(9001, u"Vera"_s, u"Orlova"_s, u"vera_o"_s, u"+7 900 111-22-33"_s);
        m_service.book(id, user);
        QTRY_COMPARE_WITH_TIMEOUT(m_page->slotsModel().slotAt(m_page->slotsModel().rowOfId(id)).booked, 1, 10000);
        // Chosen: the person shows in the details.
        m_page->grid()->setCurrentSlot(id);
        const SlotBookingsModel &bookings = m_page->details()->bookings();
        QTRY_COMPARE_WITH_TIMEOUT(bookings.rowCount(), 1, 10000);
        QCOMPARE(bookings.index(0, SlotBookingsModel::NameColumn).data().toString(), u"Vera Orlova"_s);
        QCOMPARE(bookings.index(0, SlotBookingsModel::PhoneColumn).data().toString(), u"+7 900 111-22-33"_s);
        // Cancelled elsewhere: the block turns grey, the person's booking ends.
        m_service.must("POST", u"/api/v1/slots/%1/cancel"_s.arg(id), {{u"reason"_s, u"Power cut"_s}}, 200);
        QTRY_COMPARE_WITH_TIMEOUT(m_page->slotsModel().slotAt(m_page->slotsModel().rowOfId(id)).status,
                                  SlotStatus::Cancelled, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(bookings.index(0, SlotBookingsModel::StatusColumn).data().toString(),
                                  u"Cancelled by staff"_s, 10000);
    }

    void capacityAndOutcomeFromTheDetails()
    {
        const QDate monday = mondayAhead(7);
        QVERIFY(showWeekOf(monday));
        const qint64 id = m_service.createSlot(m_queue, moscow(monday, 11, 0), 20, 2);
        const qint64 user = m_service.addUser(9002, u"Pavel"_s, u"Smirnov"_s, u"pavel_s"_s);
        m_service.book(id, user);
        QTRY_VERIFY_WITH_TIMEOUT(m_page->slotsModel().rowOfId(id) >= 0, 10000);
        m_page->grid()->setCurrentSlot(id);
        SlotDetailsPanel *details = m_page->details();
        QTRY_COMPARE_WITH_TIMEOUT(details->bookings().rowCount(), 1, 10000);
        details->findChild<QSpinBox *>()->setValue(4);
        QTest::mouseClick(details->findChild<QPushButton *>(u"setCapacity"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_page->slotsModel().slotAt(m_page->slotsModel().rowOfId(id)).capacity, 4, 10000);

        auto *table = details->findChild<QTableView *>(u"slotBookings"_s);
        table->selectRow(0);
        auto *attended = details->findChild<QPushButton *>(u"markAttended"_s);
        QTRY_VERIFY(attended->isEnabled());
        QTest::mouseClick(attended, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(details->bookings().index(0, SlotBookingsModel::StatusColumn).data().toString(),
                                  u"Attended"_s, 10000);
        QCOMPARE(details->bookings().index(0, SlotBookingsModel::NameColumn).data().toString(), u"Pavel Smirnov"_s);
    }

    void aHolidayIsSavedWithTheGenerationReport()
    {
        const QDate monday = mondayAhead(1);
        // An admin's template: weekdays 10:00-12:00, hourly slots.
        m_service.must("PUT", u"/api/v1/queues/%1/schedule"_s.arg(m_queue),
                       {{u"rules"_s, QJsonArray{QJsonObject{{u"weekday"_s, monday.addDays(2).dayOfWeek()},
                                                            {u"start"_s, u"10:00"_s},
                                                            {u"end"_s, u"12:00"_s},
                                                            {u"slot_minutes"_s, 60}}}}},
                       200);
        QWidget *dialog = m_page->openSchedule();
        QVERIFY(dialog);
        auto *rules = dialog->findChild<QTableWidget *>(u"templateRules"_s);
        QTRY_COMPARE_WITH_TIMEOUT(rules->rowCount(), 1, 10000);
        dialog->findChild<QTabWidget *>()->setCurrentIndex(1);
        dialog->findChild<QDateEdit *>(u"exceptionDay"_s)->setDate(monday.addDays(2));
        dialog->findChild<QCheckBox *>(u"exceptionClosed"_s)->setChecked(true);
        QPushButton *save = nullptr;
        for (QPushButton *button : dialog->findChildren<QPushButton *>())
            save = button->text() == u"Sa&ve day"_s ? button : save;
        QVERIFY(save);
        QTRY_VERIFY(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        auto *report = dialog->findChild<QLabel *>(u"generationReport"_s);
        QTRY_VERIFY_WITH_TIMEOUT(report->isVisible(), 10000);
        QVERIFY2(report->text().contains(u"2 removed"_s), qPrintable(report->text()));
        auto *days = dialog->findChild<QTableWidget *>(u"exceptionDays"_s);
        QTRY_COMPARE_WITH_TIMEOUT(days->rowCount(), 1, 10000);
        const QJsonObject schedule = m_service.must("GET", u"/api/v1/queues/%1/schedule"_s.arg(m_queue), {}, 200);
        QCOMPARE(schedule.value(u"exceptions"_s).toArray().first().toObject().value(u"day"_s).toString(),
                 monday.addDays(2).toString(Qt::ISODate));
        dialog->close();
    }

    void aHolidayShowsInTheGridUntilItIsTakenBack()
    {
        const QDate monday = mondayAhead(4);
        // The template: Wednesdays 10:00-12:00 (as the holiday test above leaves it).
        m_service.must("PUT", u"/api/v1/queues/%1/schedule"_s.arg(m_queue),
                       {{u"rules"_s, QJsonArray{QJsonObject{{u"weekday"_s, 3},
                                                            {u"start"_s, u"10:00"_s},
                                                            {u"end"_s, u"12:00"_s},
                                                            {u"slot_minutes"_s, 60}}}}},
                       200);
        QVERIFY(showWeekOf(monday));
        WeekGrid *grid = m_page->grid();
        // A pixel near the top of a day's column, above the first hour: the column's own colour.
        const auto shade = [grid](int day) {
            const QRect column = grid->dayRect(day);
            return grid->viewport()->grab().toImage().pixelColor(column.left() + column.width() / 2, column.top() + 3);
        };
        const QColor usual = shade(3);
        QCOMPARE(shade(2), usual);
        QCOMPARE(grid->dayNote(3), QString());

        // Another client closes Thursday and shortens Wednesday (the template's 10:00–12:00).
        const auto exceptionPath = [this, monday](int day) {
            return u"/api/v1/queues/%1/schedule/exceptions/%2"_s.arg(m_queue).arg(
                monday.addDays(day).toString(Qt::ISODate));
        };
        m_service.must("PUT", exceptionPath(3), {{u"closed"_s, true}, {u"note"_s, u"Public holiday"_s}}, 200);
        m_service.must("PUT", exceptionPath(2), {{u"start"_s, u"10:00"_s}, {u"end"_s, u"11:00"_s}}, 200);
        QTRY_COMPARE_WITH_TIMEOUT(grid->dayNote(3), u"Closed · Public holiday"_s, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(grid->dayNote(2).startsWith(u"Shorter hours: "_s), 10000);
        QVERIFY(shade(3) != usual);
        QCOMPARE(shade(2), usual); // shorter hours: marked in the header only
        QCOMPARE(grid->dayNote(4), QString());
        // The header's tooltip says it.
        const QRect wednesday = grid->dayRect(2);
        const QPoint header(wednesday.center().x(), wednesday.top() - 4);
        QHelpEvent help(QEvent::ToolTip, header, grid->viewport()->mapToGlobal(header));
        QApplication::sendEvent(grid->viewport(), &help);
        QTRY_COMPARE(QToolTip::text(), grid->dayNote(2));
        QToolTip::hideText();

        // The day view draws the same.
        grid->showDay(3);
        QVERIFY(grid->dayRect(3).width() > wednesday.width() * 4);
        QVERIFY(grid->dayRect(2).isEmpty());
        QVERIFY(shade(3) != usual);
        grid->showWeek();

        // The holiday is taken back: Thursday is a usual day again.
        m_service.must("DELETE", exceptionPath(3), {}, 200);
        QTRY_COMPARE_WITH_TIMEOUT(grid->dayNote(3), QString(), 10000);
        QCOMPARE(shade(3), usual);
        QVERIFY(!grid->dayNote(2).isEmpty());
        m_service.must("DELETE", exceptionPath(2), {}, 200);
        QTRY_COMPARE_WITH_TIMEOUT(grid->dayNote(2), QString(), 10000);
    }

    void aViewerOnlyLooks()
    {
        ConsoleContext context;
        QVERIFY(signIn(context, m_service.server(), m_service.viewer(), m_queue));
        SchedulePage page(context);
        page.resize(1000, 700);
        page.show();
        QSignalSpy loaded(&page.slotsModel(), &WeekSlotsModel::loaded);
        page.sessionOpened();
        QVERIFY(loaded.wait(10000));
        QVERIFY(!page.newSlotAction()->isVisible());
        QVERIFY(!page.bulkAction()->isVisible());
        QVERIFY(page.scheduleAction()->isEnabled()); // to look at the template
        for (const char *name : {"markAttended", "markNoShow", "cancelBooking", "setCapacity", "cancelSlot"})
            QVERIFY(!page.details()->findChild<QPushButton *>(QString::fromLatin1(name))->isVisible());
    }
};

QTEST_MAIN(TestSchedulePage)
#include "tst_schedulepage.moc"
