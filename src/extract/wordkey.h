#pragma once

#include <QHash>
#include <QStringView>

namespace factbench {

/// A short ASCII word folded to lower case and packed into an integer, so that the closed
/// word lists consulted for every word of a text (number words, months) are looked up without
/// allocating. Words longer than 12 letters or with other characters have no key (0).
inline quint64 wordKey(QStringView word)
{
    if (word.isEmpty() || word.size() > 12) {
        return 0;
    }
    quint64 key = 0;
    for (const QChar c : word) {
        const char16_t u = c.unicode();
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

/// The word list `words` as keys mapped to their values.
template<typename Value>
QHash<quint64, Value> wordKeyTable(std::initializer_list<std::pair<const char *, Value>> words)
{
    QHash<quint64, Value> table;
    for (const auto &[word, value] : words) {
        table.insert(wordKey(QString::fromLatin1(word)), value);
    }
    return table;
}

} // namespace factbench
