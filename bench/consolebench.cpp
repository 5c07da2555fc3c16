// console-bench: what the Schedule page costs with a full week — loading a week of 2,000 slots
// from the real queue-service and drawing it, and applying one change from the change feed to it
// (the slot read back, merged, its block repainted) — offscreen, medians of several runs.
//
//   console-bench [--slots N] [--runs N] [--service PATH]
#include "apiclient.h"
#include "apipaths.h"
#include "benchservice.h"
#include "changefollower.h"
#include "models/weekslotsmodel.h"
#include "schedule/weekgrid.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

const QByteArray kToken = "console-bench-admin-token-0123456789abcdef";
const char *const kZone = "Europe/Moscow";

void print(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

int fail(const QString &message)
{
    std::fputs(qPrintable(u"console-bench: error: "_s + message + u'\n'), stderr);
    return 1;
}

// Waits for one call (a benchmark may block; the console never does). Empty on failure.
std::optional<QJsonDocument> await(ApiReply *reply)
{
    std::optional<QJsonDocument> result;
    QEventLoop loop;
    QObject::connect(reply, &ApiReply::succeeded, &loop, [&](const QJsonDocument &json) { result = json; });
    QObject::connect(reply, &ApiReply::failed, &loop, [](const ApiFailure &failure) {
        std::fputs(qPrintable(u"console-bench: "_s + failure.describe() + u'\n'), stderr);
    });
    QObject::connect(reply, &ApiReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    return result;
}

// Runs the event loop until `done` says so (or 30 s pass).
bool waitFor(const std::function<bool()> &done)
{
    QElapsedTimer waited;
    waited.start();
    while (!done()) {
        if (waited.elapsed() > 30000)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    }
    return true;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

QString ms(double value)
{
    return u"%1 ms"_s.arg(value, 8, 'f', value < 10 ? 2 : 1);
}

// `count` slots in the week of `monday`, 5 minutes each from midnight on, day after day (the
// starts must differ): at most one pattern of the API's 2,000 per call.
bool seedWeek(ApiClient &client, qint64 queue, const QDate &monday, int count)
{
    const int perDay = 24 * 12;
    for (int day = 0; day < 7 && count > 0; ++day) {
        const int today = qMin(perDay, count);
        count -= today;
        const int endMinute = today * 5;
        const auto reply = await(client.post(
            ApiPaths::slotsBulk(),
            {{u"queue_id"_s, queue},
             {u"from_date"_s, monday.addDays(day).toString(Qt::ISODate)},
             {u"to_date"_s, monday.addDays(day).toString(Qt::ISODate)},
             {u"start_time"_s, u"00:00"_s},
             {u"end_time"_s, endMinute == 1440 ? u"24:00"_s : clockText(endMinute)},
             {u"slot_minutes"_s, 5},
             {u"capacity"_s, 3}}));
        if (!reply)
            return false;
    }
    return count == 0;
}

} // namespace

int main(int argc, char **argv)
{
    // No display needed: the grid paints into an offscreen surface.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"console-bench"_s);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Loading and drawing a week of slots, and applying one change to it."_s);
    parser.addHelpOption();
    parser.addOptions({
        {u"slots"_s, u"Slots in the week (at most 2016)."_s, u"n"_s, u"2000"_s},
        {u"runs"_s, u"Runs per figure (the median is printed)."_s, u"n"_s, u"15"_s},
        {u"service"_s, u"The queue-service binary."_s, u"path"_s, QStringLiteral(QUEUE_SERVICE_BINARY)},
    });
    parser.process(app);
    const int slotCount = qBound(1, parser.value(u"slots"_s).toInt(), 7 * 24 * 12);
    const int runs = qMax(1, parser.value(u"runs"_s).toInt());
    if (!QFileInfo(parser.value(u"service"_s)).isExecutable())
        return fail(u"no queue-service binary at %1 (build first)"_s.arg(parser.value(u"service"_s)));

    QTemporaryDir dir;
    QProcess service;
    const quint16 port = startService(service, parser.value(u"service"_s), u"sqlite:"_s + dir.filePath(u"console-bench.db"_s),
                                      {u"ADMIN_TOKEN="_s + QString::fromLatin1(kToken)});
    if (port == 0)
        return fail(u"queue-service did not start:\n"_s + QString::fromUtf8(service.readAll()));
    ApiClient client;
    client.setServer(QUrl(u"http://127.0.0.1:%1"_s.arg(port)));
    client.setToken(kToken);

    // The week: a queue, its slots, a few of them cancelled so every kind of block is drawn.
    const auto queue = await(client.post(ApiPaths::queues(), {{u"name_ru"_s, u"Бенчмарк"_s},
                                                              {u"name_en"_s, u"Benchmark"_s},
                                                              {u"timezone"_s, QString::fromLatin1(kZone)},
                                                              {u"horizon_days"_s, 60}}));
    if (!queue)
        return fail(u"cannot create a queue"_s);
    const qint64 queueId = queue->object().value(u"id"_s).toInteger();
    const QDate monday = WeekFrame::mondayOf(QDate::currentDate().addDays(14));
    if (!seedWeek(client, queueId, monday, slotCount))
        return fail(u"cannot create the week's slots"_s);

    WeekSlotsModel model(client);
    model.setQueue(queueId, QString::fromLatin1(kZone));
    model.setRange(monday, 7);
    WeekGrid grid;
    grid.setModel(&model);
    grid.resize(1280, 800);
    grid.show();

    // Load: an empty model each time (pages asked at once, decoded, placed, merged).
    QList<double> loads;
    QList<double> firstPaints;
    QList<double> repaints;
    for (int run = 0; run < runs; ++run) {
        model.clear();
        QCoreApplication::processEvents();
        QElapsedTimer timer;
        timer.start();
        bool loaded = false;
        const QMetaObject::Connection done = QObject::connect(&model, &WeekSlotsModel::loaded, [&] { loaded = true; });
        model.reload();
        if (!waitFor([&] { return loaded; }))
            return fail(u"the week did not load"_s);
        QObject::disconnect(done);
        loads << timer.nsecsElapsed() / 1e6;
        // Draw: laying out the blocks and painting the whole grid, then painting it again. (Going
        // to the day view and back makes sure the layout is done inside the timed paint.)
        grid.showDay(0);
        grid.showWeek();
        timer.restart();
        grid.viewport()->repaint();
        firstPaints << timer.nsecsElapsed() / 1e6;
        timer.restart();
        grid.viewport()->repaint();
        repaints << timer.nsecsElapsed() / 1e6;
    }
    // Zoomed in until every block has its text (5-minute slots at about 200 px an hour).
    while (grid.hourHeight() < 200)
        grid.zoomIn();
    QList<double> zoomedPaints;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        grid.viewport()->repaint();
        zoomedPaints << timer.nsecsElapsed() / 1e6;
    }
    grid.resetZoom();
    if (model.rowCount() != slotCount)
        return fail(u"the model has %1 slots, not %2"_s.arg(model.rowCount()).arg(slotCount));

    // One change from the feed: another client changes a slot's capacity; the follower reports
    // it, the model reads that slot back and merges it, and its block alone is repainted.
    ChangeFollower follower(client);
    follower.setIntervalMs(20);
    ApiClient other;
    other.setServer(client.server());
    other.setToken(kToken);
    QElapsedTimer sinceFeed;
    QList<double> applies;
    QList<double> merges;
    qint64 target = 0;
    bool applied = false;
    QObject::connect(&follower, &ChangeFollower::changed, &model, [&](const QList<ChangeEntry> &changes) {
        sinceFeed.start();
        model.applyChanges(changes);
    });
    QObject::connect(&model, &QAbstractItemModel::dataChanged, &grid, [&](const QModelIndex &index) {
        if (model.slotAt(index.row()).id != target || !sinceFeed.isValid())
            return;
        QElapsedTimer repaint;
        repaint.start();
        grid.viewport()->repaint(grid.slotRect(target).adjusted(-3, -3, 3, 3));
        merges << repaint.nsecsElapsed() / 1e6;
        applies << sinceFeed.nsecsElapsed() / 1e6;
        applied = true;
    });
    follower.start();
    if (!waitFor([&] { return follower.revision() > 0; }))
        return fail(u"the change feed does not answer"_s);
    for (int run = 0; run < runs; ++run) {
        target = model.slotAt((run * 137) % model.rowCount()).id;
        applied = false;
        sinceFeed.invalidate();
        if (!await(other.patch(ApiPaths::slot(target), {{u"capacity"_s, 4 + run}})))
            return fail(u"cannot change a slot"_s);
        if (!waitFor([&] { return applied; }))
            return fail(u"the change did not reach the grid"_s);
    }
    follower.stop();
    stopService(service);

    const double load = median(loads);
    const double draw = median(firstPaints);
    print(u"console: a week of %1 slots (%2), %3×%4 grid, offscreen; median of %5 runs"_s.arg(slotCount)
              .arg(QString::fromLatin1(kZone))
              .arg(grid.viewport()->width())
              .arg(grid.viewport()->height())
              .arg(runs));
    print(u"  load the week (GET /slots pages, decode, place, merge)  %1"_s.arg(ms(load)));
    print(u"  lay out and paint the week                             %1"_s.arg(ms(draw)));
    print(u"  paint it again (layout kept)                           %1"_s.arg(ms(median(repaints))));
    print(u"  paint zoomed in, every block with its text             %1"_s.arg(ms(median(zoomedPaints))));
    print(u"  load and draw, together                                %1"_s.arg(ms(load + draw)));
    print(u"  one change from the feed, applied and repainted        %1"_s.arg(ms(median(applies))));
    print(u"    of which repainting its block                        %1"_s.arg(ms(median(merges))));
    return 0;
}
