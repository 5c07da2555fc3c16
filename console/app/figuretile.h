// One figure of a day on a page: a large value over a small caption ("12" over "Booked").
#pragma once

#include <QFrame>

class QLabel;

class FigureTile : public QFrame
{
    Q_OBJECT
public:
    explicit FigureTile(QWidget *parent = nullptr);

    void setValue(const QString &value);
    QString value() const;
    void setCaption(const QString &caption);

private:
    QLabel *m_value;
    QLabel *m_caption;
};
