#pragma once

#include <QList>
#include <QStringList>
#include <QStringView>

namespace factbench {

/// Where each of a few words stands in a text as a whole word (exact case), found in one pass
/// over the text's words: the speaker resolver looks for every quoted surname and title in the
/// whole article, and one search per word would read a long article once per word.
class WordOccurrences
{
public:
    /// A word to find; `wholeLength` is how many code units from the start must form a whole
    /// word (the word's own length, unless the caller measures it on another spelling).
    struct Word
    {
        QString text;
        qsizetype wholeLength;
    };

    WordOccurrences(QStringView text, const QList<Word> &words);

    /// Where words[index] starts, in text order: the positions a search with
    /// QStringView::indexOf from the end of each match would find, kept when the
    /// `wholeLength` code units from there are neither preceded nor followed by a word
    /// character (SpeakerWords::isWordChar).
    const QList<qsizetype> &positionsOf(qsizetype index) const { return m_positions[index]; }

private:
    QList<QList<qsizetype>> m_positions;
};

} // namespace factbench
