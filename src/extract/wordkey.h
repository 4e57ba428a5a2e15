#pragma once

#include <QList>

#include <QString>
#include <QStringView>
#include <array>

namespace factbench {

/// A short ASCII word folded to lower case and packed into an integer, so that the closed
/// word lists consulted for every word of a text (number words, months) are looked up without
/// allocating. Words longer than 12 letters or with other characters have no key (0).
constexpr quint64 wordKey(QStringView word)
{
    if (word.isEmpty() || word.size() > 12) {
        return 0;
    }
    quint64 key = 0;
    for (qsizetype k = 0; k < word.size(); ++k) {
        const char16_t u = word[k].unicode();
        quint64 letter = 0;
        if (u >= u'a' && u <= u'z') {
            letter = u - u'a' + 1;
        } else if (u >= u'A' && u <= u'Z') {
            letter = u - u'A' + 1;
        } else {
            return 0;
        }
        key = (key << 5) | letter;
    }
    return key;
}

/// The shapes (first two letters, case ignored, and length) of the words of a closed list: a
/// word whose shape no listed word has is surely not listed, which most words of a text show
/// before anything is computed from them.
class WordShapes
{
public:
    WordShapes() = default;
    explicit WordShapes(std::initializer_list<const char *> words)
    {
        for (const char *word : words) {
            add(QString::fromLatin1(word));
        }
    }

    /// Adds the shapes of another list.
    void add(const WordShapes &other)
    {
        for (qsizetype k = 0; k < qsizetype(m_lengths.size()); ++k) {
            m_lengths[k] |= other.m_lengths[k];
        }
    }

    void add(QStringView word)
    {
        const unsigned first = word.isEmpty() ? 26 : letterIndex(word[0]);
        const unsigned second = word.size() > 1 ? letterIndex(word[1]) : 26;
        if (first < 26 && second <= 26 && (word.size() == 1 || second < 26) && word.size() < 16) {
            m_lengths[first * 27 + second] |= quint16(1u << word.size());
        }
    }

    /// False only when no listed word has this word's shape; true for any word whose first
    /// two characters are not ASCII letters.
    bool mayHold(QStringView word) const
    {
        const qsizetype size = word.size();
        if (size == 0 || size >= 16) {
            return size >= 16;
        }
        const unsigned first = letterIndex(word[0]);
        unsigned second = 26; // no second letter
        if (size > 1) {
            second = letterIndex(word[1]);
            if (second >= 26) {
                return true;
            }
        }
        return first >= 26 || (m_lengths[first * 27 + second] & (1u << size));
    }

private:
    // 0 to 25 for a letter a-z in either case, 26 or more for anything else: (c | 0x20) - 'a'
    // wraps around below 'a' and lands above 30 for every character beyond ASCII.
    static unsigned letterIndex(QChar c) { return unsigned((c.unicode() | 0x20) - u'a'); }

    std::array<quint16, 26 * 27> m_lengths {};
};

/// A closed word list keyed by wordKey(): open addressing over a table a few times larger than
/// the list, so that a lookup is a multiplication and one or two comparisons. The extractors
/// ask it about most words of a text.
template<typename Value>
class WordKeyTable
{
public:
    explicit WordKeyTable(std::initializer_list<std::pair<const char *, Value>> words)
    {
        QList<std::pair<quint64, Value>> keyed;
        for (const auto &[word, value] : words) {
            const QString spelled = QString::fromLatin1(word);
            keyed.append({wordKey(spelled), value});
            m_shapes.add(spelled);
        }
        m_hasShapes = true;
        build(keyed);
    }
    /// Keys that are not 0, with their values; a later key replaces an equal earlier one.
    explicit WordKeyTable(const QList<std::pair<quint64, Value>> &keyed) { build(keyed); }

    /// The value of the word with `key`, or `missing` (always for key 0, no word).
    Value value(quint64 key, Value missing) const
    {
        if (key == 0) {
            return missing;
        }
        for (qsizetype slot = slotOf(key);; slot = (slot + 1) & (m_keys.size() - 1)) {
            if (m_keys[slot] == key) {
                return m_values[slot];
            }
            if (m_keys[slot] == 0) {
                return missing;
            }
        }
    }

    bool contains(quint64 key) const { return value(key, Value {}) != Value {}; }

    /// The value of `word` (any case), or `missing`; most words are told apart by their shape.
    Value value(QStringView word, Value missing) const
    {
        return mayHold(word) ? value(wordKey(word), missing) : missing;
    }

    /// False when `word` is surely not in the table (see WordShapes).
    bool mayHold(QStringView word) const { return !m_hasShapes || m_shapes.mayHold(word); }
    /// The shapes of a table made from spelled words.
    const WordShapes &shapes() const { return m_shapes; }

private:
    void build(const QList<std::pair<quint64, Value>> &keyed)
    {
        qsizetype bits = 4;
        while ((qsizetype(1) << bits) < 4 * keyed.size()) {
            ++bits;
        }
        m_shift = 64 - int(bits);
        m_keys.resize(qsizetype(1) << bits);
        m_values.resize(qsizetype(1) << bits);
        for (const auto &[key, value] : keyed) {
            qsizetype slot = slotOf(key);
            while (m_keys[slot] != 0 && m_keys[slot] != key) {
                slot = (slot + 1) & (m_keys.size() - 1);
            }
            m_keys[slot] = key;
            m_values[slot] = value;
        }
    }

    qsizetype slotOf(quint64 key) const
    {
        return qsizetype((key * 0x9E3779B97F4A7C15ull) >> m_shift);
    }

    WordShapes m_shapes;
    bool m_hasShapes = false; // only tables made from spelled words know their shapes
    QList<quint64> m_keys; // 0: an empty slot
    QList<Value> m_values;
    int m_shift = 60;
};

} // namespace factbench
