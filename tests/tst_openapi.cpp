// docs/openapi.yaml against the code: every registered route is documented with the role it
// needs, and nothing is documented that the service does not serve.
#include "routetable.h"

#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace TestSupport;

namespace {

// "GET /api/v1/queues/{id}" → the lines of that operation in the document.
using Operations = QMap<QString, QStringList>;

// Reads the paths section of an OpenAPI 3.0 document written in block style: a path at two
// spaces of indentation, its operations at four.
Operations readOperations(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = u"cannot read "_s + path;
        return {};
    }
    static const QRegularExpression pathLine(u"^  (/\\S*):\\s*$"_s);
    static const QRegularExpression methodLine(u"^    (get|put|post|patch|delete|head|options):\\s*$"_s);
    Operations operations;
    bool inPaths = false;
    QString currentPath;
    QString currentOperation;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    for (const QString &line : lines) {
        if (!line.isEmpty() && !line.front().isSpace() && !line.startsWith(u'#')) {
            inPaths = line.startsWith(u"paths:"_s);
            currentPath.clear();
            currentOperation.clear();
            continue;
        }
        if (!inPaths)
            continue;
        if (const QRegularExpressionMatch match = pathLine.match(line); match.hasMatch()) {
            currentPath = match.captured(1);
            currentOperation.clear();
        } else if (const QRegularExpressionMatch match = methodLine.match(line); match.hasMatch()) {
            currentOperation = match.captured(1).toUpper() + u' ' + currentPath;
            operations.insert(currentOperation, {});
        } else if (!currentOperation.isEmpty()) {
            operations[currentOperation].append(line.trimmed());
        }
    }
    return operations;
}

QString roleName(Access access)
{
    switch (access) {
    case Access::Public: return u"public"_s;
    case Access::Viewer: return u"viewer"_s;
    case Access::Operator: return u"operator"_s;
    case Access::Admin: return u"admin"_s;
    }
    return {};
}

} // namespace

class TestOpenApi : public QObject
{
    Q_OBJECT

    Operations m_documented;
    QList<RouteInfo> m_routes;

private slots:
    void initTestCase()
    {
        QString error;
        m_documented = readOperations(QStringLiteral(QT_TESTCASE_SOURCEDIR "/../docs/openapi.yaml"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(m_documented.size() > 10);
        m_routes = registeredRoutes();
        QVERIFY(m_routes.size() > 10);
    }

    void everyRouteIsDocumentedWithItsRole()
    {
        QStringList missing;
        for (const RouteInfo &route : std::as_const(m_routes)) {
            const QString key = route.method + u' ' + route.pattern;
            if (!m_documented.contains(key)) {
                missing.append(key);
                continue;
            }
            const QStringList &lines = m_documented.value(key);
            if (route.access == Access::Public) {
                QVERIFY2(lines.contains(u"security: []"_s), qPrintable(key + u" is public: document security: []"_s));
            } else {
                QVERIFY2(lines.contains(u"x-required-role: "_s + roleName(route.access)),
                         qPrintable(key + u" needs x-required-role: "_s + roleName(route.access)));
                QVERIFY2(lines.contains(u"'401':"_s) && lines.contains(u"'403':"_s),
                         qPrintable(key + u" must document 401 and 403"_s));
            }
            QVERIFY2(lines.contains(u"responses:"_s), qPrintable(key + u" has no responses"_s));
        }
        QVERIFY2(missing.isEmpty(), qPrintable(u"not in docs/openapi.yaml: "_s + missing.join(u", "_s)));
    }

    void nothingIsDocumentedThatIsNotServed()
    {
        QSet<QString> served;
        for (const RouteInfo &route : std::as_const(m_routes))
            served.insert(route.method + u' ' + route.pattern);
        QStringList stale;
        for (auto it = m_documented.cbegin(); it != m_documented.cend(); ++it) {
            if (!served.contains(it.key()))
                stale.append(it.key());
        }
        QVERIFY2(stale.isEmpty(), qPrintable(u"documented but not served: "_s + stale.join(u", "_s)));
    }

    // The parser itself must see a missing route, or the checks above could never fail.
    void parserFindsOperations()
    {
        QVERIFY(m_documented.contains(u"GET /health"_s));
        QVERIFY(m_documented.contains(u"PATCH /api/v1/queues/{id}"_s));
        QVERIFY(!m_documented.contains(u"GET /api/v1/no-such-route"_s));
    }
};

QTEST_GUILESS_MAIN(TestOpenApi)
#include "tst_openapi.moc"
