#include "csvparser.h"
#include "reportfixture.h"

#include "report/csvwriter.h"
#include "report/exportformat.h"
#include "report/htmlwriter.h"
#include "report/markdownwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTextDocument>
#include <QXmlStreamReader>

using namespace factbench;

namespace {

FactSheet sampleSheet(FactSheetScope scope = FactSheetScope::All)
{
    Project project;
    makeSampleProject(project);
    return FactSheetBuilder::build(project.data(), scope);
}

FactSheet hostileSheet()
{
    Project project;
    hostile::makeHostileProject(project);
    return FactSheetBuilder::build(project.data(), FactSheetScope::All);
}

/// Everything a reader of the HTML sees and every link it holds; `error` when it is not
/// well-formed XML.
struct ParsedHtml
{
    QString text;
    QStringList hrefs;
    QStringList sectionIds;
    QString jsonLd;
    QString error;
    bool hasPrintRules = false;
};

ParsedHtml parseHtml(const QByteArray &html)
{
    ParsedHtml parsed;
    QXmlStreamReader xml(html);
    QString element;
    while (!xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::StartElement:
            element = xml.name().toString();
            if (xml.attributes().hasAttribute(QStringLiteral("href"))) {
                parsed.hrefs.append(xml.attributes().value(QStringLiteral("href")).toString());
            }
            if (element == QLatin1String("section")) {
                parsed.sectionIds.append(xml.attributes().value(QStringLiteral("id")).toString());
            }
            break;
        case QXmlStreamReader::Characters:
            if (element == QLatin1String("script")) {
                parsed.jsonLd += xml.text();
            } else if (element == QLatin1String("style")) {
                parsed.hasPrintRules = parsed.hasPrintRules || xml.text().contains(u"@media print");
            } else {
                parsed.text += xml.text();
            }
            break;
        case QXmlStreamReader::EndElement:
            element.clear();
            parsed.text += QLatin1Char(' ');
            break;
        default:
            break;
        }
    }
    if (xml.hasError()) {
        parsed.error = QStringLiteral("line %1: %2").arg(xml.lineNumber()).arg(xml.errorString());
    }
    return parsed;
}

/// The strings of the hostile review that every format must carry, character for character.
QStringList hostileStrings()
{
    QStringList strings {hostile::label, hostile::verifiedValue, hostile::verdict,
        hostile::noteFirstLine, hostile::noteSecondLine, hostile::quoteLabel, hostile::quoteVerdict,
        hostile::speaker};
    for (const hostile::HostileArticle &article : hostile::articles()) {
        strings << article.outlet << article.title;
        if (!article.quote.isEmpty()) {
            strings << article.quote;
        }
    }
    return strings;
}

} // namespace

