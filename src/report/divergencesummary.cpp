#include "divergencesummary.h"

#include "reporttext.h"

#include <QSet>

namespace factbench {

namespace {

struct ValueGroup
{
    QString value;
    QList<const FactSheetSource *> sources;
    bool verified = false;
};

/// A quote's first words, enough to tell two wordings apart in one sentence.
QString quoteOpening(const QString &words)
{
    constexpr int shownWords = 16;
    const QStringList split = words.simplified().split(QLatin1Char(' '));
    if (split.size() <= shownWords) {
        return ReportText::quoted(words.simplified());
    }
    return ReportText::quoted(
        split.mid(0, shownWords).join(QLatin1Char(' ')) + QStringLiteral("…"));
}

QList<ValueGroup> groupSources(const FactSheetEntry &entry)
{
    QList<ValueGroup> groups;
    QHash<QString, qsizetype> byKey;
    for (const FactSheetSource &source : entry.sources) {
        const QString key = DivergenceSummary::groupKey(entry, source);
        auto it = byKey.find(key);
        if (it == byKey.end()) {
            it = byKey.insert(key, groups.size());
            ValueGroup group;
            group.value = entry.kind == FactKind::Quote ? quoteOpening(source.value) : source.value;
            FactSheetSource verified;
            verified.value = entry.verifiedValue;
            group.verified = !entry.verifiedValue.isEmpty()
                && DivergenceSummary::groupKey(entry, verified) == key;
            groups.append(group);
        }
        groups[*it].sources.append(&source);
    }
    // The most widely stated value first, the verified one before another as widely stated;
    // otherwise the order of the articles.
    std::stable_sort(groups.begin(), groups.end(), [](const ValueGroup &a, const ValueGroup &b) {
        if (a.sources.size() != b.sources.size()) {
            return a.sources.size() > b.sources.size();
        }
        return a.verified && !b.verified;
    });
    return groups;
}

QString describeGroup(const FactSheet &sheet, const FactSheetEntry &entry, const ValueGroup &group)
{
    QStringList outlets;
    QSet<QString> attributions;
    for (const FactSheetSource *source : group.sources) {
        const FactSheetArticle &article = sheet.articleOf(*source);
        const QString outlet = article.outlet.isEmpty() ? article.title : article.outlet;
        if (!outlets.contains(outlet)) {
            outlets.append(outlet);
        }
        attributions.insert(source->attribution);
    }
    QString text = group.value;
    // A quote's speaker is the fact's own; a figure's source is worth naming when the group's
    // articles agree on it.
    if (entry.kind == FactKind::Figure && attributions.size() == 1
        && !attributions.cbegin()->isEmpty()) {
        text = DivergenceSummary::tr("%1 per %2").arg(text, *attributions.cbegin());
    }
    if (outlets.size() > DivergenceSummary::maximumNamedOutlets) {
        return DivergenceSummary::tr("%1 in %n outlet(s)", nullptr, int(outlets.size())).arg(text);
    }
    return DivergenceSummary::tr("%1 in %2").arg(text, ReportText::list(outlets));
}

bool explainsDifference(Agreement agreement)
{
    switch (agreement) {
    case Agreement::CompatibleQualifiers:
    case Agreement::Rounding:
    case Agreement::SumOfParts:
    case Agreement::Complement:
    case Agreement::PartitiveTotal:
    case Agreement::Updated:
    case Agreement::Truncated:
        return true;
    case Agreement::Single:
    case Agreement::Equal:
    case Agreement::Divergent:
        break;
    }
    return false;
}

} // namespace

QString DivergenceSummary::groupKey(const FactSheetEntry &entry, const FactSheetSource &source)
{
    if (entry.kind == FactKind::Figure) {
        return source.value;
    }
    QString key;
    for (const QChar c : source.value) {
        if (c.isLetterOrNumber()) {
            key += c.toCaseFolded();
        } else if (c.isSpace() && !key.isEmpty() && !key.endsWith(QLatin1Char(' '))) {
            key += QLatin1Char(' ');
        }
    }
    return key.trimmed();
}

bool DivergenceSummary::isDivergent(const FactSheetEntry &entry)
{
    QSet<QString> keys;
    for (const FactSheetSource &source : entry.sources) {
        keys.insert(groupKey(entry, source));
    }
    return keys.size() > 1;
}

QString DivergenceSummary::describe(const FactSheet &sheet, const FactSheetEntry &entry)
{
    if (entry.sources.isEmpty()) {
        return {};
    }
    const QList<ValueGroup> groups = groupSources(entry);
    QStringList parts;
    for (const ValueGroup &group : groups) {
        parts.append(describeGroup(sheet, entry, group));
    }
    if (groups.size() > 1 && explainsDifference(entry.agreement) && !entry.linkerReason.isEmpty()) {
        parts.append(tr("Factbench's reading: %1").arg(entry.linkerReason));
    }
    if (!entry.verifiedValue.isEmpty()) {
        const QString verified = entry.kind == FactKind::Quote
            ? ReportText::quoted(entry.verifiedValue)
            : entry.verifiedValue;
        parts.append(groups.size() > 1 ? tr("resolved as %1").arg(verified)
                                       : tr("verified as %1").arg(verified));
    } else if (groups.size() > 1) {
        parts.append(tr("not resolved"));
    }
    QString sentence = parts.join(QStringLiteral("; "));
    if (!sentence.isEmpty()) {
        sentence[0] = sentence.at(0).toUpper();
        if (!sentence.endsWith(QLatin1Char('.'))) {
            sentence += QLatin1Char('.');
        }
    }
    return sentence;
}

} // namespace factbench
