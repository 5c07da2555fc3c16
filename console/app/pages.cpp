#include "pages.h"

#include "auditpage.h"
#include "mainwindow.h"
#include "messagespage.h"
#include "peoplepage.h"
#include "reportactions.h"
#include "schedule/schedulepage.h"
#include "staffpage.h"
#include "statuspage.h"
#include "todaypage.h"
#include "userdirectory.h"

#include <QStatusBar>

void addConsolePages(MainWindow &window, ConsoleContext &context)
{
    // People's names for every page that shows them by id, kept current by the feed; forgotten
    // when another server (or a replaced database) answers, so no name of the last one remains.
    auto *people = new UserDirectory(context.client, &window);
    QObject::connect(&context.changes, &ChangeFollower::changed, people, &UserDirectory::applyChanges);
    QObject::connect(&context.session, &Session::opened, people, &UserDirectory::clear);
    QObject::connect(&context.changes, &ChangeFollower::resetNeeded, people, &UserDirectory::clear);
    auto *reports = new ReportActions(context, &window);
    QObject::connect(reports, &ReportActions::message, &window,
                     [&window](const QString &text) { window.statusBar()->showMessage(text, 10000); });

    window.addPage(new TodayPage(context, *people));
    window.addPage(new SchedulePage(context));
    window.addPage(new PeoplePage(context, *people, *reports));
    window.addPage(new MessagesPage(context, *people));
    window.addPage(new AuditPage(context, *people));
    window.addPage(new StaffPage(context));
    window.addPage(new StatusPage(context));
    window.addFileActions(reports->actions());
}
