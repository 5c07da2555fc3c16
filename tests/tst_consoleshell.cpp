// The console's main window offscreen against the real queue-service: signing in shows who you
// are, the offline banner appears when the server goes away and disappears when it is back (no
// restart, no click), and switching the language retranslates every page at runtime.
#include "consolecontext.h"
#include "languages.h"
#include "mainwindow.h"
#include "serviceprocess.h"

#include <QApplication>
#include <QJsonObject>
#include <QLabel>
#include <QMenuBar>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace TestSupport;

namespace {

const QByteArray kAdmin = "console-shell-admin-token-0123456789abcdef";

// A page that counts how often it was asked to show itself again.
class ProbePage : public ConsolePage
{
public:
    using ConsolePage::ConsolePage;
    QString title() const override { return tr("Probe"); }
    QIcon icon() const override { return QIcon(u":/icons/console/status.svg"_s); }
    void sessionOpened() override { ++opened; }
    void retranslate() override { ++retranslated; }
    int opened = 0;
    int retranslated = 0;
};

QString statusText(MainWindow &window)
{
    QStringList texts;
    for (const QLabel *label : window.statusBar()->findChildren<QLabel *>())
        texts << label->text();
    return texts.join(u" | "_s);
}

} // namespace

class TestConsoleShell : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settingsDir;
    ServiceProcess m_service;

private slots:
    void initTestCase()
    {
        // The test's own settings, not the person's who runs it.
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        QCoreApplication::setOrganizationName(u"QueueBotTests"_s);
        QVERIFY2(m_service.start({u"ADMIN_TOKEN="_s + QString::fromLatin1(kAdmin)}), qPrintable(m_service.log()));
    }

    void signsInGoesOfflineAndReconnects()
    {
        Languages languages;
        languages.apply(u"en"_s);
        ConsoleContext context;
        context.changes.setIntervalMs(100);
        MainWindow window(context, languages);
        auto *probe = new ProbePage(context);
        window.addPage(probe);
        window.show();
        const QUrl server(u"http://127.0.0.1:%1"_s.arg(m_service.port()));
        window.connectTo(server, kAdmin);
        QTRY_VERIFY_WITH_TIMEOUT(context.session.isOpen(), 20000);
        QCOMPARE(probe->opened, 1);
        // The role, and when the feed last brought a change, in the console's language.
        QVERIFY2(statusText(window).contains(u"(Administrator)"_s), qPrintable(statusText(window)));
        const QJsonObject queue{{u"name_ru"_s, u"Касса"_s}, {u"name_en"_s, u"Till"_s}, {u"timezone"_s, u"UTC"_s}};
        QCOMPARE(m_service.send("POST", u"/api/v1/queues"_s, QJsonDocument(queue).toJson(), kAdmin).status, 201);
        QTRY_VERIFY2_WITH_TIMEOUT(statusText(window).contains(u"Updated "_s), qPrintable(statusText(window)), 5000);
        languages.apply(u"ru"_s);
        QTRY_VERIFY2(statusText(window).contains(u"(Администратор)"_s), qPrintable(statusText(window)));
        QVERIFY2(statusText(window).contains(u"Обновлено в "_s), qPrintable(statusText(window)));
        languages.apply(u"en"_s);
        QTRY_VERIFY2(statusText(window).contains(u"(Administrator)"_s), qPrintable(statusText(window)));
        auto *banner = window.findChild<QWidget *>(u"offlineBanner"_s);
        QVERIFY(banner);
        QVERIFY(!banner->isVisible());

        // The server goes away: the change feed notices within its interval.
        const quint16 port = m_service.port();
        QCOMPARE(m_service.stop(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 20000);
        QVERIFY(context.session.isOpen()); // still signed in: only unreachable

        // Back on the same address: the banner goes by itself.
        QVERIFY2(m_service.start({u"ADMIN_TOKEN="_s + QString::fromLatin1(kAdmin), u"HTTP_PORT=%1"_s.arg(port)}),
                 qPrintable(m_service.log()));
        QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), 20000);
    }

    void languageSwitchesAtRuntime()
    {
        Languages languages;
        languages.apply(u"en"_s);
        ConsoleContext context;
        MainWindow window(context, languages);
        auto *probe = new ProbePage(context);
        window.addPage(probe);
        window.show();
        const QString english = window.menuBar()->actions().first()->text();
        QCOMPARE(english, u"&File"_s);
        QCOMPARE(window.windowTitle(), u"Queue Console"_s);
        const int before = probe->retranslated;
        languages.apply(u"ru"_s);
        QTRY_COMPARE(window.windowTitle(), u"Пульт очереди"_s);
        QCOMPARE(window.menuBar()->actions().first()->text(), u"&Файл"_s);
        QVERIFY(probe->retranslated > before);
        QCOMPARE(QLocale().language(), QLocale::Russian);
        // Remembered for the next start.
        QCOMPARE(QSettings().value(u"ui/language"_s).toString(), u"ru"_s);
        languages.apply(u"en"_s);
        QTRY_COMPARE(window.windowTitle(), u"Queue Console"_s);
    }

    void cleanupTestCase()
    {
        if (m_service.process().state() != QProcess::NotRunning)
            QCOMPARE(m_service.stop(), 0);
    }
};

QTEST_MAIN(TestConsoleShell)
#include "tst_consoleshell.moc"
