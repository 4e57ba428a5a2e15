#include "figureagreement.h"

#include "valueinterval.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace factbench {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("FigureAgreement", text);
}

QString number(double value)
{
    return QString::number(value, 'g', 15);
}

/// What valueText() depends on.
struct ValueKey
{
    double value;
    std::optional<double> high;
    Qualifier qualifier;
    bool ordinal;
    friend bool operator==(const ValueKey &, const ValueKey &) = default;
    friend size_t qHash(const ValueKey &key, size_t seed = 0)
    {
        return qHashMulti(seed, key.value, int(key.qualifier), key.ordinal);
    }
};

bool equalValues(double a, double b)
{
    return std::abs(a - b) <= 1e-9 * std::max(1.0, std::abs(a));
}

bool haveCommonValue(const QList<FigureMember> &members, const QSet<int> &left)
{
    QList<ValueInterval> intervals;
    for (int i : left) {
        intervals.append(ValueInterval::of(*members[i].figure));
    }
    return ValueInterval::haveCommonValue(intervals);
}

QSet<int> allMembers(const QList<FigureMember> &members)
{
    QSet<int> all;
    for (int i = 0; i < members.size(); ++i) {
        all.insert(i);
    }
    return all;
}

/// Index of a member (other than `except`) stating `value` exactly, or -1.
int memberWithValue(const QList<FigureMember> &members, double value, int except)
{
    for (int i = 0; i < members.size(); ++i) {
        if (i != except && equalValues(members[i].figure->value, value)
            && !members[i].figure->valueHigh) {
            return i;
        }
    }
    return -1;
}

/// "Fourteen of the 23" beside another source's 23: the part is not a rival value.
std::optional<QString> partitiveTotal(const QList<FigureMember> &members, QSet<int> *left)
{
    QStringList parts;
    for (int i = 0; i < members.size(); ++i) {
        if (members[i].partOf && memberWithValue(members, *members[i].partOf, i) >= 0) {
            left->remove(i);
            parts.append(tr("%1 is part of %2")
                             .arg(number(members[i].figure->value), number(*members[i].partOf)));
        }
    }
    return parts.isEmpty() ? std::nullopt : std::optional(parts.join(QLatin1String("; ")));
}

/// "72 of the 550 got through" beside another source's 478: 550 - 72 = 478.
std::optional<QString> complement(const QList<FigureMember> &members, QSet<int> *left)
{
    for (int i = 0; i < members.size(); ++i) {
        if (!members[i].partOf) {
            continue;
        }
        const double rest = *members[i].partOf - members[i].figure->value;
        const int other = memberWithValue(members, rest, i);
        if (other >= 0 && members[other].article != members[i].article) {
            left->remove(i);
            return QStringLiteral("%1 − %2 = %3")
                .arg(number(*members[i].partOf), number(members[i].figure->value), number(rest));
        }
    }
    return std::nullopt;
}

/// "downed 268 ... a further 208" in one article beside another's 476.
std::optional<QString> sumOfParts(const QList<FigureMember> &members, QSet<int> *left)
{
    QMap<int, QList<int>> byArticle;
    for (int i = 0; i < members.size(); ++i) {
        byArticle[members[i].article].append(i);
    }
    for (auto it = byArticle.cbegin(); it != byArticle.cend(); ++it) {
        if (it->size() < 2) {
            continue;
        }
        double sum = 0;
        QStringList terms;
        for (int i : *it) {
            sum += members[i].figure->value;
            terms.append(number(members[i].figure->value));
        }
        const int total = memberWithValue(members, sum, -1);
        if (total >= 0 && members[total].article != it.key()) {
            for (int i : *it) {
                left->remove(i);
            }
            return QStringLiteral("%1 = %2").arg(terms.join(QLatin1String(" + ")), number(sum));
        }
    }
    return std::nullopt;
}

/// How coarsely a stated number is rounded: 550 to tens, 500 to hundreds, 539 not at all.
double roundingStep(double value)
{
    double step = 1;
    while (value >= step * 10 && std::fmod(value, step * 10) == 0) {
        step *= 10;
    }
    return step;
}

/// "550" beside "548": the round number is the other rounded. Only numbers of three digits
/// or more: 10 and 12 people are different counts, not roundings.
std::optional<QString> rounding(const QList<FigureMember> &members)
{
    const FigureMember *roundest = nullptr;
    for (const FigureMember &member : members) {
        const Figure &f = *member.figure;
        if (f.valueHigh
            || (f.qualifier != Qualifier::Equal && f.qualifier != Qualifier::Approximately)) {
            return std::nullopt;
        }
        if (!roundest || roundingStep(f.value) > roundingStep(roundest->figure->value)) {
            roundest = &member;
        }
    }
    const double round = roundest->figure->value;
    const double step = roundingStep(round);
    if (round < 100 || step < 10) {
        return std::nullopt;
    }
    QStringList others;
    for (const FigureMember &member : members) {
        const double value = member.figure->value;
        if (std::abs(value - round) > step / 2) {
            return std::nullopt;
        }
        if (!equalValues(value, round) && !others.contains(number(value))) {
            others.append(number(value));
        }
    }
    return tr("%1 rounds to %2").arg(others.join(QLatin1String(", ")), number(round));
}

