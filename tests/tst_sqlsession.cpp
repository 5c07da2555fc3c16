// SqlSession's contract, the same on SQLite (statements run on SQLite's own handle) and, as
// tst_sqlsession_postgres, on PostgreSQL (through Qt SQL): values come back as they went in,
// a null text is stored as empty, errors have their kind and leave the statement reusable,
// a statement left half-read holds nothing, and malformed SQL is refused whole.
#include "testsupport.h"

#include <QTest>

#include <limits>

using namespace Qt::StringLiterals;
using namespace TestSupport;

class TestSqlSession : public QObject
{
    Q_OBJECT

    std::unique_ptr<TempDatabase> m_temp;

    SqlSession session() { return m_temp->db->session(); }

private slots:
    void init()
    {
        m_temp = std::make_unique<TempDatabase>();
        const bool sqlite = session().dialect() == SqlDialect::Sqlite;
        session().exec(u"CREATE TABLE probe (id %1, i BIGINT, d DOUBLE PRECISION, t TEXT, b %2, u TEXT UNIQUE)"_s.arg(
            sqlite ? u"INTEGER PRIMARY KEY"_s : u"BIGSERIAL PRIMARY KEY"_s, sqlite ? u"BLOB"_s : u"BYTEA"_s));
    }

    void cleanup() { m_temp.reset(); }

    void valuesRoundTrip()
    {
        const qint64 big = std::numeric_limits<qint64>::max();
        const QString text = u"Очередь 🎟 \"quoted\" 'x'; DROP TABLE probe; --"_s;
        const QByteArray bytes("\x00\x01\xff", 3);
        session().exec(u"INSERT INTO probe (id, i, d, t, b) VALUES (?, ?, ?, ?, ?)"_s,
                       {1, big, 2.5, text, bytes});
        SqlRows rows = session().exec(u"SELECT i, d, t, b, u FROM probe WHERE id = ?"_s, {1});
        QVERIFY(rows.next());
        QCOMPARE(rows.value(0).toLongLong(), big);
        QCOMPARE(rows.value(1).toDouble(), 2.5);
        QCOMPARE(rows.value(2).toString(), text);
        QCOMPARE(rows.value(3).toByteArray(), bytes);
        QVERIFY(rows.value(4).isNull());
        QVERIFY(!rows.next());
        QCOMPARE(count(*m_temp->db, u"SELECT count(*) FROM probe"_s), 1); // the "DROP" was only text
    }

    void boolsAndNullTextBindAsStored()
    {
        // Flags are 0/1 integers; a null QString is an empty text (our schema has no NULL texts).
        session().exec(u"INSERT INTO probe (id, i, t) VALUES (?, ?, ?)"_s, {2, true, QString()});
        session().exec(u"INSERT INTO probe (id, i, t) VALUES (?, ?, ?)"_s, {3, false, QVariant()});
        QCOMPARE(session().scalar(u"SELECT i FROM probe WHERE id = 2"_s).toLongLong(), 1);
        QCOMPARE(session().scalar(u"SELECT i FROM probe WHERE id = 3"_s).toLongLong(), 0);
        QCOMPARE(count(*m_temp->db, u"SELECT count(*) FROM probe WHERE t = ''"_s), 1);
        QCOMPARE(count(*m_temp->db, u"SELECT count(*) FROM probe WHERE t IS NULL"_s), 1);
    }

    void rowsAffectedAndInsertedIds()
    {
        const qint64 first = session().insert(u"INSERT INTO probe (i) VALUES (?)"_s, {10});
        const qint64 second = session().insert(u"INSERT INTO probe (i) VALUES (?)"_s, {20});
        QVERIFY(second > first);
        QCOMPARE(session().exec(u"UPDATE probe SET i = i + 1"_s).numRowsAffected(), 2);
        QCOMPARE(session().exec(u"UPDATE probe SET i = 0 WHERE id = ?"_s, {-1}).numRowsAffected(), 0);
        QCOMPARE(session().exec(u"DELETE FROM probe WHERE id = ?"_s, {first}).numRowsAffected(), 1);
    }

