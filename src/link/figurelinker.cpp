#include "figurelinker.h"

#include "agglomerator.h"
#include "claimcontext.h"
#include "linkvocabulary.h"
#include "partitives.h"
#include "termvector.h"
#include "valueinterval.h"

#include <QHash>
#include <QLoggingCategory>
#include <QSet>

#include <cmath>

Q_LOGGING_CATEGORY(lcFigureLinks, "factbench.link.figures", QtWarningMsg)

namespace factbench {

namespace {

/// How many words either side of a figure describe it.
constexpr int ContextReach = 8;
/// How far from a figure the verb that governs it may stand.
constexpr int ActionReach = 5;
/// Values at least this large rarely coincide by chance, so equal ones are compared even when
/// their nouns differ ("537 drones" and "a record of 537 launched").
constexpr double DistinctiveValue = 100;
/// Blocks larger than this are split by action, so no block costs more than its square.
constexpr qsizetype LargestBlock = 100;

/// Marks an action outside the vocabulary's classes.
const QLatin1Char OpenAction('~');

struct Signature
{
    ClaimRef ref;
    const Figure *figure = nullptr;
    QString noun;
    QString action;
    ValueInterval interval;
    TermVector context;
    /// The sentence places the figure before the event ("the previous record of 537").
    bool earlier = false;
};

/// Where a figure stands in a partitive: "72" is the part and "550" the total of
/// "72 out of the 550 drones launched by Russia evaded air defences".
enum class PartitiveRole { None, Part, Total };

class SignatureBuilder
{
public:
    explicit SignatureBuilder(const QList<Article> &articles)
        : m_articles(articles)
    { }

    QList<Signature> build(const QList<Extraction> &extractions)
    {
        QList<Signature> signatures;
        QList<QList<std::pair<int, float>>> contexts;
        for (int a = 0; a < extractions.size() && a < m_articles.size(); ++a) {
            ClaimContext context(m_articles[a].text);
            const QList<Figure> &figures = extractions[a].figures;
            const QHash<qsizetype, qsizetype> totals = partitiveTotals(m_articles[a].text, figures);
            QSet<qsizetype> totalIndexes;
            for (qsizetype total : totals) {
                totalIndexes.insert(total);
            }
            QSet<int> seenInArticle;
            for (int i = 0; i < figures.size(); ++i) {
                const Figure &figure = figures[i];
                Signature signature;
                signature.ref = {a, i};
                signature.figure = &figure;
                signature.noun = nounOf(figure);
                signature.interval = ValueInterval::of(figure);
                const QList<ContextWord> words
                    = contentWords(context.wordsAround(figure.range, ContextReach * 2));
                const PartitiveRole role = totals.contains(i) ? PartitiveRole::Part
                    : totalIndexes.contains(i)                ? PartitiveRole::Total
                                                              : PartitiveRole::None;
                signature.action = actionOf(figure, words, role);
                if (figure.kind != FigureKind::Count && figure.kind != FigureKind::Money) {
                    // "wounded in the attack, which lasted 13 hours": an action near a
                    // duration or a measure is rarely what it measures.
                    signature.action = actionOf(figure, {}, role);
                }
                QList<std::pair<int, float>> terms;
                for (const ContextWord &word : words) {
                    if (std::abs(word.distance) > ContextReach) {
                        continue;
                    }
                    // "the previous record of 537", "five days ago, when Russia fired 537", "537
                    // drones a week ago"; not "539 drones, surpassing the previous record".
                    const bool describesFigure = word.distance < 0
                        ? -word.distance <= ActionReach
                        : word.distance <= 3 && !word.acrossClause;
                    if (describesFigure && m_vocabulary.isPastMarker(word.text)) {
                        signature.earlier = true;
                    }
                    const int id = termId(m_vocabulary.stem(word.text));
                    terms.append({id, float(1.0 / (1.0 + std::abs(word.distance) / 4.0))});
                    if (!seenInArticle.contains(id)) {
                        seenInArticle.insert(id);
                        ++m_documentFrequency[id];
                    }
                }
                contexts.append(terms);
                signatures.append(signature);
            }
        }
        // TF-IDF: words every article uses around its figures ("Russia") say little.
        const double articleCount = m_articles.size();
        for (qsizetype s = 0; s < signatures.size(); ++s) {
            for (auto &[id, weight] : contexts[s]) {
                weight *= float(std::log((articleCount + 1) / (m_documentFrequency[id] + 0.5)));
            }
            signatures[s].context.assign(contexts[s]);
        }
        return signatures;
    }

private:
    /// The words that carry meaning, renumbered so "at least 23 people" has "people" at 1.
    QList<ContextWord> contentWords(const QList<ContextWord> &words) const
    {
        QList<ContextWord> content;
        int before = 0;
        int after = 0;
        for (const ContextWord &word : words) {
            if (m_vocabulary.isStopWord(word.text) || word.text.front().isDigit()) {
                continue;
            }
            content.append({word.text, word.distance < 0 ? -++before : ++after, word.acrossClause});
        }
        return content;
    }

