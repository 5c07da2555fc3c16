// A table of rows the admin API returned (JSON objects keyed by "id"): columns are declared once
// (a header and how a row shows), and new data is merged in place — changed rows emit dataChanged,
// new ones are inserted where they sort, gone ones removed — so views keep selection and scroll
// when the change feed refreshes them.
#pragma once

#include <QAbstractTableModel>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>

#include <functional>

class JsonTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role { IdRole = Qt::UserRole + 1, JsonRole };

    struct Column
    {
        std::function<QString()> header; // translated when asked, so a language switch shows
        std::function<QVariant(const QJsonObject &row, int role)> data;
    };

    explicit JsonTableModel(QObject *parent = nullptr);

    // A column that shows one text of a row read as a `Record` (Record::fromJson), for display only.
    template<typename Record>
    static Column textColumn(std::function<QString()> header, std::function<QString(const Record &)> text)
    {
        return {std::move(header), [text = std::move(text)](const QJsonObject &row, int role) -> QVariant {
                    return role == Qt::DisplayRole ? QVariant(text(Record::fromJson(row))) : QVariant();
                }};
    }
    // The rows of a list answer ({"items":[…],"total":…}).
    static QList<QJsonObject> itemsOf(const QJsonDocument &page);

    void setColumns(QList<Column> columns);
    // Rows sort by this (default: by id).
    void setOrder(std::function<bool(const QJsonObject &, const QJsonObject &)> lessThan);

    // Makes the rows exactly `rows`, merging: rows with an id already shown are updated in place.
    void setRows(const QList<QJsonObject> &rows);
    // One row changed or appeared.
    void upsert(const QJsonObject &row);
    void removeId(qint64 id);
    void clear();

    QJsonObject rowAt(int row) const { return m_rows.value(row); }
    const QList<QJsonObject> &rows() const { return m_rows; }
    int rowOfId(qint64 id) const;
    // Headers again after a language switch.
    void retranslate();
    // Every row's `column` again (what it shows came from elsewhere, e.g. a person's name).
    void columnChanged(int column);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static qint64 idOf(const QJsonObject &row) { return row.value(QStringLiteral("id")).toInteger(); }

protected:
    bool lessThan(const QJsonObject &a, const QJsonObject &b) const { return m_lessThan(a, b); }

private:
    int insertPosition(const QJsonObject &row) const;

    QList<Column> m_columns;
    QList<QJsonObject> m_rows;
    std::function<bool(const QJsonObject &, const QJsonObject &)> m_lessThan;
};
