#include "quotelinker.h"

#include "agglomerator.h"
#include "linkvocabulary.h"
#include "quotewords.h"

#include <QHash>
#include <QLoggingCategory>
#include <QSet>

#include <rapidfuzz/fuzz.hpp>

#include <string>

Q_LOGGING_CATEGORY(lcQuoteLinks, "factbench.link.quotes", QtWarningMsg)

namespace factbench {

namespace {

/// A word shared by more quotes than this does not make them candidates (it is common).
constexpr qsizetype LongestPosting = 300;
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
    QSet<QString> contentStems;
};

std::u16string joinWords(const QStringList &words)
{
    const QString joined = words.join(QLatin1Char(' '));
    return std::u16string(reinterpret_cast<const char16_t *>(joined.utf16()), joined.size());
}

double wordSimilarity(const Signature &x, const Signature &y, qsizetype sharedContent)
{
    if (x.words.isEmpty() || y.words.isEmpty()) {
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
    double score = rapidfuzz::fuzz::partial_ratio(shorter.joined, longer.joined);
    // The token-set ratio calls any subset a perfect match, so it needs two shared words that
    // carry meaning ("root causes"), not just "the war".
    if (sharedContent >= 2) {
        score = std::max(score, rapidfuzz::fuzz::token_set_ratio(shorter.joined, longer.joined));
    }
    return score / 100.0;
}

double pairScore(const Signature &x, const Signature &y)
{
    qsizetype shared = 0;
    for (const QString &stem : x.contentStems) {
        shared += y.contentStems.contains(stem);
    }
    double score = wordSimilarity(x, y, shared);
    if (!x.speaker.isEmpty() && !y.speaker.isEmpty()) {
        score += x.speaker == y.speaker ? SameSpeakerGain : -OtherSpeakerCost;
    } else if (x.speaker.isEmpty() != y.speaker.isEmpty()) {
        score -= UnknownSpeakerCost;
    }
    return std::max(0.0, score);
}

} // namespace

double QuoteLinker::similarity(const QString &a, const QString &b)
{
    Signature x;
    Signature y;
    x.words = quoteWords(a);
    y.words = quoteWords(b);
    x.joined = joinWords(x.words);
    y.joined = joinWords(y.words);
    return wordSimilarity(x, y, 2);
}

QList<ClaimGroup> QuoteLinker::link(
    const QList<Article> &articles, const QList<Extraction> &extractions)
{
    LinkVocabulary vocabulary;
    QList<Signature> signatures;
    QHash<QString, QList<int>> postings;
    for (int a = 0; a < extractions.size() && a < articles.size(); ++a) {
        const QList<Quote> &quotes = extractions[a].quotes;
        for (int i = 0; i < quotes.size(); ++i) {
            Signature signature;
            signature.ref = {a, i};
            signature.speaker = quotes[i].speaker;
            signature.words = quoteWords(quotes[i].text);
            signature.joined = joinWords(signature.words);
            for (const QString &word : std::as_const(signature.words)) {
                if (!vocabulary.isStopWord(word)) {
                    signature.contentStems.insert(vocabulary.stem(word));
                }
            }
            const int index = int(signatures.size());
            for (const QString &stem : std::as_const(signature.contentStems)) {
                postings[stem].append(index);
            }
            // Quotes too short for a content word ("no progress" has one) still meet the
            // quotes that repeat them word for word.
            postings[QStringLiteral("=") + signature.words.join(QLatin1Char(' '))].append(index);
            signatures.append(signature);
        }
    }

    QList<int> articleOfItem;
    for (const Signature &signature : std::as_const(signatures)) {
        articleOfItem.append(signature.ref.article);
    }
    Agglomerator agglomerator(articleOfItem);
    const auto score = [&signatures](int a, int b) {
        const Signature &x = signatures[a];
        const Signature &y = signatures[b];
        const double value = pairScore(x, y);
        qCDebug(lcQuoteLinks) << x.ref.article << x.ref.index << y.ref.article << y.ref.index
                              << x.speaker << y.speaker << "score" << value;
        return value;
    };
    for (const QList<int> &posting : std::as_const(postings)) {
        if (posting.size() > LongestPosting) {
            continue;
        }
        for (qsizetype i = 0; i < posting.size(); ++i) {
            for (qsizetype j = i + 1; j < posting.size(); ++j) {
                agglomerator.offerPair(posting[i], posting[j], score);
            }
        }
    }

    QList<ClaimGroup> groups;
    for (const QList<int> &cluster : agglomerator.runAcrossGroups(Threshold)) {
        ClaimGroup group;
        for (int s : cluster) {
            group.append(signatures[s].ref);
        }
        groups.append(group);
    }
    return groups;
}

} // namespace factbench
