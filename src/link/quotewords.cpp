#include "quotewords.h"

#include <QList>

#include <algorithm>

namespace factbench {

QStringList quoteWords(QStringView text)
{
    // Each word is cut out of the text whole rather than built letter by letter: a run links
    // tens of thousands of quotes.
    QStringList words;
    const auto isApostrophe = [](QChar c) { return c == QLatin1Char('\'') || c == QChar(0x2019); };
    const auto flush = [&](qsizetype start, qsizetype end) {
        while (end > start && isApostrophe(text[end - 1])) {
            --end;
        }
        if (end > start) {
            QString word = text.sliced(start, end - start).toString().toLower();
            word.replace(QChar(0x2019), QLatin1Char('\''));
            words.append(word);
        }
    };
    qsizetype start = -1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isLetterOrNumber()) {
            if (start < 0) {
                start = i;
            }
        } else if (start >= 0 && (isApostrophe(c) || c == QLatin1Char('-'))) {
            continue; // "don't", "large-scale" are one word
        } else if (start >= 0) {
            flush(start, i);
            start = -1;
        }
    }
    if (start >= 0) {
        flush(start, text.size());
    }
    return words;
}

bool containsWords(const QStringList &whole, const QStringList &part)
{
    if (part.isEmpty()) {
        return true;
    }
    return std::search(whole.cbegin(), whole.cend(), part.cbegin(), part.cend()) != whole.cend();
}

QString wordDiff(const QStringList &from, const QStringList &to)
{
    // Longest common subsequence over words; quotes are short, and very long ones are cut so
    // the table stays small.
    constexpr qsizetype Longest = 200;
    const qsizetype n = std::min(from.size(), Longest);
    const qsizetype m = std::min(to.size(), Longest);
    QList<int> table((n + 1) * (m + 1), 0);
    const auto at = [&](qsizetype i, qsizetype j) -> int & { return table[i * (m + 1) + j]; };
    for (qsizetype i = n - 1; i >= 0; --i) {
        for (qsizetype j = m - 1; j >= 0; --j) {
            at(i, j)
                = from[i] == to[j] ? at(i + 1, j + 1) + 1 : std::max(at(i + 1, j), at(i, j + 1));
        }
    }
    struct Change
    {
        QString text;
        bool replacement;
    };
    QList<Change> changes;
    QStringList removed;
    QStringList added;
    const auto flush = [&] {
        if (!removed.isEmpty() && !added.isEmpty()) {
            changes.append({removed.join(QLatin1Char(' ')) + QStringLiteral(" → ")
                    + added.join(QLatin1Char(' ')),
                true});
        } else if (!removed.isEmpty()) {
            changes.append({QStringLiteral("− ") + removed.join(QLatin1Char(' ')), false});
        } else if (!added.isEmpty()) {
            changes.append({QStringLiteral("+ ") + added.join(QLatin1Char(' ')), false});
        }
        removed.clear();
        added.clear();
    };
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && from[i] == to[j]) {
            flush();
            ++i;
            ++j;
        } else if (j < m && (i == n || at(i, j + 1) >= at(i + 1, j))) {
            added.append(to[j++]);
        } else {
            removed.append(from[i++]);
        }
    }
    flush();
    // Words only one side has at either end are a cut, not a different wording.
    if (changes.size() > 1 && !changes.first().replacement) {
        changes.removeFirst();
    }
    if (changes.size() > 1 && !changes.last().replacement) {
        changes.removeLast();
    }
    QStringList texts;
    for (const Change &change : std::as_const(changes)) {
        texts.append(change.text);
    }
    return texts.join(QLatin1String("; "));
}

} // namespace factbench