    QString nounOf(const Figure &figure)
    {
        if (figure.kind != FigureKind::Count || figure.counted.isEmpty()) {
            return figure.unit.isEmpty() ? QString() : m_vocabulary.nounClass(figure.unit);
        }
        // The head of "drones and missiles" is its first noun; of "air weapons" its last.
        QStringView counted = figure.counted;
        const qsizetype conjunction = counted.indexOf(QLatin1String(" and "));
        if (conjunction > 0) {
            counted = counted.first(conjunction);
        }
        const qsizetype space = counted.lastIndexOf(QLatin1Char(' '));
        return m_vocabulary.nounClass(counted.mid(space + 1));
    }

    QString actionOf(const Figure &figure, const QList<ContextWord> &words, PartitiveRole role)
    {
        // The extractor's concept names the action after the counted noun ("drones launched").
        // In a partitive that verb belongs to the total. The part's own verb stands right
        // before it ("intercepted 476 out of 539") or is the sentence's main verb further on
        // ("72 out of the 550 drones launched by Russia evaded air defences"); the verb
        // before the part is not the total's.
        if (role != PartitiveRole::Part) {
            const QStringView conceptName = figure.conceptName;
            const qsizetype after
                = conceptName.startsWith(figure.counted) ? figure.counted.size() : 0;
            const QList<QStringView> words
                = conceptName.mid(after).split(QLatin1Char(' '), Qt::SkipEmptyParts);
            for (QStringView word : words) {
                const QString action = m_vocabulary.actionClass(word);
                if (!action.isEmpty()) {
                    return action;
                }
            }
            // A verb the table does not know ("homes flooded") still names an action; it
            // agrees with itself and contradicts nothing.
            if (!words.isEmpty() && role == PartitiveRole::None) {
                return OpenAction + m_vocabulary.stem(words.first());
            }
        }
        QString chosen;
        int chosenDistance = 0;
        for (const ContextWord &word : words) {
            const int distance = std::abs(word.distance);
            if (role == PartitiveRole::Total && word.distance < 0) {
                continue;
            }
            // "11 missiles, injuring 23 people": the clause after a comma is about the event.
            if (word.distance > 0 && word.acrossClause) {
                continue;
            }
            if (distance > (role == PartitiveRole::Part ? ContextReach : ActionReach)) {
                continue;
            }
            const QString action = m_vocabulary.actionClass(word.text);
            if (action.isEmpty()) {
                continue;
            }
            bool better = false;
            if (role == PartitiveRole::Part) {
                // A verb right before the part wins; else the furthest verb after it.
                better = word.distance < 0 ? word.distance >= -2 && chosenDistance >= 0
                                           : chosenDistance >= 0 && word.distance > chosenDistance;
            } else {
                better = chosen.isEmpty() || distance < std::abs(chosenDistance)
                    || (distance == std::abs(chosenDistance) && word.distance > 0);
            }
            if (better) {
                chosen = action;
                chosenDistance = word.distance;
            }
        }
        return chosen;
    }

    int termId(const QString &stem)
    {
        const auto it = m_terms.constFind(stem);
        if (it != m_terms.cend()) {
            return *it;
        }
        const int id = int(m_terms.size());
        m_terms.insert(stem, id);
        m_documentFrequency.append(0);
        return id;
    }

