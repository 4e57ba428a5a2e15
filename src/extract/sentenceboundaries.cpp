#include "sentenceboundaries.h"

#include <QTextBoundaryFinder>

namespace factbench {

SentenceBoundaries::SentenceBoundaries(QStringView text)
    : m_text(text)
{ }

const QList<qsizetype> &SentenceBoundaries::inParagraph(qsizetype start, qsizetype end)
{
    QList<qsizetype> &boundaries = m_paragraphs[start];
    if (boundaries.isEmpty()) {
        const QStringView paragraph = m_text.sliced(start, end - start);
        QTextBoundaryFinder finder(
            QTextBoundaryFinder::Sentence, paragraph.data(), paragraph.size());
        for (qsizetype boundary = 0; boundary >= 0; boundary = finder.toNextBoundary()) {
            boundaries.append(boundary);
        }
    }
    return boundaries;
}

} // namespace factbench
