#include "linker.h"

#include "figureagreement.h"
#include "figurelinker.h"
#include "linkvocabulary.h"
#include "partitives.h"
#include "quoteagreement.h"
#include "quotelinker.h"

#include <QHash>
#include <QMap>

#include <algorithm>

namespace factbench {

namespace {

/// What a figure with no counted noun measures, to name its fact: "duration", "speed"; empty
/// when the unit says it well enough on its own.
QString measuredQuantity(const Figure &figure)
{
    if (figure.kind == FigureKind::Duration) {
        return QStringLiteral("duration");
    }
    if (figure.kind == FigureKind::Measure
        && (figure.unit.endsWith(QLatin1String(" per hour"))
            || figure.unit.endsWith(QLatin1String(" per second"))
            || figure.unit == QLatin1String("knot"))) {
        return QStringLiteral("speed");
    }
    return {};
}

/// The label of a figure fact: the concept that names an action ("missiles launched") if any
/// member's does, the most common of those; else the most common noun. A bare unit says what
/// it measures ("duration in hours", "speed in km/h", not "hours").
QString figureLabel(const QList<const Figure *> &figures)
{
    QMap<QString, int> withAction;
    QMap<QString, int> bare;
    QString quantity = figures.isEmpty() ? QString() : measuredQuantity(*figures.first());
    for (const Figure *figure : figures) {
        if (measuredQuantity(*figure) != quantity) {
            quantity.clear();
        }
        const QString conceptName
            = figure->conceptName.isEmpty() ? figure->counted : figure->conceptName;
        if (!conceptName.isEmpty()) {
            ++(conceptName.size() > figure->counted.size() ? withAction
                                                           : bare)[conceptName.toLower()];
        }
    }
    const auto mostCommon = [](const QMap<QString, int> &votes) {
        const auto best = std::max_element(votes.cbegin(), votes.cend());
        return best == votes.cend() ? QString() : best.key();
    };
    if (!withAction.isEmpty()) {
        return mostCommon(withAction);
    }
    const QString noun
        = bare.isEmpty() && !figures.isEmpty() ? figures.first()->unit : mostCommon(bare);
    return quantity.isEmpty() || noun.isEmpty() ? noun : quantity + QLatin1String(" in ") + noun;
}

/// "Donald Trump: “no progress”": the speaker with the words most members repeat. A news
/// agency names the speaker only when no member names the one it relays.
QString quoteLabel(const QList<const Quote *> &quotes)
{
    QMap<QString, int> speakers;
    QMap<QString, int> agencies;
    QMap<QString, int> texts;
    for (const Quote *quote : quotes) {
        if (!quote->speaker.isEmpty()) {
            ++(LinkVocabulary::isNewsAgency(quote->speaker) ? agencies : speakers)[quote->speaker];
        }
        if (quote->text.count(QLatin1Char(' ')) >= 1) {
            ++texts[quote->text.trimmed()];
        }
    }
    const auto mostCommon = [](const QMap<QString, int> &counts) {
        QString best;
        int bestCount = 0;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            if (it.value() > bestCount
                || (it.value() == bestCount && it.key().size() < best.size())) {
                best = it.key();
                bestCount = it.value();
            }
        }
        return best;
    };
    QString text = mostCommon(texts);
    if (text.isEmpty() && !quotes.isEmpty()) {
        text = quotes.first()->text;
    }
    constexpr qsizetype Longest = 60;
    if (text.size() > Longest) {
        text = text.left(Longest).trimmed() + QStringLiteral("…");
    }
    const QString speaker = mostCommon(speakers.isEmpty() ? agencies : speakers);
    const QString words = QStringLiteral("“%1”").arg(text);
    return speaker.isEmpty() ? words : speaker + QStringLiteral(": ") + words;
}

/// Copies what a verdict (figures' or quotes') says into its fact.
template<typename Verdict>
void adopt(const Verdict &verdict, Fact *fact)
{
    fact->divergent = verdict.divergent;
    fact->agreement = verdict.agreement;
    fact->reason = verdict.reason;
}

QDateTime knownTime(const Article &article)
{
    return article.publishedDateOnly ? QDateTime() : article.published;
}

struct Placed
{
    Fact fact;
    ClaimRef first;
    qsizetype start = 0;
};

} // namespace

QList<Fact> Linker::link(const QList<Article> &articles, const QList<Extraction> &extractions)
{
    QList<Placed> placed;

    QList<QHash<qsizetype, qsizetype>> totals;
    for (int a = 0; a < extractions.size() && a < articles.size(); ++a) {
        totals.append(partitiveTotals(articles[a].text, extractions[a].figures));
    }
    for (const ClaimGroup &group : FigureLinker::link(articles, extractions)) {
        QList<FigureMember> members;
        QList<const Figure *> figures;
        Fact fact;
        fact.kind = FactKind::Figure;
        for (const ClaimRef &ref : group) {
            const QList<Figure> &articleFigures = extractions[ref.article].figures;
            const Figure &figure = articleFigures[ref.index];
            FigureMember member {&figure, ref.article, knownTime(articles[ref.article]), {}};
            if (const auto total = totals[ref.article].constFind(ref.index);
                total != totals[ref.article].cend()) {
                member.partOf = articleFigures[*total].value;
            }
            members.append(member);
            figures.append(&figure);
            fact.members.append(figure.id);
        }
        const FigureVerdict verdict = FigureAgreement::judge(members);
        fact.label = figureLabel(figures);
        fact.values = verdict.values;
        adopt(verdict, &fact);
        placed.append({fact, group.first(), figures.first()->range.start});
    }

    for (const ClaimGroup &group : QuoteLinker::link(articles, extractions)) {
        QList<QuoteMember> members;
        QList<const Quote *> quotes;
        Fact fact;
        fact.kind = FactKind::Quote;
        for (const ClaimRef &ref : group) {
            const Quote &quote = extractions[ref.article].quotes[ref.index];
            members.append({quote.text, ref.article});
            quotes.append(&quote);
            fact.members.append(quote.id);
        }
        fact.label = quoteLabel(quotes);
        adopt(QuoteAgreement::judge(members), &fact);
        placed.append({fact, group.first(), quotes.first()->range.start});
    }

    // Figures first, then quotes; each in the order its first member appears in the run.
    std::stable_sort(placed.begin(), placed.end(), [](const Placed &x, const Placed &y) {
        if (x.fact.kind != y.fact.kind) {
            return x.fact.kind == FactKind::Figure;
        }
        return std::pair(x.first.article, x.start) < std::pair(y.first.article, y.start);
    });
    QList<Fact> facts;
    for (Placed &entry : placed) {
        entry.fact.id = QStringLiteral("g%1").arg(facts.size() + 1);
        facts.append(entry.fact);
    }
    return facts;
}

} // namespace factbench
