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
    QList<QStringList> words;
    for (const QuoteMember &member : members) {
        sources.insert(member.article);
        words.append(quoteWords(member.text));
    }
    if (sources.size() < 2) {
        verdict.reason = tr("one source");
        return verdict;
    }
    // The maximal quotes: those no other member contains. One wording leaves one of them.
    QList<QStringList> maximal;
    for (qsizetype i = 0; i < words.size(); ++i) {
        bool contained = false;
        for (qsizetype j = 0; j < words.size() && !contained; ++j) {
            contained
                = j != i && words[j].size() > words[i].size() && containsWords(words[j], words[i]);
        }
        if (!contained && !maximal.contains(words[i])) {
            maximal.append(words[i]);
        }
    }
    if (maximal.size() == 1) {
        const bool allEqual = std::all_of(words.cbegin(), words.cend(),
            [&](const QStringList &w) { return w == maximal.first(); });
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
