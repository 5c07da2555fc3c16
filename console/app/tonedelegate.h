// Paints what a model marks with Tone::Role (console_core's models have no colours): strong in
// bold, muted grey, accent blue, good green, warnings orange, bad red and bold.
#pragma once

#include "models/tone.h"

#include <QColor>
#include <QStyledItemDelegate>

class ToneDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // The text colour of a tone; invalid for Normal and Strong.
    static QColor colour(int tone);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