    const QList<Article> &m_articles;
    LinkVocabulary m_vocabulary;
    QHash<QString, int> m_terms;
    QList<int> m_documentFrequency;
};

bool sameValue(const Figure &x, const Figure &y)
{
    return x.value == y.value && x.valueHigh == y.valueHigh;
}

/// Both figures count one casualty toll ("people injured"), whose value rises as reports come
/// in: "injured 14" in a live blog's first entry and "at least 23" later are one fact told
/// at two times, which the agreement rules then judge.
bool sameToll(const Signature &x, const Signature &y)
{
    return !x.noun.isEmpty() && x.noun == y.noun && x.action == y.action
        && LinkVocabulary::isToll(x.action);
}

/// How likely two figures of different articles state the same fact, in [0, 1], given the
/// cosine of their contexts.
double pairScore(const Signature &x, const Signature &y, double contextSimilarity)
{
    const Figure &fx = *x.figure;
    const Figure &fy = *y.figure;
    const bool sameNoun = !x.noun.isEmpty() && x.noun == y.noun;
    const bool equalValues = sameValue(fx, fy);
    const bool bothActions = !x.action.isEmpty() && !y.action.isEmpty();
    const double ratio
        = std::max(fx.value, fy.value) / std::max(1e-9, std::min(fx.value, fy.value));
    // "intercepted 476 drones" and "intercepted 478 air weapons": one action, near large values.
    const bool sameActionNearValue = bothActions && x.action == y.action && ratio <= 1.05
        && std::min(fx.value, fy.value) >= DistinctiveValue;
    if (!sameNoun && !(equalValues && fx.value >= DistinctiveValue) && !sameActionNearValue) {
        return 0;
    }
    double score = sameNoun ? 0.35 : sameActionNearValue ? 0.25 : 0.15;
    if (bothActions) {
        const bool open = x.action.startsWith(OpenAction) || y.action.startsWith(OpenAction);
        score += x.action == y.action ? 0.25 : open ? 0.05 : -0.35;
    } else if (!x.action.isEmpty() || !y.action.isEmpty()) {
        score += 0.05; // one sentence does not say; that is no contradiction
    }
    // An open interval ("at least 23") meets any larger number; only a near one counts.
    if (equalValues) {
        score += 0.25;
    } else if (ratio <= 2 && x.interval.intersects(y.interval)) {
        score += 0.15;
    } else {
        // Near values ("539" and "550") may be one fact the sources disagree on; so may two
        // counts of a toll.
        const bool near = ratio <= 1.5 || (ratio <= 2 && sameToll(x, y));
        score += ratio <= 1.1 ? 0.0 : near ? -0.1 : -0.3;
    }
    if (x.earlier != y.earlier) {
        score -= 0.3;
    }
    score += 0.35 * contextSimilarity;
    return std::clamp(score, 0.0, 1.0);
}

/// The kinds compared with each other: "its third year" is a duration told as an ordinal.
FigureKind blockKind(FigureKind kind)
{
    return kind == FigureKind::Ordinal ? FigureKind::Duration : kind;
}

/// What the figures of a block share: a noun class and a value band, an action and a narrow
/// value band, or a value.
struct BlockKey
{
    enum Type { Noun, Action, Value } type;
    FigureKind kind;
    QStringView word;
    double number;
    friend bool operator==(const BlockKey &x, const BlockKey &y)
    {
        return x.type == y.type && x.kind == y.kind && x.word == y.word && x.number == y.number;
    }
    friend size_t qHash(const BlockKey &key, size_t seed = 0)
    {
        return qHashMulti(seed, int(key.type), int(key.kind), key.word, key.number);
    }
};

/// Two members of one article may share a fact only when they repeat one claim, or give a
/// toll at two times (a live blog's entries).
bool mayShareArticle(const Signature &x, const Signature &y)
{
    return x.interval.intersects(y.interval) || sameToll(x, y);
}

/// Figures that only their contexts tell apart: one kind, noun class, action, value,
/// qualifier and time. Every pair of them scores alike but for the context, and two of them
/// in one article repeat one claim, so they are clustered as one weighted node.
struct Identity
{
    FigureKind kind;
    Qualifier qualifier;
    bool earlier;
    double value;
    std::optional<double> valueHigh;
    QStringView noun;
    QStringView action;

