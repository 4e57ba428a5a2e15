#pragma once

#include "wordkey.h"

#include <QSet>
#include <QStringView>

#include <algorithm>

namespace factbench {

/// A closed word list from a static literal ("said says told"), looked up in any case without
/// allocating: the extractors consult such lists for many words near every number and quote.
class WordSet
{
public:
    explicit WordSet(QStringView words)
        : m_keyed(keyedWords(words))
    {
        for (QStringView word : words.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            m_words.insert(word);
            m_longest = std::max(m_longest, word.size());
            m_initials |= initialBit(word.front());
            m_shapes.add(word);
        }
    }

    bool contains(QStringView word) const
    {
        constexpr qsizetype Capacity = 32;
        // Most words fail on their length or shape (first letters and length), before any
        // key is computed.
        if (word.isEmpty() || word.size() > m_longest || !m_shapes.mayHold(word)) {
            return false;
        }
        // A word of ASCII letters (nearly every word asked about) can only be one of the
        // lower-case ASCII words, which its key finds without lowering and hashing it.
        if (const quint64 key = wordKey(word)) {
            return m_keyed.contains(key);
        }
        if (word.size() > Capacity || !(m_initials & initialBit(word.front()))) {
            return false;
        }
        char16_t lower[Capacity];
        for (qsizetype i = 0; i < word.size(); ++i) {
            const char16_t u = word[i].unicode();
            lower[i]
                = u < 0x80 ? (u >= u'A' && u <= u'Z' ? u + 32 : u) : word[i].toLower().unicode();
        }
        return m_words.contains(QStringView(lower, word.size()));
    }

private:
    // The words of lower-case ASCII letters that have a key.
    static QList<std::pair<quint64, bool>> keyedWords(QStringView words)
    {
        QList<std::pair<quint64, bool>> keyed;
        for (QStringView word : words.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            const bool lower = std::all_of(
                word.begin(), word.end(), [](QChar c) { return c >= u'a' && c <= u'z'; });
            if (lower && wordKey(word) != 0) {
                keyed.append({wordKey(word), true});
            }
        }
        return keyed;
    }

    // One bit per letter a-z, and one for anything else.
    static quint32 initialBit(QChar c)
    {
        const char16_t u = c.unicode();
        const char16_t lower = u < 0x80 ? char16_t(u | 0x20) : c.toLower().unicode();
        return lower >= u'a' && lower <= u'z' ? 1u << (lower - u'a') : 1u << 26;
    }

    WordShapes m_shapes;
    WordKeyTable<bool> m_keyed;
    QSet<QStringView> m_words;
    qsizetype m_longest = 0;
    quint32 m_initials = 0;
};

} // namespace factbench
