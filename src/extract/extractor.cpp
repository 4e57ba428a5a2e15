#include "extractor.h"

#include "dateextractor.h"
#include "figureextractor.h"
#include "quoteextractor.h"
#include "speakernames.h"

#include "article/paragraphs.h"

#include <algorithm>

namespace factbench {

namespace {

/// Whether no two boilerplate ranges overlap, as the importers make them.
bool disjoint(TextRanges ranges)
{
    std::sort(ranges.begin(), ranges.end(),
        [](const TextRange &a, const TextRange &b) { return a.start < b.start; });
    for (qsizetype k = 1; k < ranges.size(); ++k) {
        if (ranges[k].start < ranges[k - 1].end) {
            return false;
        }
    }
    return true;
}

/// Dates and figures in one walk over the paragraphs, each tokenized once. It gives exactly
/// what DateExtractor::extract and then FigureExtractor::extract give when the boilerplate
/// ranges are disjoint: then no excluded range hides inside another, and the ranges a
/// paragraph's figures are checked against are those that reach into it.
void datesAndFigures(const QString &text, const TextRanges &boilerplate,
    SentenceBoundaries &sentences, Extraction &extraction)
{
    TextRanges furniture = boilerplate;
    std::sort(furniture.begin(), furniture.end(),
        [](const TextRange &a, const TextRange &b) { return a.start < b.start; });
    DateExtractor::BoilerplateFilter filter(furniture);
    QList<DateMention> paragraphDates;
    TextRanges excluded;
    qsizetype nextFurniture = 0;
    forEachParagraph(text, [&](QStringView paragraph, qsizetype offset) {
        const qsizetype end = offset + paragraph.size();
        while (nextFurniture < furniture.size() && furniture[nextFurniture].end <= offset) {
            ++nextFurniture;
        }
        // A paragraph inside one range of page furniture has no date to report and no figure.
        if (nextFurniture < furniture.size() && furniture[nextFurniture].start <= offset
            && end <= furniture[nextFurniture].end) {
            return;
        }
        const QList<Token> tokens = Tokenizer::tokenize(paragraph, offset);
        paragraphDates.clear();
        DateExtractor::readParagraph(paragraph, offset, tokens, paragraphDates);
        excluded.clear();
        for (const DateMention &date : std::as_const(paragraphDates)) {
            if (filter.reported(date)) {
                extraction.dates.append(date);
                excluded.append(date.range);
            }
        }
        for (qsizetype k = nextFurniture; k < furniture.size() && furniture[k].start <= end; ++k) {
            excluded.append(furniture[k]);
        }
        FigureExtractor::readParagraph(paragraph, offset, tokens,
            FigureExtractor::Exclusions(excluded), sentences, extraction.figures);
    });
}

} // namespace

Extraction Extractor::extract(const Article &article)
{
    Extraction extraction;
    if (!article.isValid()) {
        return extraction;
    }
    // The figures and the quotes of a paragraph stand in the same sentences: find them once.
    SentenceBoundaries sentences(article.text);
    if (disjoint(article.boilerplate)) {
        datesAndFigures(article.text, article.boilerplate, sentences, extraction);
    } else {
        extraction.dates = DateExtractor::extract(article.text, article.boilerplate);
        extraction.figures
            = FigureExtractor::extract(article.text, article.boilerplate, extraction.dates);
    }
    extraction.quotes = QuoteExtractor::extract(article.text, article.boilerplate, sentences);
    return extraction;
}

QList<Extraction> Extractor::extractAll(const QList<Article> &articles)
{
    return *extractAll(articles, [](qsizetype) { return true; });
}

std::optional<QList<Extraction>> Extractor::extractAll(
    const QList<Article> &articles, const Progress &progress)
{
    QList<Extraction> extractions;
    extractions.reserve(articles.size());
    for (qsizetype a = 0; a < articles.size(); ++a) {
        Extraction extraction = extract(articles[a]);
        const QString prefix = QStringLiteral("a%1").arg(a);
        for (qsizetype i = 0; i < extraction.figures.size(); ++i) {
            extraction.figures[i].id = prefix + QStringLiteral("f%1").arg(i + 1);
        }
        for (qsizetype i = 0; i < extraction.quotes.size(); ++i) {
            extraction.quotes[i].id = prefix + QStringLiteral("q%1").arg(i + 1);
        }
        extractions.append(std::move(extraction));
        if (!progress(a + 1)) {
            return std::nullopt;
        }
    }
    SpeakerNames::unify(extractions);
    return extractions;
}

} // namespace factbench