    explicit Identity(const Signature &signature)
        : kind(signature.figure->kind)
        , qualifier(signature.figure->qualifier)
        , earlier(signature.earlier)
        , value(signature.figure->value)
        , valueHigh(signature.figure->valueHigh)
        , noun(signature.noun)
        , action(signature.action)
    { }
    friend bool operator==(const Identity &, const Identity &) = default;
    friend size_t qHash(const Identity &identity, size_t seed = 0)
    {
        return qHashMulti(seed, int(identity.kind), int(identity.qualifier), identity.earlier,
            identity.value, identity.valueHigh.value_or(-1), identity.noun, identity.action);
    }
};

/// Identical figures of the run (see Identity), clustered as one.
struct Node
{
    /// The members, indexes into the signatures, in the order of the run.
    QList<int> members;
    /// The mean direction of the members' contexts.
    TermVector context;
};

QList<Node> collapse(const QList<Signature> &signatures)
{
    QList<Node> nodes;
    QHash<Identity, int> byIdentity;
    for (int s = 0; s < signatures.size(); ++s) {
        const Identity key(signatures[s]);
        auto it = byIdentity.find(key);
        if (it == byIdentity.end()) {
            it = byIdentity.insert(key, int(nodes.size()));
            nodes.append(Node {});
        }
        nodes[*it].members.append(s);
    }
    for (Node &node : nodes) {
        QList<const TermVector *> contexts;
        for (int s : std::as_const(node.members)) {
            contexts.append(&signatures[s].context);
        }
        node.context = TermVector::meanDirection(contexts);
    }
    return nodes;
}

} // namespace

QList<ClaimGroup> FigureLinker::link(
    const QList<Article> &articles, const QList<Extraction> &extractions)
{
    SignatureBuilder builder(articles);
    const QList<Signature> signatures = builder.build(extractions);
    const QList<Node> nodes = collapse(signatures);
    // What a node's members have in common, read from its first.
    const auto head
        = [&](int node) -> const Signature & { return signatures[nodes[node].members.first()]; };

    // Blocks of nodes: figures of one kind sharing a noun class and a value band (values more than
    // twice apart score too low to link), an action and a narrow band, or a distinctive value.
    // Each figure also joins the band below its own, so every pair within the ratio meets.
    QHash<BlockKey, QList<int>> blocks;
    const auto band = [](double value, double ratio) {
        return int(std::floor(std::log(std::max(value, 1e-9)) / std::log(ratio)));
    };
    for (int s = 0; s < nodes.size(); ++s) {
        const Signature &signature = head(s);
        const FigureKind kind = blockKind(signature.figure->kind);
        const double value = signature.figure->value;
        if (!signature.noun.isEmpty()) {
            const int own = band(value, 2);
            for (int b : {own, own - 1}) {
                blocks[{BlockKey::Noun, kind, signature.noun, double(b)}].append(s);
            }
        }
        if (value >= DistinctiveValue) {
            blocks[{BlockKey::Value, kind, {}, value}].append(s);
            if (!signature.action.isEmpty()) {
                const int own = band(value, 1.05);
                for (int b : {own, own - 1}) {
                    blocks[{BlockKey::Action, kind, signature.action, double(b)}].append(s);
                }
            }
        }
    }
    // A block too large to compare all its pairs is split by action, then by a narrower
    // value band; figures without an action then meet only each other.
    QList<QList<int>> splitBlocks;
    for (auto it = blocks.cbegin(); it != blocks.cend(); ++it) {
        if (it->size() <= LargestBlock) {
            splitBlocks.append(*it);
            continue;
        }
        QHash<QString, QList<int>> byAction;
        for (int s : *it) {
            byAction[head(s).action].append(s);
        }
        for (const QList<int> &block : std::as_const(byAction)) {
            if (block.size() <= LargestBlock) {
                splitBlocks.append(block);
                continue;
            }
            QHash<int, QList<int>> byBand;
            for (int s : block) {
                const int own = band(head(s).figure->value, 1.1);
                byBand[own].append(s);
                byBand[own - 1].append(s);
            }
            for (const QList<int> &narrow : std::as_const(byBand)) {
                splitBlocks.append(narrow);
            }
        }
    }

    QList<QList<int>> articlesOfNode;
    for (const Node &node : nodes) {
        QList<int> articles;
        for (int s : node.members) {
            articles.append(signatures[s].ref.article);
        }
        articlesOfNode.append(articles);
    }
    Agglomerator agglomerator(articlesOfNode);
    // Two nodes score as their members would but for the context, where the mean cosine over
    // their member pairs stands in for each pair's (the clamp to [0, 1] then applies to the
    // mean); for single figures it is the pair's own score.
    const auto score = [&](int a, int b) {
        const Signature &x = head(a);
        const Signature &y = head(b);
        const double context = nodes[a].context.dot(nodes[b].context);
        const double value = pairScore(x, y, context);
        qCDebug(lcFigureLinks) << x.figure->id << y.figure->id << x.noun << x.action << y.noun
                               << y.action << "context" << context << "score" << value;
        return value;
    };
    for (const QList<int> &block : std::as_const(splitBlocks)) {
        for (qsizetype i = 0; i < block.size(); ++i) {
            for (qsizetype j = i + 1; j < block.size(); ++j) {
                agglomerator.offerPair(block[i], block[j], score);
            }
        }
    }
    const auto mayShareGroup = [&](int a, int b) { return mayShareArticle(head(a), head(b)); };

    QList<ClaimGroup> groups;
    for (const QList<int> &cluster : agglomerator.runAcrossGroups(Threshold, mayShareGroup)) {
        QList<int> members;
        for (int n : cluster) {
            members.append(nodes[n].members);
        }
        std::sort(members.begin(), members.end());
        ClaimGroup group;
        for (int s : std::as_const(members)) {
            group.append(signatures[s].ref);
        }
        groups.append(group);
    }
    return groups;
}

} // namespace factbench
