#include "claimfactory.h"

#include "extract/extractor.h"
#include "extract/numberparser.h"

#include <QRegularExpression>

namespace factbench {

QString ClaimFactory::textAt(const QString &text, const TextRange &range)
{
    if (range.start < 0 || range.end < range.start || range.end > text.size()) {
        return {};
    }
    return text.mid(range.start, range.length());
}

Claim ClaimFactory::fromFigure(
    const QString &id, const ProjectArticle &article, const Figure &figure)
{
    Claim claim;
    claim.id = id;
    claim.articleId = article.id;
    claim.kind = ClaimKind::Figure;
    claim.range = figure.range;
    claim.text = textAt(article.article.text, figure.range);
    claim.figure = figure;
    claim.figure.id.clear();
    claim.figure.text = claim.text; // One copy of the words: the claim's, as saved.
    return claim;
}

Claim ClaimFactory::fromQuote(const QString &id, const ProjectArticle &article, const Quote &quote)
{
    Claim claim;
    claim.id = id;
    claim.articleId = article.id;
    claim.kind = ClaimKind::Quote;
    claim.range = quote.range;
    claim.text = textAt(article.article.text, quote.range);
    claim.quote = quote;
    claim.quote.id.clear();
    claim.quote.text = claim.text;
    return claim;
}

Claim ClaimFactory::fromSelection(
    const QString &id, const ProjectArticle &article, const TextRange &range, ClaimKind kind)
{
    Claim claim;
    claim.id = id;
    claim.articleId = article.id;
    claim.kind = kind;
    claim.origin = Origin::Editor;
    claim.range = range;
    claim.text = textAt(article.article.text, range);
    claim.figure.range = range;
    claim.figure.text = claim.text;
    claim.quote.range = range;
    claim.quote.text = claim.text;
    if (kind == ClaimKind::Figure) {
        // The extractor may have read the number but dropped it (in furniture, say): reuse its
        // reading when one of its figures lies inside the selection.
        const Extraction extraction = Extractor::extract(article.article);
        for (const Figure &figure : extraction.figures) {
            if (figure.range.start >= range.start && figure.range.end <= range.end) {
                claim.figure = figure;
                claim.figure.range = range;
                claim.figure.text = claim.text;
                return claim;
            }
        }
        static const QRegularExpression digits(QStringLiteral("\\d[\\d,.]*"));
        const QRegularExpressionMatch match = digits.match(claim.text);
        if (match.hasMatch()) {
            claim.figure.value = NumberParser::parseDigits(match.capturedView()).value_or(0);
        }
    }
    return claim;
}

} // namespace factbench
