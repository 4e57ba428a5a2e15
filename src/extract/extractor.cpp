#include "extractor.h"

#include "dateextractor.h"
#include "figureextractor.h"
#include "quoteextractor.h"
#include "speakernames.h"

namespace factbench {

Extraction Extractor::extract(const Article &article)
{
    Extraction extraction;
    if (!article.isValid()) {
        return extraction;
    }
    extraction.dates = DateExtractor::extract(article.text, article.boilerplate);
    extraction.figures
        = FigureExtractor::extract(article.text, article.boilerplate, extraction.dates);
    extraction.quotes = QuoteExtractor::extract(article.text, article.boilerplate);
    return extraction;
}

QList<Extraction> Extractor::extractAll(const QList<Article> &articles)
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
    }
    SpeakerNames::unify(extractions);
    return extractions;
}

} // namespace factbench
