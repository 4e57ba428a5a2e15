#pragma once

#include <QHash>
#include <QList>
#include <QStringView>

namespace factbench {

/// The sentence boundaries QTextBoundaryFinder finds in the paragraphs (lines) of one text,
/// each paragraph's found once and only when asked for: the figure and the quote extractors
/// both need the sentences of the paragraphs that hold a claim, and finding them is a large
/// share of extraction.
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
    QStringView m_text;
    QHash<qsizetype, QList<qsizetype>> m_paragraphs; // by start
};

} // namespace factbench
