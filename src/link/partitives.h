#pragma once

#include "extract/claims.h"

#include <QHash>
#include <QStringView>

namespace factbench {

/// Parts stated against their totals in one article: "Fourteen of the 23 people",
/// "72 out of the 550 drones", "476 out of a record 539", "six of Kyiv's 10 districts".
/// Maps the index of each part figure to the index of its total in `figures` (text order).
QHash<qsizetype, qsizetype> partitiveTotals(QStringView text, const QList<Figure> &figures);

} // namespace factbench