/// A later report with a larger toll updates an earlier one; needs publication times.
std::optional<QString> update(const QList<FigureMember> &members)
{
    QList<const FigureMember *> byTime;
    for (const FigureMember &member : members) {
        if (!member.published.isValid() || member.figure->kind != FigureKind::Count) {
            return std::nullopt;
        }
        byTime.append(&member);
    }
    std::stable_sort(byTime.begin(), byTime.end(),
        [](const FigureMember *a, const FigureMember *b) { return a->published < b->published; });
    for (qsizetype i = 1; i < byTime.size(); ++i) {
        const bool later = byTime[i]->published > byTime[i - 1]->published;
        const double before = byTime[i - 1]->figure->value;
        const double after = byTime[i]->figure->value;
        if (after < before || (after > before && !later)) {
            return std::nullopt;
        }
    }
    return tr("%1 then %2 (a later report)")
        .arg(number(byTime.first()->figure->value), number(byTime.last()->figure->value));
}

/// "539 (3 sources) vs 550 (2 sources)": each stated value with how many articles state it.
QString divergenceReason(const QList<FigureMember> &members, const QStringList &texts)
{
    QMap<QString, QSet<int>> sourcesByValue;
    for (qsizetype i = 0; i < members.size(); ++i) {
        sourcesByValue[texts[i]].insert(members[i].article);
    }
    QList<std::pair<QString, qsizetype>> counts;
    for (auto it = sourcesByValue.cbegin(); it != sourcesByValue.cend(); ++it) {
        counts.append({it.key(), it->size()});
    }
    std::stable_sort(counts.begin(), counts.end(),
        [](const auto &a, const auto &b) { return a.second > b.second; });
    QStringList parts;
    for (const auto &[value, sources] : counts) {
        parts.append(sources == 1 ? tr("%1 (1 source)").arg(value)
                                  : tr("%1 (%2 sources)").arg(value).arg(sources));
    }
    return parts.join(tr(" vs "));
}

} // namespace

QString FigureAgreement::valueText(const Figure &figure)
{
    QString text = number(figure.value);
    if (figure.valueHigh) {
        text += QStringLiteral("–") + number(*figure.valueHigh);
    }
    if (figure.kind == FigureKind::Ordinal) {
        return tr("#%1").arg(text);
    }
    const QString symbol = qualifierSymbol(figure.qualifier);
    if (figure.qualifier == Qualifier::Equal) {
        return text;
    }
    static const QMap<QString, QString> pretty = {
        {QStringLiteral(">="), QStringLiteral("≥")}, {QStringLiteral("<="), QStringLiteral("≤")}};
    return pretty.value(symbol, symbol) + text;
}

FigureVerdict FigureAgreement::judge(const QList<FigureMember> &members)
{
    FigureVerdict verdict;
    // A fact of many sources repeats a few values: each is written out once.
    QStringList texts;
    QHash<ValueKey, QString> textOfValue;
    for (const FigureMember &member : members) {
        const Figure &figure = *member.figure;
        const ValueKey key {
            figure.value, figure.valueHigh, figure.qualifier, figure.kind == FigureKind::Ordinal};
        auto text = textOfValue.constFind(key);
        if (text == textOfValue.cend()) {
            text = textOfValue.insert(key, valueText(figure));
            if (!verdict.values.contains(figure.value)) {
                verdict.values.append(figure.value);
            }
        }
        texts.append(*text);
    }
    const QSet<QString> seen(texts.cbegin(), texts.cend());
    std::sort(verdict.values.begin(), verdict.values.end());
    QSet<int> sources;
    for (const FigureMember &member : members) {
        sources.insert(member.article);
    }
    if (sources.size() < 2) {
        verdict.agreement = Agreement::Single;
        verdict.reason = tr("one source");
        return verdict;
    }
    if (seen.size() == 1) {
        verdict.agreement = Agreement::Equal;
        verdict.reason = tr("%1 in all %2 sources").arg(*seen.cbegin()).arg(sources.size());
        return verdict;
    }
    const QSet<int> all = allMembers(members);
    if (haveCommonValue(members, all)) {
        QStringList texts(seen.cbegin(), seen.cend());
        texts.sort();
        verdict.agreement = Agreement::CompatibleQualifiers;
        verdict.reason = tr("compatible: %1").arg(texts.join(QLatin1String(", ")));
        return verdict;
    }
    using Rule = std::optional<QString> (*)(const QList<FigureMember> &, QSet<int> *);
    const std::pair<Agreement, Rule> explanations[] = {
        {Agreement::PartitiveTotal, partitiveTotal},
        {Agreement::Complement, complement},
        {Agreement::SumOfParts, sumOfParts},
    };
    for (const auto &[agreement, rule] : explanations) {
        QSet<int> left = all;
        const std::optional<QString> reason = rule(members, &left);
        if (reason && haveCommonValue(members, left)) {
            verdict.agreement = agreement;
            verdict.reason = *reason;
            return verdict;
        }
    }
    if (const std::optional<QString> reason = rounding(members)) {
        verdict.agreement = Agreement::Rounding;
        verdict.reason = *reason;
        return verdict;
    }
    if (const std::optional<QString> reason = update(members)) {
        verdict.agreement = Agreement::Updated;
        verdict.reason = *reason;
        return verdict;
    }
    verdict.agreement = Agreement::Divergent;
    verdict.divergent = true;
    verdict.reason = divergenceReason(members, texts);
    return verdict;
}

} // namespace factbench
