#include "datatable.h"

#include "models/jsontablemodel.h"
#include "tonedelegate.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonObject>

DataTable::DataTable(QWidget *parent)
    : QTableView(parent)
{
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setTabKeyNavigation(false); // Tab leaves the table, arrows move within it
    setItemDelegate(new ToneDelegate(this));
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    horizontalHeader()->setHighlightSections(false);
}

qint64 DataTable::selectedId() const
{
    const QModelIndexList rows = selectionModel() ? selectionModel()->selectedRows() : QModelIndexList();
    return rows.isEmpty() ? 0 : rows.first().data(JsonTableModel::IdRole).toLongLong();
}

QJsonObject DataTable::selectedRow() const
{
    const QModelIndexList rows = selectionModel() ? selectionModel()->selectedRows() : QModelIndexList();
    return rows.isEmpty() ? QJsonObject() : rows.first().data(JsonTableModel::JsonRole).toJsonObject();
}

void DataTable::fitColumns()
{
    if (!model())
        return;
    for (int column = 0; column + 1 < model()->columnCount(); ++column)
        resizeColumnToContents(column);
}