    void constraintErrorHasItsKindAndTheStatementStaysUsable()
    {
        const QString insert = u"INSERT INTO probe (id, u) VALUES (?, ?)"_s;
        session().exec(insert, {1, u"same"_s});
        try {
            session().exec(insert, {2, u"same"_s});
            QFAIL("a duplicate was accepted");
        } catch (const StorageError &error) {
            QVERIFY2(error.kind() == StorageError::Kind::Constraint, qPrintable(error.message()));
            QVERIFY2(error.message().contains(u"UNIQUE"_s, Qt::CaseInsensitive)
                         || error.message().contains(u"unique"_s),
                     qPrintable(error.message()));
        }
        // The same SQL again (from the cache on SQLite) runs with its new values.
        session().exec(insert, {2, u"other"_s});
        QCOMPARE(count(*m_temp->db, u"SELECT count(*) FROM probe"_s), 2);
    }

    void malformedSqlIsRefused_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QVariantList>("params");
        QTest::newRow("syntax") << u"SELEKT 1"_s << QVariantList{};
        QTest::newRow("unknown table") << u"SELECT * FROM nowhere"_s << QVariantList{};
        QTest::newRow("too few values") << u"INSERT INTO probe (id, i) VALUES (?, ?)"_s << QVariantList{1};
        QTest::newRow("too many values") << u"INSERT INTO probe (id) VALUES (?)"_s << QVariantList{1, 2};
        QTest::newRow("two statements") << u"INSERT INTO probe (id) VALUES (7); DELETE FROM probe"_s
                                        << QVariantList{};
    }

    void malformedSqlIsRefused()
    {
        QFETCH(QString, sql);
        QFETCH(QVariantList, params);
        session().exec(u"INSERT INTO probe (id) VALUES (1)"_s);
        QVERIFY_THROWS_EXCEPTION(StorageError, session().exec(sql, params));
        QCOMPARE(count(*m_temp->db, u"SELECT count(*) FROM probe"_s), 1); // nothing ran
    }

    void halfReadRowsLetOthersWrite()
    {
        for (int i = 1; i <= 5; ++i)
            session().exec(u"INSERT INTO probe (id, i) VALUES (?, ?)"_s, {i, i});
        {
            SqlRows rows = session().exec(u"SELECT id FROM probe ORDER BY id"_s);
            QVERIFY(rows.next());
            QCOMPARE(rows.value(0).toInt(), 1);
        } // left after one row: back in the cache, reset
        // Another connection (another thread's) can write and this one sees it: no snapshot held.
        Database other(DatabaseUrl::parseOrThrow(m_temp->url()));
        other.session().exec(u"INSERT INTO probe (id, i) VALUES (?, ?)"_s, {6, 6});
        other.closeThisThread();
        SqlRows again = session().exec(u"SELECT id FROM probe ORDER BY id"_s);
        int seen = 0;
        while (again.next())
            ++seen;
        QCOMPARE(seen, 6);
    }

    void nestedRunsOfOneStatement()
    {
        for (int i = 1; i <= 3; ++i)
            session().exec(u"INSERT INTO probe (id, i) VALUES (?, ?)"_s, {i, i * 10});
        const QString select = u"SELECT i FROM probe WHERE id >= ? ORDER BY id"_s;
        SqlRows outer = session().exec(select, {1});
        QList<qint64> pairs;
        while (outer.next()) {
            const qint64 value = outer.value(0).toLongLong();
            SqlRows inner = session().exec(select, {3}); // the same SQL while the first is open
            QVERIFY(inner.next());
            pairs << value + inner.value(0).toLongLong();
        }
        QCOMPARE(pairs, (QList<qint64>{40, 50, 60}));
    }
};

QTEST_GUILESS_MAIN(TestSqlSession)
#include "tst_sqlsession.moc"
