#include "quoteagreement.h"

#include "quotewords.h"

#include <QCoreApplication>
#include <QSet>

namespace factbench {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("QuoteAgreement", text);
}

QString quoted(const QStringList &words)
{
    constexpr qsizetype Shown = 8;
    QString text = words.mid(0, Shown).join(QLatin1Char(' '));
    if (words.size() > Shown) {
        text += QStringLiteral(" …");
    }
    return QStringLiteral("“%1”").arg(text);
}

} // namespace

QuoteVerdict QuoteAgreement::judge(const QList<QuoteMember> &members)
{
    QuoteVerdict verdict;
    QSet<int> sources;
    // A fact of many sources repeats a few wordings: each is compared once.
    QList<QStringList> wordings;
    QSet<QString> seen;
    for (const QuoteMember &member : members) {
        sources.insert(member.article);
        const QStringList words = quoteWords(member.text);
        if (!seen.contains(words.join(QLatin1Char(' ')))) {
            seen.insert(words.join(QLatin1Char(' ')));
            wordings.append(words);
        }
    }
    if (sources.size() < 2) {
        verdict.reason = tr("one source");
        return verdict;
    }
    // The maximal quotes: those no other member contains. One wording leaves one of them.
    QList<QStringList> maximal;
    for (qsizetype i = 0; i < wordings.size(); ++i) {
        bool contained = false;
        for (qsizetype j = 0; j < wordings.size() && !contained; ++j) {
            contained = j != i && wordings[j].size() > wordings[i].size()
                && containsWords(wordings[j], wordings[i]);
        }
        if (!contained) {
            maximal.append(wordings[i]);
        }
    }
    if (maximal.size() == 1) {
        const bool allEqual = wordings.size() == 1;
        verdict.agreement = allEqual ? Agreement::Equal : Agreement::Truncated;
        verdict.reason = allEqual
            ? tr("the same words in %1 sources").arg(sources.size())
            : tr("shorter quotes are cuts of %1").arg(quoted(maximal.first()));
        return verdict;
    }
    verdict.agreement = Agreement::Divergent;
    verdict.divergent = true;
    const QString diff = wordDiff(maximal[0], maximal[1]);
    verdict.reason = tr("%1 vs %2").arg(quoted(maximal[0]), quoted(maximal[1]));
    if (!diff.isEmpty()) {
        verdict.reason += QStringLiteral(": ") + diff;
    }
    return verdict;
}

} // namespace factbench
