#pragma once

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
    {
        for (QStringView word : words.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            m_words.insert(word);
            m_longest = std::max(m_longest, word.size());
            m_initials |= initialBit(word.front());
        }
    }

    bool contains(QStringView word) const
    {
        constexpr qsizetype Capacity = 32;
        // Most words fail on their length or first letter, before any hashing.
        if (word.isEmpty() || word.size() > m_longest || word.size() > Capacity
            || !(m_initials & initialBit(word.front()))) {
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
    // One bit per letter a-z, and one for anything else.
    static quint32 initialBit(QChar c)
    {
        const char16_t lower = c.toLower().unicode();
        return lower >= u'a' && lower <= u'z' ? 1u << (lower - u'a') : 1u << 26;
    }

    QSet<QStringView> m_words;
    qsizetype m_longest = 0;
    quint32 m_initials = 0;
};

} // namespace factbench
