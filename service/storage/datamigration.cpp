#include "datamigration.h"

#include "dialect.h"
#include "migrator.h"

#include <QHash>
#include <QLoggingCategory>
#include <QSet>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcDataMigration, "queue.storage.migratedata")

namespace {

// Rows per INSERT: far below either engine's limit on bound parameters for our widest table.
constexpr int kRowsPerInsert = 200;

// Written by the migrations themselves, not copied.
const QString kVersionTable = u"schema_version"_s;

// `tables` ordered so that every table comes after the tables it refers to.
QStringList foreignKeyOrder(const SqlSession &session, QStringList tables)
{
    QHash<QString, QStringList> refers;
    for (const QString &table : std::as_const(tables))
        refers.insert(table, Dialect::referencedTables(session, table));
    QStringList ordered;
    QSet<QString> placed;
    while (!tables.isEmpty()) {
        const qsizetype before = tables.size();
        for (auto it = tables.begin(); it != tables.end();) {
            bool ready = true;
            for (const QString &target : refers.value(*it))
                ready = ready && (placed.contains(target) || !refers.contains(target));
            if (ready) {
                ordered << *it;
                placed.insert(*it);
                it = tables.erase(it);
            } else {
                ++it;
            }
        }
        if (tables.size() == before)
            throw StorageError(u"migrate-data: foreign keys between %1 form a cycle"_s.arg(tables.join(u", "_s)));
    }
    return ordered;
}

qint64 rowCount(const SqlSession &session, const QString &table)
{
    return session.scalar(u"SELECT count(*) FROM "_s + table).toLongLong();
}

// Refuses a target with anything in it: rows in any Queue Bot table beyond what the migrations
// write themselves (the revision counter at 0), or tables of something else.
void requireEmpty(Database &to)
{
    const SqlSession session = to.session();
    const QStringList tables = Dialect::tables(session);
    if (tables.isEmpty())
        return;
    if (!tables.contains(kVersionTable))
        throw StorageError(u"migrate-data: %1 is not empty (it has tables %2 and is not a Queue Bot database); "
                           "use a new, empty database"_s
                               .arg(to.url().redacted(), tables.join(u", "_s)));
    QStringList filled;
    for (const QString &table : tables) {
        if (table == kVersionTable)
            continue;
        const bool seeded = table == u"revision_counter"_s
            && session.scalar(u"SELECT count(*) FROM revision_counter WHERE value <> 0"_s).toLongLong() == 0;
        if (!seeded && rowCount(session, table) > 0)
            filled << table;
    }
    if (!filled.isEmpty())
        throw StorageError(u"migrate-data: %1 is not empty (rows in %2); refusing to mix two offices' data"_s
                               .arg(to.url().redacted(), filled.join(u", "_s)));
}

qint64 copyTable(const SqlSession &source, Transaction &target, const QString &table, const QStringList &columns)
{
    const QString list = columns.join(u", "_s);
    const QString row = u'(' + QStringList(columns.size(), u"?"_s).join(u", "_s) + u')';
    const QString orderBy = columns.contains(u"id"_s) ? u"id"_s : columns.first();
    SqlRows rows = source.exec(u"SELECT "_s + list + u" FROM "_s + table + u" ORDER BY "_s + orderBy);
    qint64 copied = 0;
    QVariantList batch;
    int batchRows = 0;
    const auto flush = [&] {
        if (batchRows == 0)
            return;
        QStringList values(batchRows, row);
        target.exec(u"INSERT INTO "_s + table + u" ("_s + list + u") VALUES "_s + values.join(u", "_s), batch);
        copied += batchRows;
        batch.clear();
        batchRows = 0;
    };
    while (rows.next()) {
        for (int i = 0; i < columns.size(); ++i) {
            const QVariant value = rows.value(i);
            // A NULL stays NULL: exec would bind a null text as '' (the repositories' convention).
            batch << (value.isNull() ? QVariant() : value);
        }
        if (++batchRows == kRowsPerInsert)
            flush();
    }
    flush();
    return copied;
}

} // namespace

qint64 DataMigrationResult::totalRows() const
{
    qint64 total = 0;
    for (const TableCopy &copy : tables)
        total += copy.rows;
    return total;
}

DataMigrationResult migrateData(Database &from, Database &to)
{
    if (from.dialect() != SqlDialect::Sqlite || to.dialect() != SqlDialect::Postgres)
        throw StorageError(u"migrate-data copies a SQLite database (--from sqlite:FILE) into PostgreSQL "
                           "(--to postgresql://...)"_s);
    Migrator source(from);
    source.requireCurrent();
    requireEmpty(to);
    Migrator(to).migrate();

    DataMigrationResult result;
    result.schemaVersion = source.currentVersion();
    const SqlSession reader = from.session();
    // One read transaction: a consistent snapshot even if a service still writes the file.
    reader.exec(u"BEGIN"_s);
    try {
        QStringList tables = Dialect::tables(reader);
        tables.removeAll(kVersionTable);
        tables = foreignKeyOrder(reader, tables);
        to.write([&](Transaction &tx) {
            const QStringList targetTables = Dialect::tables(tx);
            // The migrations' own rows (the revision counter) give way to the copied ones.
            for (auto it = tables.crbegin(); it != tables.crend(); ++it) {
                if (!targetTables.contains(*it))
                    throw StorageError(u"migrate-data: the target has no table %1; are both on the same "
                                       "queue-service version?"_s.arg(*it));
                tx.exec(u"DELETE FROM "_s + *it);
            }
            result.tables.clear();
            for (const QString &table : std::as_const(tables)) {
                const QStringList columns = Dialect::columns(reader, table);
                const QStringList targetColumns = Dialect::columns(tx, table);
                if (QSet<QString>(columns.begin(), columns.end())
                    != QSet<QString>(targetColumns.begin(), targetColumns.end()))
                    throw StorageError(u"migrate-data: table %1 has columns (%2) in the source but (%3) in the "
                                       "target"_s.arg(table, columns.join(u", "_s), targetColumns.join(u", "_s)));
                const qint64 copied = copyTable(reader, tx, table, columns);
                const qint64 expected = rowCount(reader, table);
                const qint64 landed = rowCount(tx, table);
                if (copied != expected || landed != expected)
                    throw StorageError(u"migrate-data: table %1 has %2 rows in the source but %3 in the target"_s
                                           .arg(table)
                                           .arg(expected)
                                           .arg(landed));
                result.tables.append({table, landed});
                qCInfo(lcDataMigration).noquote() << "copied" << landed << "rows of" << table;
            }
            Dialect::resetIdCounters(tx, tables);
        });
    } catch (...) {
        reader.exec(u"ROLLBACK"_s);
        throw;
    }
    reader.exec(u"COMMIT"_s);
    return result;
}
