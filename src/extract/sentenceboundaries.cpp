#include "sentenceboundaries.h"

#include "charactersearch.h"

#include <QTextBoundaryFinder>

namespace factbench {

namespace {

// The sentence-break rules of UAX #29 (as QTextBoundaryFinder implements them) break only
// after a character of the classes ATerm ("."), STerm ("!", "?") or a paragraph separator
// (CR, LF, Sep): without one, no rule ever leaves the states of running text. These tests
// tell such characters apart from the rest, erring towards "may end a sentence".

bool isTerminal(char16_t u)
{
    return u == u'.' || u == u'!' || u == u'?';
}

// Closing punctuation (the class Close) that may stand between a full stop and the space after
// it: ." .' .) .] .” .’
bool isClosing(char16_t u)
{
    return u == u'"' || u == u'\'' || u == u')' || u == u']' || u == u'\u201D' || u == u'\u2019';
}

bool isAsciiUpper(char16_t u)
{
    return u >= u'A' && u <= u'Z';
}

// Whether a character other than . ! ? may end a sentence: control characters (CR among them)
// and, beyond ASCII, the separators and the "other punctuation" every sentence terminator of
// Unicode belongs to (tst_sentenceboundaries checks this against the finder for every code
// point). Letters, marks, spaces, dashes and quotation marks never do.
bool mayEndSentence(char16_t u)
{
    if (u < 0x80) {
        return u < 0x20 && u != u'\t';
    }
    if ((u >= 0x2010 && u <= 0x201F) || u == 0x00A0) {
        return false; // dashes and quotation marks, the commonest beyond ASCII in news text
    }
    switch (QChar::category(char32_t(u))) {
    case QChar::Punctuation_Other:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
    case QChar::Other_Control:
    case QChar::Other_Surrogate: // a character beyond the BMP: not looked into
        return true;
    default:
        return false;
    }
}

} // namespace

SentenceBoundaries::SentenceBoundaries(QStringView text)
    : m_text(text)
{ }

const QList<qsizetype> &SentenceBoundaries::inParagraph(qsizetype start, qsizetype end)
{
    QList<qsizetype> &boundaries = m_paragraphs[start];
    if (!boundaries.isEmpty()) {
        return boundaries;
    }
    // The paragraph in pieces cut where a sentence surely starts: after . ! or ? with closing
    // marks, spaces and a capital ("said. The", "too.” He"), where rule SB11 always breaks.
    // The finder gives the same boundaries in each piece as in the whole paragraph (its state
    // after a boundary is the state at the start of a text, and none of its rules looks past
    // the capital). A piece whose only full stops are in its closing ". " holds no boundary
    // and needs no finder at all.
    const QStringView paragraph = m_text.sliced(start, end - start);
    const char16_t *data = paragraph.utf16();
    const qsizetype size = paragraph.size();
    boundaries.reserve(8);
    boundaries.append(0);
    qsizetype piece = 0;
    qsizetype firstEnding = -1; // the piece's first character that may end a sentence
    // Letters, digits, spaces and most punctuation decide nothing: the search passes over them.
    static constexpr char16_t Terminals[] = {u'.', u'!', u'?'};
    static const CharacterSearch search(Terminals, 0x80, 0x20);
    for (qsizetype i = search.next(paragraph, 0); i >= 0; i = search.next(paragraph, i + 1)) {
        const char16_t u = data[i];
        if (isTerminal(u)) {
            qsizetype next = i + 1;
            while (next < size && isClosing(data[next])) {
                ++next;
            }
            const qsizetype spaces = next;
            while (next < size && data[next] == u' ') {
                ++next;
            }
            if (next > spaces && next < size && isAsciiUpper(data[next])) {
                qsizetype stops = i; // where the run of . ! ? ends the piece starts
                while (stops > piece && isTerminal(data[stops - 1])) {
                    --stops;
                }
                addPiece(
                    paragraph, piece, next, firstEnding >= 0 && firstEnding < stops, boundaries);
                piece = next;
                firstEnding = -1;
                i = next - 1; // the capital starts the next piece
                continue;
            }
        }
        if (firstEnding < 0 && (isTerminal(u) || mayEndSentence(u))) {
            firstEnding = i;
        }
    }
    // The last piece may end in ". ", ".”" or "?" too: nothing follows in the paragraph.
    qsizetype stops = size;
    while (stops > piece && data[stops - 1] == u' ') {
        --stops;
    }
    while (stops > piece && isClosing(data[stops - 1])) {
        --stops;
    }
    const qsizetype runEnd = stops;
    while (stops > piece && isTerminal(data[stops - 1])) {
        --stops;
    }
    if (stops == runEnd) {
        stops = size; // no full stop: all of it is the piece's own text
    }
    addPiece(paragraph, piece, size, firstEnding >= 0 && firstEnding < stops, boundaries);
    return boundaries;
}

void SentenceBoundaries::addPiece(QStringView paragraph, qsizetype start, qsizetype end,
    bool mayHoldBoundary, QList<qsizetype> &boundaries)
{
    if (mayHoldBoundary) {
        const QStringView piece = paragraph.sliced(start, end - start);
        QTextBoundaryFinder finder(QTextBoundaryFinder::Sentence, piece.data(), piece.size());
        for (qsizetype b = finder.toNextBoundary(); b > 0 && b < piece.size();
             b = finder.toNextBoundary()) {
            boundaries.append(start + b);
        }
    }
    if (end > boundaries.last()) {
        boundaries.append(end);
    }
}

} // namespace factbench
