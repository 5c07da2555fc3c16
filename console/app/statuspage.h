// Service status: the service's own health checks (state and figures each) and the day's key
// figures (the current queue's bookings today, the waiting list, messages that failed), read
// again every few seconds while the page is shown, and never while it is not.
#pragma once

#include "models/healthmodel.h"
#include "refreshingpage.h"

#include <QHash>

class DataTable;
class MessageLine;
class QGridLayout;
class QGroupBox;
class QLabel;

class StatusPage : public RefreshingPage
{
    Q_OBJECT
public:
    explicit StatusPage(ConsoleContext &context, QWidget *parent = nullptr);

    QString title() const override { return tr("Service status"); }
    QIcon icon() const override { return QIcon(QStringLiteral(":/icons/console/status.svg")); }
    void sessionOpened() override;
    void retranslate() override;

    HealthModel &health() { return m_health; }
    DataTable *checksTable() const { return m_table; }
    QLabel *overallLabel() const { return m_overall; }
    // The figure shown for `key` (booked, free, attended, no_show, cancelled, waiting, failed, dead).
    QString figure(const QString &key) const;

    static constexpr int kPollMs = 5000;

protected:
    void refresh() override;
    void showEvent(QShowEvent *event) override;

private:
    void showOverall();
    void readFigures();
    void readTotal(const QString &key, const QString &path, const QUrlQuery &query);
    void setFigure(const QString &key, const QString &value);

    HealthModel m_health;
    QLabel *m_overall;
    QLabel *m_version;
    DataTable *m_table;
    QGroupBox *m_figuresBox;
    QGridLayout *m_figures;
    QHash<QString, QLabel *> m_values;
    QHash<QString, QLabel *> m_names;
    MessageLine *m_message;
};
