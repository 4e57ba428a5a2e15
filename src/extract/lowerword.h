#pragma once

#include <QString>
#include <QStringView>

namespace factbench {

/// A word in lower case exactly as QString::toLower() writes it, held without allocating for
/// the short ASCII words nearly every word of a news text is: the extractors compare many words
/// near every number with their closed word lists.
class LowerWord
{
public:
    explicit LowerWord(QStringView word)
    {
        if (word.size() <= Capacity) {
            qsizetype k = 0;
            for (; k < word.size(); ++k) {
                const char16_t u = word[k].unicode();
                if (u >= 0x80) {
                    break;
                }
                m_ascii[k] = u >= u'A' && u <= u'Z' ? char16_t(u + 32) : u;
            }
            if (k == word.size()) {
                m_size = k;
                return;
            }
        }
        m_other = word.toString().toLower();
    }

    QStringView view() const
    {
        return m_size >= 0 ? QStringView(m_ascii, m_size) : QStringView(m_other);
    }
    QString toString() const { return view().toString(); }

private:
    static constexpr qsizetype Capacity = 24;
    char16_t m_ascii[Capacity];
    qsizetype m_size = -1; // -1: the word is in m_other
    QString m_other;
};

/// Whether `word` has no lower-case letter, exactly as word.toString().toUpper() == word answers
/// it: "COVID", "F", "US".
inline bool isUpperCaseWord(QStringView word)
{
    for (const QChar c : word) {
        const char16_t u = c.unicode();
        if (u >= 0x80) {
            return word.toString().toUpper() == word;
        }
        if (u >= u'a' && u <= u'z') {
            return false;
        }
    }
    return true;
}

} // namespace factbench
