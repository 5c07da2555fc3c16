// The nearest-rank percentile of latencies, shared by the benches' result types.
#pragma once

#include <QList>

#include <cmath>

// `p` in percent (50, 99) of `sorted` (ascending); -1 when there is nothing to rank.
inline double nearestRankPercentile(const QList<double> &sorted, double p)
{
    if (sorted.isEmpty())
        return -1;
    const qsizetype rank = qsizetype(std::ceil(p / 100.0 * double(sorted.size())));
    return sorted.at(qBound<qsizetype>(0, rank - 1, sorted.size() - 1));
}
