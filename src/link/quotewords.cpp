#include "quotewords.h"

#include <QList>

#include <algorithm>

namespace factbench {

QStringList quoteWords(QStringView text)
{
    QStringList words;
    QString word;
    const auto flush = [&] {
        while (word.endsWith(QLatin1Char('\''))) {
            word.chop(1);
        }
        if (!word.isEmpty()) {
            words.append(word);
        }
        word.clear();
    };
    for (const QChar c : text) {
        if (c.isLetterOrNumber()) {
            word.append(c.toLower());
        } else if ((c == QLatin1Char('\'') || c == QChar(0x2019)) && !word.isEmpty()) {
            word.append(QLatin1Char('\''));
        } else if (c == QLatin1Char('-') && !word.isEmpty()) {
            word.append(c); // "large-scale" is one word
        } else {
            flush();
        }
    }
    flush();
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
