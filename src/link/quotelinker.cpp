#include "quotelinker.h"

#include "agglomerator.h"
#include "linkvocabulary.h"
#include "quotewords.h"

#include <QHash>
#include <QLoggingCategory>

#include <rapidfuzz/fuzz.hpp>

#include <string>

Q_LOGGING_CATEGORY(lcQuoteLinks, "factbench.link.quotes", QtWarningMsg)

namespace factbench {

namespace {

/// A word shared by more distinct quotes than this does not make them candidates (it is
/// common).
constexpr qsizetype LongestPosting = 300;
/// Quotes sharing a word this rare meet each other.
constexpr qsizetype RarePosting = 10;
/// Beyond rare words, a quote meets the quotes sharing one of its this many rarest words: two
/// versions of one statement share most of their words, so they share a rare one, while two
/// statements that merely both say "Russia" do not cost a comparison.
constexpr qsizetype RarestWords = 3;
/// How many characters of the reporter's words may stand between a quote and the same
/// speaker's next quote that continues it (".” He added, “").
constexpr qsizetype LongestContinuationGap = 40;
/// What naming different speakers costs two otherwise similar quotes.
constexpr double OtherSpeakerCost = 0.25;
/// What one quote without a speaker costs.
constexpr double UnknownSpeakerCost = 0.05;
/// What naming one speaker adds: translations of one statement share few letters
/// ("deliberately massive and cynical", "demonstratively significant and cynical").
constexpr double SameSpeakerGain = 0.1;

struct Signature
{
    ClaimRef ref;
    QString speaker;
    QStringList words;
    std::u16string joined;
    /// The stems of the words that carry meaning, as ids, sorted and distinct.
    QList<int> contentStems;
};

std::u16string joinWords(const QString &joined)
{
    return std::u16string(reinterpret_cast<const char16_t *>(joined.utf16()), joined.size());
}

double wordSimilarity(const Signature &x, const Signature &y, qsizetype sharedContent)
{
    // A quote of words that carry no meaning ("No.") matches nothing by its words, not even
    // its repetition; it joins a fact only through the quote that continues it.
    if (x.contentStems.isEmpty() || y.contentStems.isEmpty()) {
        return 0;
    }
    if (x.words == y.words) {
        return 1;
    }
    // One word says too little to be matched to anything but a quote that holds it
    // ("disappointed" in "I'm very disappointed"), and not even that when it is a word like "No".
    if (x.words.size() < 2 || y.words.size() < 2) {
        const Signature &single = x.words.size() < 2 ? x : y;
        const Signature &other = &single == &x ? y : x;
        return sharedContent >= 1 && other.words.contains(single.words.first()) ? 0.9 : 0;
    }
    const Signature &shorter = x.joined.size() <= y.joined.size() ? x : y;
    const Signature &longer = &shorter == &x ? y : x;
    // A cut of the longer quote is a perfect partial match; no need to look letter by letter.
    if (containsWords(longer.words, shorter.words)) {
        return 1;
    }
    double score = rapidfuzz::fuzz::partial_ratio(shorter.joined, longer.joined);
    // The token-set ratio calls any subset a perfect match, so it needs two shared words that
    // carry meaning ("root causes"), not just "the war".
    if (sharedContent >= 2) {
        score = std::max(score, rapidfuzz::fuzz::token_set_ratio(shorter.joined, longer.joined));
    }
    return score / 100.0;
}

qsizetype sharedStems(const Signature &x, const Signature &y)
{
    qsizetype shared = 0;
    auto i = x.contentStems.cbegin();
    auto j = y.contentStems.cbegin();
    while (i != x.contentStems.cend() && j != y.contentStems.cend()) {
        if (*i < *j) {
            ++i;
        } else if (*j < *i) {
            ++j;
        } else {
            ++shared;
            ++i;
            ++j;
        }
    }
    return shared;
}

/// Whether two quotes that share a word share enough to be compared letter by letter: two
/// words, or, from one speaker, one that is a third of the shorter quote's (two translations,
/// "deliberately massive and cynical" and "demonstratively significant and cynical"). One
/// word of many in common is chance, and so is one word of two people. Quotes of two named
/// people reach the threshold only with nearly the same words (OtherSpeakerCost), so they
/// must share half the shorter one's.
bool enoughInCommon(const Signature &x, const Signature &y)
{
    const qsizetype shared = sharedStems(x, y);
    const qsizetype fewer = std::min(x.contentStems.size(), y.contentStems.size());
    if (!x.speaker.isEmpty() && !y.speaker.isEmpty() && x.speaker != y.speaker) {
        return shared >= 1 && shared * 2 >= fewer;
    }
    return shared >= 2 || (x.speaker == y.speaker && shared * 3 >= fewer);
}

double pairScore(const Signature &x, const Signature &y)
{
    double score = wordSimilarity(x, y, sharedStems(x, y));
    if (!x.speaker.isEmpty() && !y.speaker.isEmpty()) {
        score += x.speaker == y.speaker ? SameSpeakerGain : -OtherSpeakerCost;
    } else if (x.speaker.isEmpty() != y.speaker.isEmpty()) {
        score -= UnknownSpeakerCost;
    }
    return std::max(0.0, score);
}

/// The cluster of each of `items` items, -1 for those in none.
QList<int> clusterIndex(const QList<QList<int>> &clusters, qsizetype items)
{
    QList<int> clusterOf(items, -1);
    for (int c = 0; c < clusters.size(); ++c) {
        for (int item : clusters[c]) {
            clusterOf[item] = c;
        }
    }
    return clusterOf;
}

/// A scored pair of quotes where the shorter (`part`) may be a cut of the longer (`whole`).
struct Fragment
{
    int part;
    int whole;
    double score;
};

/// A quote left out of every fact that is a cut of a quote in one ("truly large-scale
/// pressure" of "without really large-scale pressure, Russia will not change its stupid,
/// destructive behaviour") joins that fact. Average linkage left it out because the fact's other
/// members are other cuts of the statement that share none of its words, which says nothing
/// against it. Of several such facts, the one of the best-scoring longer quote is taken.
void joinFragments(QList<QList<int>> &clusters, const QList<Fragment> &fragments, qsizetype items)
{
    const QList<int> clusterOf = clusterIndex(clusters, items);
    QList<const Fragment *> best(items, nullptr);
    for (const Fragment &fragment : fragments) {
        const int item = fragment.part;
        if (clusterOf[item] < 0 && clusterOf[fragment.whole] >= 0
            && (!best[item] || fragment.score > best[item]->score)) {
            best[item] = &fragment;
        }
    }
    for (int item = 0; item < items; ++item) {
        if (best[item]) {
            QList<int> &cluster = clusters[clusterOf[best[item]->whole]];
            cluster.insert(std::lower_bound(cluster.begin(), cluster.end(), item), item);
        }
    }
}

/// The next quote of an article continues `quote` when the same speaker says it right after,
/// in the same paragraph: the reporter's words between are only "He added,".
bool continuedBy(const QString &text, const Quote &quote, const Quote &next)
{
    if (quote.speaker.isEmpty() || next.speaker != quote.speaker
        || next.range.start < quote.range.end
        || next.range.start - quote.range.end > LongestContinuationGap) {
        return false;
    }
    return !QStringView(text)
                .sliced(quote.range.end, next.range.start - quote.range.end)
                .contains(QLatin1Char('\n'));
}

/// A quote with no word that carries meaning ("No.") cannot be matched by its words. When the
/// same speaker's next quote continues it (Trump said firmly: "No." He added, "I didn't make
/// any progress with him today at all."), the two are one statement, and the short one joins
/// the fact of its continuation.
void joinContinuations(QList<QList<int>> &clusters, const QList<Signature> &signatures,
    const QList<QList<ClaimRef>> &members, const QList<Article> &articles,
    const QList<Extraction> &extractions)
{
    QList<int> clusterOf = clusterIndex(clusters, signatures.size());
    QHash<std::pair<int, int>, int> nodeOf;
    for (int node = 0; node < members.size(); ++node) {
        for (const ClaimRef &ref : members[node]) {
            nodeOf.insert({ref.article, ref.index}, node);
        }
    }
    for (int node = 0; node < signatures.size(); ++node) {
        if (clusterOf[node] >= 0 || !signatures[node].contentStems.isEmpty()) {
            continue;
        }
        for (const ClaimRef &ref : members[node]) {
            const QList<Quote> &quotes = extractions[ref.article].quotes;
            if (ref.index + 1 >= quotes.size()
                || !continuedBy(
                    articles[ref.article].text, quotes[ref.index], quotes[ref.index + 1])) {
                continue;
            }
            const int cluster = clusterOf[nodeOf.value({ref.article, ref.index + 1})];
            if (cluster >= 0) {
                QList<int> &joined = clusters[cluster];
                joined.insert(std::lower_bound(joined.begin(), joined.end(), node), node);
                clusterOf[node] = cluster;
                break;
            }
        }
    }
}

} // namespace

QList<ClaimGroup> QuoteLinker::link(
    const QList<Article> &articles, const QList<Extraction> &extractions)
{
    // Quotes with one speaker and the same words score alike against every other quote, so
    // each such set is one node of the clustering, weighted by its members.
    LinkVocabulary vocabulary;
    QList<Signature> signatures;
    QList<QList<ClaimRef>> members;
    QHash<QString, int> byIdentity;
    QHash<QString, int> stemIds;
    QList<QList<int>> postings;
    QHash<QString, QList<int>> exactPostings;
    for (int a = 0; a < extractions.size() && a < articles.size(); ++a) {
        const QList<Quote> &quotes = extractions[a].quotes;
        for (int i = 0; i < quotes.size(); ++i) {
            const QStringList words = quoteWords(quotes[i].text);
            const QString joined = words.join(QLatin1Char(' '));
            // Quotes without a word that carries meaning ("No.") are not collapsed: each is
            // read with the quote that continues it in its own article.
            const bool contentless = std::all_of(words.cbegin(), words.cend(),
                [&vocabulary](const QString &word) { return vocabulary.isStopWord(word); });
            const QString identity = quotes[i].speaker + QLatin1Char('|') + joined;
            const auto known = contentless ? byIdentity.cend() : byIdentity.constFind(identity);
            if (known != byIdentity.cend()) {
                members[*known].append(ClaimRef {a, i});
                continue;
            }
            const int index = int(signatures.size());
            byIdentity.insert(identity, index);
            members.append(QList<ClaimRef> {ClaimRef {a, i}});
            Signature signature;
            signature.ref = {a, i};
            // An agency relays someone's words: its quote is compared as one without a speaker.
            if (!LinkVocabulary::isNewsAgency(quotes[i].speaker)) {
                signature.speaker = quotes[i].speaker;
            }
            signature.words = words;
            signature.joined = joinWords(joined);
            for (const QString &word : words) {
                if (vocabulary.isStopWord(word)) {
                    continue;
                }
                const QString stem = vocabulary.stem(word);
                int id = stemIds.value(stem, -1);
                if (id < 0) {
                    id = int(postings.size());
                    stemIds.insert(stem, id);
                    postings.append(QList<int> {});
                }
                signature.contentStems.append(id);
            }
            std::sort(signature.contentStems.begin(), signature.contentStems.end());
            signature.contentStems.erase(
                std::unique(signature.contentStems.begin(), signature.contentStems.end()),
                signature.contentStems.end());
            for (int stem : std::as_const(signature.contentStems)) {
                postings[stem].append(index);
            }
            // Quotes too short for a content word ("no progress" has one) still meet the
            // quotes that repeat them word for word.
            exactPostings[joined].append(index);
            signatures.append(signature);
        }
    }

    QList<QList<int>> articlesOfNode;
    for (const QList<ClaimRef> &refs : std::as_const(members)) {
        QList<int> articles;
        for (const ClaimRef &ref : refs) {
            articles.append(ref.article);
        }
        articlesOfNode.append(articles);
    }
    Agglomerator agglomerator(articlesOfNode);
    // The pairs that reach the threshold where the shorter quote is a cut of the longer one.
    QList<Fragment> fragments;
    const auto score = [&signatures, &fragments](int a, int b) {
        const Signature &x = signatures[a];
        const Signature &y = signatures[b];
        const double value = pairScore(x, y);
        qCDebug(lcQuoteLinks) << x.ref.article << x.ref.index << y.ref.article << y.ref.index
                              << x.speaker << y.speaker << "score" << value;
        if (value >= Threshold && x.joined.size() != y.joined.size()) {
            const bool xShorter = x.joined.size() < y.joined.size();
            fragments.append({xShorter ? a : b, xShorter ? b : a, value});
        }
        return value;
    };
    for (int x = 0; x < signatures.size(); ++x) {
        QList<std::pair<qsizetype, int>> byRarity;
        for (int stem : std::as_const(signatures[x].contentStems)) {
            byRarity.append({postings[stem].size(), stem});
        }
        std::sort(byRarity.begin(), byRarity.end());
        for (qsizetype k = 0; k < byRarity.size(); ++k) {
            const auto &[size, stem] = byRarity[k];
            if (size > LongestPosting || (size > RarePosting && k >= RarestWords)) {
                break;
            }
            for (int y : std::as_const(postings[stem])) {
                if (y != x && enoughInCommon(signatures[x], signatures[y])) {
                    agglomerator.offerPair(x, y, score);
                }
            }
        }
    }
    for (auto it = exactPostings.cbegin(); it != exactPostings.cend(); ++it) {
        if (it->size() > LongestPosting) {
            continue;
        }
        for (qsizetype i = 0; i < it->size(); ++i) {
            for (qsizetype j = i + 1; j < it->size(); ++j) {
                agglomerator.offerPair(it->at(i), it->at(j), score);
            }
        }
    }

    QList<QList<int>> clusters = agglomerator.runAcrossGroups(Threshold);
    joinFragments(clusters, fragments, signatures.size());
    joinContinuations(clusters, signatures, members, articles, extractions);

    QList<ClaimGroup> groups;
    for (const QList<int> &cluster : std::as_const(clusters)) {
        ClaimGroup group;
        for (int s : cluster) {
            group.append(members[s]);
        }
        std::sort(group.begin(), group.end(), [](const ClaimRef &x, const ClaimRef &y) {
            return std::pair(x.article, x.index) < std::pair(y.article, y.index);
        });
        groups.append(group);
    }
    return groups;
}

} // namespace factbench
