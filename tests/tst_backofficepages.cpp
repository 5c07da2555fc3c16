// The console's back-office pages offscreen against the real queue-service: a staff account added
// shows its token once (and it works), a dead message is sent again, a person is banned from their
// card (and a viewer is not offered that), someone leaves the waiting list after a confirmation, a
// broadcast says whom it reaches, the status page polls only while shown, bookings export to CSV
// and today's day sheet becomes a PDF with the bookings on it.
#include "staffedservice.h"

#include "apipaths.h"
#include "auditpage.h"
#include "consolecontext.h"
#include "datatable.h"
#include "exportdialog.h"
#include "messagespage.h"
#include "newstaffdialog.h"
#include "peoplepage.h"
#include "personcard.h"
#include "reportactions.h"
#include "staffpage.h"
#include "statuspage.h"
#include "tokendialog.h"
#include "userdirectory.h"
#include "waitlistpanel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QGroupBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace TestSupport;

class TestBackOfficePages : public QObject
{
    Q_OBJECT

    StaffedService m_service;
    QTemporaryDir m_files;
    qint64 m_queue = 0;
    qint64 m_ivan = 0;
    qint64 m_olga = 0;

    // A console signed in as `token`, with the queues read and the first one current.
    std::unique_ptr<ConsoleContext> signIn(const QByteArray &token)
    {
        auto context = std::make_unique<ConsoleContext>();
        QSignalSpy opened(&context->session, &Session::opened);
        context->session.open(m_service.server(), token);
        if (!opened.wait(10000))
            return nullptr;
        QSignalSpy queues(context.get(), &ConsoleContext::queuesLoaded);
        context->reloadQueues();
        if (!queues.wait(10000))
            return nullptr;
        return context;
    }
    // Selects the row of `id` in `table`.
    static bool select(DataTable *table, qint64 id)
    {
        auto *model = qobject_cast<JsonTableModel *>(table->model());
        const int row = model->rowOfId(id);
        if (row < 0)
            return false;
        table->selectRow(row);
        return table->selectedId() == id;
    }
    // The open message box named `name` (a confirmation), clicked Yes.
    static bool confirm(QWidget *page, const QString &name)
    {
        QMessageBox *box = page->findChild<QMessageBox *>(name);
        if (!box || !box->isVisible())
            return false;
        box->button(QMessageBox::Yes)->click();
        return true;
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_service.start(&error), qPrintable(error));
        m_queue = m_service.createQueue(u"Passport office"_s, u"UTC"_s, {{u"name_ru"_s, u"Паспортный стол"_s}});
        m_ivan = m_service.addUser(7001, u"Иван"_s, u"Петров"_s, u"ivan_p"_s, u"+7 999 123-45-67"_s);
        m_olga = m_service.addUser(7002, u"Olga"_s, u"Smirnova"_s, u"olga"_s, u"+44 20 7946 0000"_s);
        const QDate today = QDateTime::currentDateTimeUtc().date();
        m_service.bookAnyTime(m_queue, QDateTime(today, QTime(0, 0), QTimeZone::utc()), m_olga);
        m_service.bookAnyTime(m_queue, QDateTime(today, QTime(0, 30), QTimeZone::utc()), m_ivan);
        m_service.bookAnyTime(m_queue, QDateTime(today.addDays(-3), QTime(0, 30), QTimeZone::utc()), m_ivan);
    }

    void aNewStaffAccountShowsItsTokenOnce()
    {
        std::unique_ptr<ConsoleContext> context = signIn(m_service.admin());
        QVERIFY(context);
        StaffPage page(*context);
        QAbstractItemModelTester tester(&page.accounts(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.show();
        page.sessionOpened();
        QTRY_COMPARE(page.accounts().rowCount(), 3);

        page.addAccount();
        NewStaffDialog *dialog = page.findChild<NewStaffDialog *>();
        QVERIFY(dialog && dialog->isVisible());
        QDialogButtonBox *buttons = dialog->findChild<QDialogButtonBox *>();
        QVERIFY(!buttons->button(QDialogButtonBox::Ok)->isEnabled()); // no name yet
        QTest::keyClicks(dialog->nameField(), u"nina.k"_s);
        dialog->roleField()->setCurrentIndex(int(StaffRole::Viewer));
        buttons->button(QDialogButtonBox::Ok)->click();

        QTRY_VERIFY(page.findChild<TokenDialog *>() && page.findChild<TokenDialog *>()->isVisible());
        TokenDialog *shown = page.findChild<TokenDialog *>();
        const QString token = shown->token();
        QVERIFY(token.startsWith(u"qbt_"_s));
        QVERIFY(shown->findChild<QLabel *>(u"tokenWarning"_s)->text().contains(u"only time"_s));
        shown->copyButton()->click();
        QCOMPARE(QApplication::clipboard()->text(), token);
        // The token works, as a viewer.
        const HttpResult me = m_service.call("GET", ApiPaths::me(), {}, token.toLatin1());
        QCOMPARE(me.status, 200);
        QCOMPARE(me.json().object().value(u"role"_s).toString(), u"viewer"_s);
        QCOMPARE(page.accounts().rowCount(), 4);
        shown->accept();
        QTRY_VERIFY(!page.findChild<TokenDialog *>());
        // Shown once: nothing on the page holds it any more.
        for (const QLineEdit *field : page.findChildren<QLineEdit *>())
            QVERIFY(field->text() != token);

        // A second account with the same name is refused, on the name field.
        page.addAccount();
        dialog = page.findChildren<NewStaffDialog *>().last();
        QTest::keyClicks(dialog->nameField(), u"nina.k"_s);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QTRY_VERIFY(!dialog->nameField()->styleSheet().isEmpty());
        QVERIFY(dialog->isVisible());
        dialog->reject();

        // Revoking: after a confirmation, the token stops working; one's own account cannot be.
        qint64 nina = 0;
        for (const QJsonObject &row : page.accounts().rows())
            nina = row[u"name"_s].toString() == u"nina.k"_s ? JsonTableModel::idOf(row) : nina;
        QVERIFY(select(page.table(), nina));
        QVERIFY(page.revokeButton()->isEnabled());
        page.revokeButton()->click();
        QVERIFY(confirm(&page, u"confirmRevoke"_s));
        QTRY_COMPARE(page.accounts().rowOfId(nina), -1);
        QCOMPARE(m_service.call("GET", ApiPaths::me(), {}, token.toLatin1()).status, 401);
    }

    void aDeadMessageIsSentAgain()
    {
        const qint64 dead = m_service.failedMessage(m_olga, u"dead"_s);
        std::unique_ptr<ConsoleContext> context = signIn(m_service.operatorToken());
        QVERIFY(context);
        UserDirectory people(context->client);
        MessagesPage page(*context, people);
        QAbstractItemModelTester tester(&page.outbox(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.show();
        page.sessionOpened();
        page.statusFilter()->setCurrentIndex(2); // failed for good
        emit page.statusFilter()->activated(2);
        QTRY_VERIFY(page.outbox().rowOfId(dead) >= 0);
        QVERIFY(!page.retryButton()->isEnabled());
        QVERIFY(select(page.outboxTable(), dead));
        QVERIFY(page.findChild<QLabel *>(u"outboxDetail"_s)->text().contains(u"bot was blocked"_s));
        QVERIFY(page.retryButton()->isVisible() && page.retryButton()->isEnabled());
        page.retryButton()->click();
        QTRY_COMPARE(page.outbox().rowOfId(dead), -1); // no longer dead
        const HttpResult pending = m_service.call("GET", ApiPaths::outbox() + u"?status=pending&limit=500"_s);
        QVERIFY(QString::fromUtf8(pending.body).contains(u"\"id\":%1,"_s.arg(dead)));
    }

    void aBroadcastSaysWhomItReaches()
    {
        std::unique_ptr<ConsoleContext> context = signIn(m_service.operatorToken());
        QVERIFY(context);
        UserDirectory people(context->client);
        MessagesPage page(*context, people);
        page.show();
        page.sessionOpened();
        QVERIFY(page.broadcastBox()->isVisible());
        QTRY_VERIFY2(page.audienceLabel()->text().startsWith(u"It will reach 2 "_s), qPrintable(page.audienceLabel()->text()));
        QVERIFY(!page.sendButton()->isEnabled()); // no text yet
        page.broadcastText()->setPlainText(u"The office closes at 15:00 today."_s);
        QVERIFY(page.sendButton()->isEnabled());
        page.sendButton()->click();
        QVERIFY(confirm(&page, u"confirmBroadcast"_s));
        QTRY_VERIFY(page.broadcastText()->toPlainText().isEmpty());
        QTRY_VERIFY(page.outbox().rowCount() >= 2);
        QCOMPARE(page.outbox().data(page.outbox().index(0, OutboxModel::Message)).toString(), u"Note from the office"_s);

        // A viewer sees the messages but is not offered to send.
        std::unique_ptr<ConsoleContext> viewer = signIn(m_service.viewer());
        QVERIFY(viewer);
        MessagesPage viewed(*viewer, people);
        viewed.show();
        viewed.sessionOpened();
        QVERIFY(!viewed.broadcastBox()->isVisible());
        QVERIFY(!viewed.retryButton()->isVisible());
    }

    void aPersonIsBannedFromTheirCard()
    {
        std::unique_ptr<ConsoleContext> context = signIn(m_service.operatorToken());
        QVERIFY(context);
        UserDirectory people(context->client);
        ReportActions reports(*context, nullptr);
        PeoplePage page(*context, people, reports);
        QAbstractItemModelTester tester(&page.users(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.resize(1200, 700);
        page.show();
        page.sessionOpened();
        QTest::keyClicks(page.searchField(), u"ivan_p"_s);
        QTRY_COMPARE(page.users().rowCount(), 1);
        page.usersTable()->setCurrentIndex(page.users().index(0, 0));
        QTRY_COMPARE(page.card()->findChild<QLabel *>(u"personName"_s)->text(), u"Иван Петров"_s);
        QTRY_COMPARE(page.card()->history().rowCount(), 2);
        QVERIFY(page.card()->banButton()->isVisible());
        page.card()->banButton()->click();
        QTRY_COMPARE(page.card()->banButton()->text(), u"Lift the &ban"_s);
        QCOMPARE(m_service.call("GET", ApiPaths::user(m_ivan)).json()[u"banned"_s].toBool(), true);
        page.card()->banButton()->click(); // lift it again
        QTRY_COMPARE(m_service.call("GET", ApiPaths::user(m_ivan)).json()[u"banned"_s].toBool(), false);

        // A viewer looks at the same card without a ban button; admin pages are not for them.
        std::unique_ptr<ConsoleContext> viewer = signIn(m_service.viewer());
        QVERIFY(viewer);
        PeoplePage viewed(*viewer, people, reports);
        viewed.show();
        viewed.sessionOpened();
        viewed.card()->showPerson(m_ivan);
        QTRY_COMPARE(viewed.card()->history().rowCount(), 2);
        QVERIFY(!viewed.card()->banButton()->isVisible());
        QVERIFY(!viewed.waitlist()->removeButton()->isVisible());
        QVERIFY(!viewer->session.can(AuditPage(*viewer, people).minimumRole()));
        QVERIFY(!viewer->session.can(StaffPage(*viewer).minimumRole()));
    }

    void someoneLeavesTheWaitingListAfterAConfirmation()
    {
        const QDate day = QDateTime::currentDateTimeUtc().date().addDays(4);
        const qint64 entry = m_service
                                 .must("POST", ApiPaths::waitlist(),
                                       {{u"queue_id"_s, m_queue}, {u"user_id"_s, m_olga}, {u"day"_s, day.toString(Qt::ISODate)}},
                                       201)
                                 .value(u"id"_s)
                                 .toInteger();
        std::unique_ptr<ConsoleContext> context = signIn(m_service.operatorToken());
        QVERIFY(context);
        UserDirectory people(context->client);
        ReportActions reports(*context, nullptr);
        PeoplePage page(*context, people, reports);
        QAbstractItemModelTester tester(&page.waitlist()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.show();
        page.sessionOpened();
        page.showTab(1);
        QTRY_VERIFY(page.waitlist()->model().rowOfId(entry) >= 0);
        QTRY_COMPARE(page.waitlist()->model().data(page.waitlist()->model().index(0, WaitlistModel::Person)).toString(),
                     u"Olga Smirnova (@olga)"_s);
        QVERIFY(select(page.waitlist()->table(), entry));
        page.waitlist()->removeButton()->click();
        QVERIFY(confirm(page.waitlist(), u"confirmRemoval"_s));
        // Still listed among everyone, as removed.
        QTRY_COMPARE(page.waitlist()->model().rowAt(page.waitlist()->model().rowOfId(entry))[u"status"_s].toString(),
                     u"cancelled"_s);
        QVERIFY(!page.waitlist()->removeButton()->isEnabled());
        QCOMPARE(m_service.call("GET", ApiPaths::waitlist() + u"?status=cancelled"_s).json()[u"total"_s].toInt(), 1);

        // Someone else puts Ivan on the list: the feed brings him in.
        ChangeFollower &feed = context->changes;
        connect(&feed, &ChangeFollower::changed, &page, &PeoplePage::changesArrived);
        feed.setIntervalMs(200);
        feed.start();
        QTRY_VERIFY(feed.revision() > 0);
        m_service.must("POST", ApiPaths::waitlist(),
                       {{u"queue_id"_s, m_queue}, {u"user_id"_s, m_ivan}, {u"day"_s, day.toString(Qt::ISODate)}}, 201);
        QTRY_COMPARE(page.waitlist()->model().rowCount(), 2);
        feed.stop();
    }

    void theStatusPagePollsOnlyWhileShown()
    {
        std::unique_ptr<ConsoleContext> context = signIn(m_service.viewer());
        QVERIFY(context);
        StatusPage page(*context);
        QAbstractItemModelTester tester(&page.health(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.sessionOpened();
        QVERIFY(!page.isPolling());
        page.show();
        QVERIFY(page.isPolling());
        QTRY_VERIFY(page.health().rowCount() >= 4);
        QTRY_VERIFY(page.overallLabel()->text().startsWith(u"Service: "_s));
        QTRY_COMPARE(page.figure(u"booked"_s), u"2"_s);
        QTRY_VERIFY(page.figure(u"dead"_s) != u"…"_s);
        page.hide();
        QVERIFY(!page.isPolling());
    }

    void bookingsExportToCsv()
    {
        std::unique_ptr<ConsoleContext> context = signIn(m_service.viewer());
        QVERIFY(context);
        ExportDialog dialog(*context);
        const QDate today = QDateTime::currentDateTimeUtc().date();
        dialog.setRange(today.addDays(-7), today);
        QSignalSpy exported(&dialog, &ExportDialog::exported);
        const QString path = m_files.filePath(u"week.csv"_s);
        dialog.exportTo(path);
        QVERIFY(exported.wait());
        QCOMPARE(exported.first().at(1).toInt(), 3);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray csv = file.readAll();
        QVERIFY(csv.startsWith("\xEF\xBB\xBF" "booking_id,code,status"));
        QVERIFY(csv.contains("Petrov") || csv.contains("Петров"));

        // A range the server refuses is said, on the field it names.
        dialog.setRange(today.addYears(-2), today);
        dialog.exportTo(m_files.filePath(u"too-long.csv"_s));
        QTRY_VERIFY(!dialog.findChild<QDateEdit *>(u"exportTo"_s)->styleSheet().isEmpty());
        QVERIFY(!QFile::exists(m_files.filePath(u"too-long.csv"_s)));
    }

    void todaysDaySheetBecomesAPdfWithTheBookings()
    {
        std::unique_ptr<ConsoleContext> context = signIn(m_service.viewer());
        QVERIFY(context);
        QCOMPARE(context->currentQueueId(), m_queue);
        QWidget window;
        ReportActions reports(*context, &window);
        QVERIFY(reports.pdfAction()->isEnabled());
        QSignalSpy saved(&reports, &ReportActions::pdfSaved);
        const QString path = m_files.filePath(u"day.pdf"_s);
        reports.saveDaySheetPdf(path);
        QVERIFY(saved.wait());
        const QStringList rows = saved.first().at(1).toStringList();
        QCOMPARE(rows.size(), 2);
        QVERIFY2(rows.at(0).startsWith(u"00:00 | A-"_s) && rows.at(0).contains(u"Olga Smirnova | +44 20 7946 0000 | Booked"_s),
                 qPrintable(rows.at(0)));
        QVERIFY2(rows.at(1).startsWith(u"00:30 | A-"_s) && rows.at(1).contains(u"Иван Петров | +7 999 123-45-67 | Booked"_s),
                 qPrintable(rows.at(1)));
        QFile pdf(path);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
        QVERIFY(pdf.size() > 2000);
    }
};

QTEST_MAIN(TestBackOfficePages)
#include "tst_backofficepages.moc"
