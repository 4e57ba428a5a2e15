#include "article/articleimporter.h"
#include "article/samplearticles.h"
#include "extract/dateextractor.h"
#include "extract/extractor.h"
#include "extract/figureextractor.h"

#include <QTest>

using namespace factbench;

Q_DECLARE_METATYPE(factbench::Article)

namespace {

/// One figure or date as a line of text, every field that the CLI prints.
QString describe(const Figure &figure)
{
    return QStringLiteral("%1-%2 %3 %4 %5 %6 %7 %8 %9 | %10 | %11")
        .arg(figure.range.start)
        .arg(figure.range.end)
        .arg(figure.text)
        .arg(figure.value, 0, 'g', 17)
        .arg(figure.valueHigh ? QString::number(*figure.valueHigh, 'g', 17) : QString())
        .arg(qualifierSymbol(figure.qualifier), figureKindName(figure.kind), figure.unit,
            figure.counted, figure.conceptName, figure.attribution);
}

QString describe(const DateMention &date)
{
    return QStringLiteral("%1-%2 %3 %4")
        .arg(date.range.start)
        .arg(date.range.end)
        .arg(date.text, date.iso);
}

template<typename T>
QStringList describeAll(const QList<T> &items)
{
    QStringList lines;
    for (const T &item : items) {
        lines.append(describe(item));
    }
    return lines;
}

Article plainArticle(const QString &text, const TextRanges &boilerplate)
{
    Article article = ArticleImporter::importBytes(text.toUtf8(), QStringLiteral("test.txt"));
    article.boilerplate = boilerplate;
    return article;
}

} // namespace

/// Extractor::extract reads dates and figures in one walk over the paragraphs; it must give
/// exactly what DateExtractor::extract and then FigureExtractor::extract give.
class TestExtractor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void testOneWalkEqualsTwoPasses_data()
    {
        QTest::addColumn<Article>("article");
        for (const Article &article : SampleArticles::load()) {
            QTest::newRow(qPrintable(article.source)) << article;
        }
        const QString text = QStringLiteral(
            "On Friday, July 4 at 9am, 539 drones were launched, the Air Force said.\n"
            "Sponsored: Save 20% today, offer ends 5 July 2025. More on 12 stories\n"
            "\n"
            "Fourteen of the 23 people injured were taken to hospital on 4 July 2025.\n");
        const qsizetype furniture = text.indexOf(QStringLiteral("Sponsored"));
        const qsizetype furnitureEnd = text.indexOf(u'\n', furniture);
        QTest::newRow("boilerplate line") << plainArticle(text, {{furniture, furnitureEnd}});
        // Boilerplate that ends mid-paragraph, over part of a date.
        QTest::newRow("boilerplate mid-paragraph")
            << plainArticle(text, {{furniture, text.indexOf(QStringLiteral("July 2025"))}});
        // Overlapping ranges take the two-pass path: still the same answer.
        QTest::newRow("overlapping boilerplate")
            << plainArticle(text, {{0, 30}, {10, 20}, {furniture, furnitureEnd}});
    }

    void testOneWalkEqualsTwoPasses()
    {
        QFETCH(Article, article);
        const QList<DateMention> dates = DateExtractor::extract(article.text, article.boilerplate);
        const QList<Figure> figures
            = FigureExtractor::extract(article.text, article.boilerplate, dates);
        const Extraction extraction = Extractor::extract(article);
        QCOMPARE(describeAll(extraction.dates), describeAll(dates));
        QCOMPARE(describeAll(extraction.figures), describeAll(figures));
        QVERIFY(!extraction.figures.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestExtractor)
#include "tst_extractor.moc"
