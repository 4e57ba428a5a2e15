#include "partitives.h"

#include <QRegularExpression>

#include <algorithm>
#include <numeric>

namespace factbench {

QHash<qsizetype, qsizetype> partitiveTotals(QStringView text, const QList<Figure> &figures)
{
    // What may stand between a part and its total: "of", "out of", an article or a possessive,
    // and "record" ("476 out of a record 539").
    static const QRegularExpression gap(
        QStringLiteral("^\\s+(?:out\\s+)?of\\s+(?:(?:the|a|an|its|their|all)\\s+)?"
                       "(?:[\\w-]+['’]s\\s+)?(?:record\\s+)?$"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    QList<qsizetype> order(figures.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&figures](qsizetype a, qsizetype b) {
        return figures[a].range.start < figures[b].range.start;
    });
    QHash<qsizetype, qsizetype> totals;
    for (qsizetype k = 0; k + 1 < order.size(); ++k) {
        const Figure &part = figures[order[k]];
        const Figure &total = figures[order[k + 1]];
        if (total.range.start <= part.range.end || total.range.start - part.range.end > 40) {
            continue;
        }
        if (part.value <= total.value
            && gap.matchView(text.mid(part.range.end, total.range.start - part.range.end))
                   .hasMatch()) {
            totals.insert(order[k], order[k + 1]);
        }
    }
    return totals;
}

} // namespace factbench
