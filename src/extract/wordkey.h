#pragma once

#include <QList>
#include <QString>
#include <QStringView>

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
            keyed.append({wordKey(QString::fromLatin1(word)), value});
        }
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

    QList<quint64> m_keys; // 0: an empty slot
    QList<Value> m_values;
    int m_shift = 60;
};

} // namespace factbench
