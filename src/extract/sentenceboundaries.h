#pragma once

#include <QHash>
#include <QList>
#include <QStringView>

namespace factbench {

/// The sentence boundaries QTextBoundaryFinder finds in the paragraphs (lines) of one text,
/// each paragraph's found once and only when asked for: the figure and the quote extractors
/// both need the sentences of the paragraphs that hold a claim, and finding them was the
/// largest share of extraction. The finder reads only the sentences that may hold a boundary
/// of their own (an abbreviation, a decimal point).
class SentenceBoundaries
{
public:
    /// `text` must outlive this object.
    explicit SentenceBoundaries(QStringView text);

    /// The boundaries in the paragraph [start, end) of the text (a line without its newline),
    /// relative to `start` and ascending: 0, every boundary QTextBoundaryFinder reports on the
    /// paragraph alone, and end - start. The reference stays valid until the next call.
    const QList<qsizetype> &inParagraph(qsizetype start, qsizetype end);

private:
    /// Appends the boundaries inside the piece [start, end) of `paragraph` (found with the
    /// finder when `mayHoldBoundary`) and its end.
    static void addPiece(QStringView paragraph, qsizetype start, qsizetype end,
        bool mayHoldBoundary, QList<qsizetype> &boundaries);

    QStringView m_text;
    QHash<qsizetype, QList<qsizetype>> m_paragraphs; // by start
};

} // namespace factbench
