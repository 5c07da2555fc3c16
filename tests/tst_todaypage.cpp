// The Today page offscreen against the real queue-service: the line and the counters as an
// operator sees them; Call next (the button, then F2) moves a ticket from the waiting table to a
// counter; a walk-in ticket is shown large; a ticket another console issues appears on its own;
// a viewer only watches.
#include "staffedservice.h"
#include "testsupport.h"

#include "consolecontext.h"
#include "countercard.h"
#include "languages.h"
#include "mainwindow.h"
#include "pages.h"
#include "ticketdialog.h"
#include "todaypage.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace TestSupport;

namespace {

// The console as a person runs it: a main window with its pages, signed in to the test server.
struct Console
{
    Console(const QUrl &server, const QByteArray &token)
    {
        addConsolePages(window, context);
        page = window.findChild<TodayPage *>();
        window.show();
        window.connectTo(server, token);
    }

    QTableView *waiting() const { return page->findChild<QTableView *>(u"waitingView"_s); }
    QPushButton *button(const QString &name) const { return page->findChild<QPushButton *>(name); }
    CounterCard *counter(int number) const { return page->findChild<CounterCard *>(u"counterCard%1"_s.arg(number)); }
    QString counterCode(int number) const { return counter(number)->findChild<QLabel *>(u"code"_s)->text(); }
    QString waitingCode(int row) const
    {
        return waiting()->model()->index(row, LiveBoardModel::CodeColumn).data().toString();
    }

    ConsoleContext context;
    Languages languages;
    MainWindow window{context, languages};
    TodayPage *page = nullptr;
};

} // namespace

class TestTodayPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settings;
    StaffedService m_service;
    qint64 m_alice = 0;

    // The console opens on `queue` (as if the person had chosen it last time).
    void rememberQueue(qint64 queue)
    {
        QSettings().setValue(u"ui/queue"_s, queue);
        QSettings().setValue(u"ui/page"_s, 0);
    }

    std::unique_ptr<Console> openConsole(qint64 queue, const QByteArray &token)
    {
        rememberQueue(queue);
        auto console = std::make_unique<Console>(m_service.server(), token);
        if (!console->page)
            return nullptr;
        const LiveBoardModel &board = console->page->boardModel();
        if (!QTest::qWaitFor([&] { return board.queue().id == queue && board.hasLoaded(); }, 15000))
            return nullptr;
        return console;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_settings.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
        QCoreApplication::setOrganizationName(u"QueueBotTests"_s);
        QCoreApplication::setApplicationName(u"tst_todaypage"_s);
        QString error;
        QVERIFY2(m_service.start(&error), qPrintable(error));
        m_alice = m_service.addUser(2001, u"Alice"_s, u"Archer"_s);
    }

    void cleanupTestCase() { QCOMPARE(m_service.stop(), 0); }

    void callNextMovesTheTicketToTheCounter()
    {
        const qint64 queue = m_service.createQueue(u"Front desk"_s, u"UTC"_s, {{u"counters"_s, 2}});
        const QString first = m_service.issueTicket(queue).value(u"code"_s).toString();
        const QString second = m_service.issueTicket(queue).value(u"code"_s).toString();
        const auto console = openConsole(queue, m_service.operatorToken());
        QVERIFY(console);
        TodayPage *page = console->page;
        QVERIFY(QTest::qWaitForWindowExposed(&console->window));

        QCOMPARE(console->waiting()->model()->rowCount(), 2);
        QCOMPARE(console->waitingCode(0), first);
        QVERIFY(console->waiting()->isVisible());
        QCOMPARE(console->counterCode(1), u"Free"_s);
        QCOMPARE(console->counterCode(2), u"Free"_s);

        // The big button calls the first in line to my counter.
        page->setMyCounter(1);
        QPushButton *callNext = console->button(u"callNext"_s);
        QVERIFY(callNext->isVisible());
        QVERIFY(callNext->isEnabled());
        QTest::mouseClick(callNext, Qt::LeftButton);
        QTRY_COMPARE(console->counterCode(1), first);
        QCOMPARE(console->waiting()->model()->rowCount(), 1);
        QCOMPARE(console->waitingCode(0), second);
        QVERIFY(page->findChild<QLabel *>(u"note"_s)->text().contains(first));

        // F2 calls to the counter chosen now; then nobody is left and the button says so.
        page->setMyCounter(2);
        console->window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&console->window));
        QTest::keyClick(&console->window, Qt::Key_F2);
        QTRY_COMPARE(console->counterCode(2), second);
        QCOMPARE(console->waiting()->model()->rowCount(), 0);
        QTRY_VERIFY(page->findChild<QLabel *>(u"waitingEmpty"_s)->isVisible());
        QVERIFY(!callNext->isEnabled());

        // Another console issues a ticket: it shows up on its own.
        const QString third = m_service.issueTicket(queue).value(u"code"_s).toString();
        QTRY_COMPARE_WITH_TIMEOUT(console->waiting()->model()->rowCount(), 1, 5000);
        QCOMPARE(console->waitingCode(0), third);
        QVERIFY(callNext->isEnabled());

        // Served at counter 1 frees it.
        QTest::mouseClick(console->counter(1)->findChild<QPushButton *>(u"served"_s), Qt::LeftButton);
        QTRY_COMPARE(console->counterCode(1), u"Free"_s);
    }

    void walkInTicketIsShownLarge()
    {
        const qint64 queue = m_service.createQueue(u"Walk-ins"_s);
        const auto console = openConsole(queue, m_service.operatorToken());
        QVERIFY(console);
        QPushButton *issue = console->button(u"issueTicket"_s);
        QVERIFY(issue->isVisible());
        QTRY_VERIFY(issue->isEnabled());
        QTest::mouseClick(issue, Qt::LeftButton);
        TicketDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = console->page->findChild<TicketDialog *>()));
        QTRY_VERIFY(dialog->isVisible());
        QVERIFY(dialog->code().startsWith(u"W-"_s));
        QCOMPARE(dialog->findChild<QLabel *>(u"code"_s)->text(), dialog->code());
        QTRY_COMPARE(console->waiting()->model()->rowCount(), 1);
        QCOMPARE(console->waitingCode(0), dialog->code());
        dialog->accept();
    }

    void checkInFromTodaysBookingsByKeyboard()
    {
        const QString zone = noonZone();
        const qint64 queue = m_service.createQueue(u"Bookings"_s, zone);
        const QDateTime soon = QDateTime::currentDateTimeUtc().addSecs(20 * 60);
        const qint64 slot = m_service.createSlot(queue, soon, 15, 1);
        const QString code =
            m_service.must("POST", u"/api/v1/bookings"_s, {{u"slot_id"_s, slot}, {u"user_id"_s, m_alice}}, 201)
                .value(u"code"_s)
                .toString();
        const auto console = openConsole(queue, m_service.operatorToken());
        QVERIFY(console);
        QTRY_VERIFY(console->page->bookingsModel().hasLoaded());
        auto *tabs = console->page->findChild<QTabWidget *>(u"todayTabs"_s);
        tabs->setCurrentIndex(1);
        auto *bookings = console->page->findChild<QTableView *>(u"bookingsView"_s);
        QCOMPARE(bookings->model()->rowCount(), 1);
        QTRY_COMPARE(bookings->model()->index(0, DayBookingsModel::PersonColumn).data().toString(), u"Alice Archer"_s);
        bookings->setFocus();
        bookings->selectRow(0);
        QVERIFY(console->button(u"checkIn"_s)->isEnabled());
        QVERIFY(QTest::qWaitForWindowActive(&console->window));
        QTest::keyClick(bookings, Qt::Key_Return);
        QTRY_COMPARE(console->waiting()->model()->rowCount(), 1);
        QCOMPARE(console->waitingCode(0), code);
        QTRY_COMPARE(bookings->model()->index(0, DayBookingsModel::StatusColumn).data().toString(), u"In line, #1"_s);
        QVERIFY(!console->button(u"checkIn"_s)->isEnabled());
    }

    void viewerOnlyWatches()
    {
        const qint64 queue = m_service.createQueue(u"Front desk"_s, u"UTC"_s, {{u"counters"_s, 2}});
        m_service.issueTicket(queue);
        m_service.issueTicket(queue);
        m_service.must("POST", u"/api/v1/queues/%1/live/call-next"_s.arg(queue), {{u"counter"_s, 1}}, 200);
        const auto console = openConsole(queue, m_service.viewer());
        QVERIFY(console);
        QCOMPARE(console->waiting()->model()->rowCount(), 1);
        QVERIFY(console->counterCode(1).startsWith(u"W-"_s));
        QVERIFY(!console->button(u"callNext"_s)->isVisible());
        QVERIFY(!console->button(u"issueTicket"_s)->isVisible());
        QVERIFY(!console->counter(1)->findChild<QPushButton *>(u"served"_s)->isVisible());
        QVERIFY(!console->counter(2)->findChild<QPushButton *>(u"callHere"_s)->isVisible());
        QCOMPARE(console->counter(1)->findChild<QLabel *>(u"title"_s)->text(), u"Counter 1"_s); // nobody's counter
    }
};

QTEST_MAIN(TestTodayPage)
#include "tst_todaypage.moc"