/// Markdown, HTML, CSV and JSON: each parses as its format says, and text of any script or
/// punctuation comes out as it went in.
class TestReportFormats : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void testHtmlIsWellFormed()
    {
        const FactSheet sheet = sampleSheet();
        const ParsedHtml html = parseHtml(HtmlWriter().write(sheet));
        QVERIFY2(html.error.isEmpty(), qPrintable(html.error));
        QVERIFY(html.hasPrintRules);
        QStringList ids;
        for (const FactSheetEntry &entry : sheet.entries) {
            ids.append(entry.factId);
        }
        QCOMPARE(html.sectionIds, ids);
        // The page carries its ClaimReview markup, one per reviewed fact.
        QJsonParseError error;
        const QJsonDocument reviews = QJsonDocument::fromJson(html.jsonLd.toUtf8(), &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QCOMPARE(reviews.array().size(), 7);
        QCOMPARE(reviews.array().first()[QStringLiteral("@type")].toString(),
            QStringLiteral("ClaimReview"));
    }

    void testRichTextFlavourIsWellFormed()
    {
        const ParsedHtml html
            = parseHtml(HtmlWriter(HtmlWriter::Flavour::RichText).write(hostileSheet()));
        QVERIFY2(html.error.isEmpty(), qPrintable(html.error));
    }

    void testHostileTextSurvivesHtml()
    {
        const QByteArray bytes = HtmlWriter().write(hostileSheet());
        const ParsedHtml html = parseHtml(bytes);
        QVERIFY2(html.error.isEmpty(), qPrintable(html.error));
        for (const QString &expected : hostileStrings()) {
            QVERIFY2(html.text.contains(expected), qPrintable(expected));
        }
        // Only web addresses become links; the script URL is shown as nothing at all.
        QVERIFY(!html.hrefs.isEmpty());
        for (const QString &href : html.hrefs) {
            QVERIFY2(href.startsWith(QStringLiteral("https://")), qPrintable(href));
        }
        QVERIFY(!bytes.contains("javascript:"));
        // "</script>" in a note does not end the JSON-LD.
        QVERIFY(!html.jsonLd.contains(QStringLiteral("</")));
        QVERIFY(QJsonDocument::fromJson(html.jsonLd.toUtf8()).isArray());
        QVERIFY(html.jsonLd.contains(QStringLiteral("\\u003c/script\\u003e")));
    }

    void testHtmlReplacesCharactersXmlForbids()
    {
        QCOMPARE(HtmlWriter::escape(QStringLiteral("a\u0001b<&>\"")),
            QStringLiteral("a\uFFFDb&lt;&amp;&gt;&quot;"));
        QCOMPARE(HtmlWriter::escape(QString(QChar(0xD800))), QString(QChar::ReplacementCharacter));
    }

    void testCsvFollowsRfc4180()
    {
        const FactSheet sheet = sampleSheet();
        const QByteArray bytes = CsvWriter().write(sheet);
        QVERIFY(bytes.endsWith("\r\n"));
        QString error;
        const QList<QStringList> records = parseCsv(QString::fromUtf8(bytes), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(records.first(), CsvWriter::columns());
        qsizetype sources = 0;
        for (const FactSheetEntry &entry : sheet.entries) {
            sources += std::max<qsizetype>(1, entry.sources.size());
        }
        QCOMPARE(records.size() - 1, sources);
        for (const QStringList &record : records) {
            QCOMPARE(record.size(), CsvWriter::columns().size());
        }
    }

    void testCsvField_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QStringLiteral("340") << QStringLiteral("340");
        QTest::newRow("comma and quotes")
            << QStringLiteral("a, \"b\"") << QStringLiteral("\"a, \"\"b\"\"\"");
        QTest::newRow("line break") << QStringLiteral("one\ntwo") << QStringLiteral("\"one\ntwo\"");
        QTest::newRow("formula") << QStringLiteral("=HYPERLINK(\"x\")")
                                 << QStringLiteral("\"'=HYPERLINK(\"\"x\"\")\"");
        QTest::newRow("at sign") << QStringLiteral("@cmd") << QStringLiteral("'@cmd");
        QTest::newRow("negative number") << QStringLiteral("-5") << QStringLiteral("-5");
    }

    void testCsvField()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(CsvWriter::field(text), expected);
    }

    void testHostileTextSurvivesCsv()
    {
        QString error;
        const QList<QStringList> records
            = parseCsv(QString::fromUtf8(CsvWriter().write(hostileSheet())), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList fields;
        for (const QStringList &record : records) {
            fields += record;
        }
        const QString all = fields.join(QLatin1Char('\n'));
        for (const QString &expected : hostileStrings()) {
            QVERIFY2(all.contains(expected), qPrintable(expected));
        }
        QVERIFY(
            fields.contains(hostile::noteFirstLine + QLatin1Char('\n') + hostile::noteSecondLine));
    }

    void testHostileTextSurvivesJson()
    {
        QJsonParseError error;
        const QJsonDocument json = QJsonDocument::fromJson(
            ExportFormats::writer(ExportFormat::Json)->write(hostileSheet()), &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        const QJsonObject figure = json[QStringLiteral("facts")][0].toObject();
        QCOMPARE(figure[QStringLiteral("label")].toString(), hostile::label);
        QCOMPARE(figure[QStringLiteral("verifiedValue")].toString(), hostile::verifiedValue);
        QCOMPARE(figure[QStringLiteral("verdict")].toString(), hostile::verdict);
        QCOMPARE(figure[QStringLiteral("note")].toString(),
            hostile::noteFirstLine + QLatin1Char('\n') + hostile::noteSecondLine);
        QCOMPARE(json[QStringLiteral("editors")][0].toString(),
            QStringLiteral("Édith <Editor> & \"Co\" محرر"));
        const QJsonArray articles = json[QStringLiteral("articles")].toArray();
        for (qsizetype i = 0; i < articles.size(); ++i) {
            QCOMPARE(articles.at(i)[QStringLiteral("outlet")].toString(),
                hostile::articles().at(i).outlet);
            QCOMPARE(articles.at(i)[QStringLiteral("title")].toString(),
                hostile::articles().at(i).title);
        }
        // Offsets in code points: "🌊" before the claim counts one, not two.
        const QJsonObject first = figure[QStringLiteral("sources")][0].toObject();
        const QString text = hostile::articles().first().text;
        QCOMPARE(first[QStringLiteral("start")].toInt(),
            text.left(text.indexOf(QStringLiteral("476"))).toUcs4().size());
    }

    void testHostileTextSurvivesMarkdown()
    {
        const QString markdown = QString::fromUtf8(MarkdownWriter().write(hostileSheet()));
        // What a CommonMark reader shows: every text as it was, no markup made of it.
        QTextDocument document;
        document.setMarkdown(markdown);
        QString shown = document.toPlainText();
        shown.replace(QChar::LineSeparator, QLatin1Char('\n'));
        for (const QString &expected : hostileStrings()) {
            QVERIFY2(shown.contains(expected), qPrintable(expected));
        }
        QVERIFY(!markdown.contains(QStringLiteral("javascript:")));
    }

    void testMarkdownEscape_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("emphasis and links") << QStringLiteral("*a* _b_ [c](d) `e`")
                                            << QStringLiteral("\\*a\\* \\_b\\_ \\[c\\](d) \\`e\\`");
        QTest::newRow("html") << QStringLiteral("<script>") << QStringLiteral("\\<script\\>");
        QTest::newRow("entity") << QStringLiteral("AT&T &amp; co")
                                << QStringLiteral("AT&T \\&amp; co");
        QTest::newRow("heading") << QStringLiteral("# not a heading")
                                 << QStringLiteral("\\# not a heading");
        QTest::newRow("list") << QStringLiteral("1. not a list")
                              << QStringLiteral("1\\. not a list");
        QTest::newRow("lines") << QStringLiteral("one\n- two") << QStringLiteral("one\\\n\\- two");
    }

    void testMarkdownEscape()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(MarkdownWriter::escape(text), expected);
    }
};

// QTextDocument (the Markdown reader) needs a QGuiApplication.
QTEST_MAIN(TestReportFormats)
#include "tst_reportformats.moc"
