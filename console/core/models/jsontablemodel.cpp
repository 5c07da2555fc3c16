#include "jsontablemodel.h"

#include <QJsonArray>
#include <QSet>

JsonTableModel::JsonTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_lessThan([](const QJsonObject &a, const QJsonObject &b) { return idOf(a) < idOf(b); })
{
}

void JsonTableModel::setColumns(QList<Column> columns)
{
    beginResetModel();
    m_columns = std::move(columns);
    endResetModel();
}

void JsonTableModel::setOrder(std::function<bool(const QJsonObject &, const QJsonObject &)> lessThan)
{
    m_lessThan = std::move(lessThan);
    if (m_rows.isEmpty())
        return;
    const QList<QJsonObject> rows = m_rows;
    clear();
    setRows(rows);
}

QList<QJsonObject> JsonTableModel::itemsOf(const QJsonDocument &page)
{
    const QJsonArray items = page[QStringLiteral("items")].toArray();
    QList<QJsonObject> rows;
    rows.reserve(items.size());
    for (const QJsonValue &item : items)
        rows.append(item.toObject());
    return rows;
}

int JsonTableModel::rowOfId(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (idOf(m_rows.at(row)) == id)
            return row;
    }
    return -1;
}

int JsonTableModel::insertPosition(const QJsonObject &row) const
{
    const auto it = std::upper_bound(m_rows.cbegin(), m_rows.cend(), row, m_lessThan);
    return int(it - m_rows.cbegin());
}

void JsonTableModel::upsert(const QJsonObject &row)
{
    const int at = rowOfId(idOf(row));
    if (at >= 0) {
        if (m_rows.at(at) == row)
            return;
        const bool staysInPlace = (at == 0 || !m_lessThan(row, m_rows.at(at - 1)))
            && (at + 1 >= m_rows.size() || !m_lessThan(m_rows.at(at + 1), row));
        if (staysInPlace) {
            m_rows[at] = row;
            emit dataChanged(index(at, 0), index(at, columnCount() - 1));
            return;
        }
        removeId(idOf(row));
    }
    const int position = insertPosition(row);
    beginInsertRows({}, position, position);
    m_rows.insert(position, row);
    endInsertRows();
}

void JsonTableModel::removeId(qint64 id)
{
    const int at = rowOfId(id);
    if (at < 0)
        return;
    beginRemoveRows({}, at, at);
    m_rows.removeAt(at);
    endRemoveRows();
}

void JsonTableModel::setRows(const QList<QJsonObject> &rows)
{
    QSet<qint64> wanted;
    for (const QJsonObject &row : rows)
        wanted.insert(idOf(row));
    for (int at = int(m_rows.size()) - 1; at >= 0; --at) {
        if (!wanted.contains(idOf(m_rows.at(at)))) {
            beginRemoveRows({}, at, at);
            m_rows.removeAt(at);
            endRemoveRows();
        }
    }
    for (const QJsonObject &row : rows)
        upsert(row);
}

void JsonTableModel::clear()
{
    if (m_rows.isEmpty())
        return;
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

void JsonTableModel::retranslate()
{
    if (!m_columns.isEmpty())
        emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void JsonTableModel::columnChanged(int column)
{
    if (!m_rows.isEmpty() && column >= 0 && column < columnCount())
        emit dataChanged(index(0, column), index(rowCount() - 1, column));
}

int JsonTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int JsonTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant JsonTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QJsonObject &row = m_rows.at(index.row());
    if (role == IdRole)
        return idOf(row);
    if (role == JsonRole)
        return row;
    return m_columns.at(index.column()).data(row, role);
}

QVariant JsonTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= m_columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    return m_columns.at(section).header();
}
