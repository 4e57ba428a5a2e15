#include "quotesentences.h"

#include "speakerwords.h"

#include <QTextBoundaryFinder>

#include <algorithm>

namespace factbench {

namespace {

// A boundary right after "Mr." or an initial ("J.") is not the end of a sentence.
bool followsAbbreviation(QStringView text, qsizetype boundary)
{
    qsizetype end = boundary;
    while (end > 0 && text[end - 1].isSpace()) {
        --end;
    }
    if (end == 0 || text[end - 1] != QLatin1Char('.')) {
        return false;
    }
    qsizetype start = end - 1;
    while (start > 0 && text[start - 1].isLetter()) {
        --start;
    }
    const QStringView word = text.mid(start, end - 1 - start);
    return (word.size() == 1 && word.front().isUpper()) || SpeakerWords::isAbbreviation(word);
}

// Characters of the sentence-break class Sep (UAX #29), besides the newline.
bool isSeparator(QChar c)
{
    return c == QChar(0x0085) || c == QChar(0x2028) || c == QChar(0x2029);
}

// Whether a boundary at `position` counts: not inside a quote (`span`, advanced here, is the
// first quote that may hold it) and not after an abbreviation.
bool startsSentence(
    QStringView text, qsizetype position, const QList<QuoteSpan> &spans, qsizetype &span)
{
    while (span < spans.size() && spans[span].close < position) {
        ++span;
    }
    const bool insideQuote = span < spans.size() && spans[span].open < position;
    return !insideQuote && !followsAbbreviation(text, position);
}

// Sentence starts in [block.start, block.end), absolute, without those inside quotes or after
// abbreviations, into `starts`. A block of whole paragraphs has the boundaries of its
// paragraphs (a sentence ends where its paragraph does, so QTextBoundaryFinder breaks a text of
// several paragraphs where it breaks each alone, and after every newline); a cut-off piece of
// a very long paragraph is searched on its own, as it is cut. `oneParagraph` says that no line
// break lies inside the block.
void sentenceStarts(QStringView text, const TextRange &block, bool oneParagraph,
    const QList<QuoteSpan> &spans, qsizetype firstSpan, SentenceBoundaries &sentences,
    QList<qsizetype> &starts)
{
    starts.clear();
    starts.append(block.start);
    qsizetype span = firstSpan;
    const bool wholeParagraphs = (block.start == 0 || text[block.start - 1] == QLatin1Char('\n'))
        && (block.end == text.size() || text[block.end] == QLatin1Char('\n'));
    if (wholeParagraphs) {
        qsizetype paragraph = block.start;
        while (paragraph <= block.end) {
            // A block of one paragraph has no line break before its end.
            qsizetype end = oneParagraph ? block.end : text.indexOf(QLatin1Char('\n'), paragraph);
            if (end < 0 || end > block.end) {
                end = block.end;
            }
            if (paragraph > block.start && paragraph < block.end
                && startsSentence(text, paragraph, spans, span)) {
                starts.append(paragraph);
            }
            const QList<qsizetype> &boundaries = sentences.inParagraph(paragraph, end);
            for (qsizetype b = 1; b + 1 < boundaries.size(); ++b) {
                if (startsSentence(text, paragraph + boundaries[b], spans, span)) {
                    starts.append(paragraph + boundaries[b]);
                }
            }
            // After a paragraph separator (U+2029 and its kin) the newline itself starts a
            // sentence, an empty one.
            if (end > paragraph && end < block.end && isSeparator(text[end - 1])
                && startsSentence(text, end, spans, span)) {
                starts.append(end);
            }
            paragraph = end + 1;
        }
        return;
    }
    const QStringView blockText = text.mid(block.start, block.length());
    QTextBoundaryFinder finder(QTextBoundaryFinder::Sentence, blockText.data(), blockText.size());
    for (qsizetype b = finder.toNextBoundary(); b > 0 && b < blockText.size();
         b = finder.toNextBoundary()) {
        if (startsSentence(text, block.start + b, spans, span)) {
            starts.append(block.start + b);
        }
    }
}

} // namespace

TextRanges QuoteSentences::around(
    QStringView text, const QList<QuoteSpan> &spans, SentenceBoundaries &sentences)
{
    TextRanges result;
    result.reserve(spans.size());
    QList<qsizetype> starts; // of each block in turn, in one allocation
    qsizetype previousEnd = 0;
    qsizetype i = 0;
    while (i < spans.size()) {
        // A block: the paragraphs holding a run of quotes, bounded on very long paragraphs and
        // never reaching behind the previous block. The scanner passed the line breaks around
        // each quote, so the spans know their paragraphs and nothing is searched here: `start`
        // is after the last line break in [floor, open), or floor.
        const qsizetype floor = std::max(previousEnd, spans[i].open - WindowReach);
        const qsizetype start = std::max(floor, spans[i].paragraphStart);
        qsizetype end = spans[i].close + 1;
        qsizetype last = i;
        bool oneParagraph = !spans[i].multiParagraph;
        // `end` becomes the first line break in [max(end, from), ceiling), or ceiling. No line
        // break lies between an earlier quote's close and `end`, so that is the paragraph's end.
        auto extend = [&](const QuoteSpan &span) {
            const qsizetype from = span.close + 1;
            const qsizetype ceiling = std::min(text.size(), from + WindowReach);
            const qsizetype e = std::max(end, from);
            end = e >= ceiling ? e : std::min(span.paragraphEnd, ceiling);
        };
        extend(spans[i]);
        while (last + 1 < spans.size() && spans[last + 1].open < end
            && end - start < 16 * WindowReach) {
            ++last;
            extend(spans[last]);
            oneParagraph = oneParagraph && !spans[last].multiParagraph;
        }
        const TextRange block {start, end};
        sentenceStarts(text, block, oneParagraph, spans, i, sentences, starts);
        qsizetype s = 0;
        for (qsizetype k = i; k <= last; ++k) {
            while (s + 1 < starts.size() && starts[s + 1] <= spans[k].open) {
                ++s;
            }
            qsizetype e = s + 1;
            while (e < starts.size() && starts[e] <= spans[k].close) {
                ++e;
            }
            result.append({starts[s], e < starts.size() ? starts[e] : block.end});
        }
        previousEnd = end;
        i = last + 1;
    }
    return result;
}

} // namespace factbench
