// The console's table of rows: whole rows selected one at a time, alternating colours, the last
// column stretched, headers that fit, and Tone colours; keyboard-first like every view.
#pragma once

#include <QTableView>

class DataTable : public QTableView
{
    Q_OBJECT
public:
    explicit DataTable(QWidget *parent = nullptr);

    // The id (JsonTableModel::IdRole) and the JSON of the selected row; 0 / empty without one.
    qint64 selectedId() const;
    QJsonObject selectedRow() const;
    // Columns as wide as their contents once (after the first rows arrive).
    void fitColumns();
};
