#include "article/articleimporter.h"
#include "article/htmlimporter.h"
#include "article/htmlnestinglimiter.h"

#include <QTest>

using namespace factbench;

namespace {

Article importPage(const QString &name)
{
    return ArticleImporter::importFile(
        QStringLiteral(FACTBENCH_TEST_DATA "/html/") + name, ArticleImporter::Format::Guess);
}

} // namespace

class TestHtmlImporter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void testBodyText_data()
    {
        QTest::addColumn<QString>("page");
        QTest::addColumn<QString>("passage");
        QTest::addColumn<bool>("inText");

        const QString news = QStringLiteral("news.html");
        QTest::newRow("news: headline first")
            << news << QStringLiteral("Storm floods Harlow Bay harbour\n\nA storm surge") << true;
        QTest::newRow("news: whitespace collapsed")
            << news
            << QStringLiteral("A storm surge flooded Harlow Bay harbour overnight, damaging 340 "
                              "homes and forcing the evacuation of about 1,200 residents")
            << true;
        QTest::newRow("news: entities decoded")
            << news << QStringLiteral("\u201CWe have never seen the water this high,\u201D")
            << true;
        QTest::newRow("news: ampersand") << news << QStringLiteral("on Monday & Tuesday.") << true;
        QTest::newRow("news: heading on its own line")
            << news << QStringLiteral("three shelters.\n\nPower cuts\n\nPower was cut") << true;
        QTest::newRow("news: paragraph after related block")
            << news << QStringLiteral("Forecasters expect winds of up to 90 km/h") << true;
        QTest::newRow("news: navigation") << news << QStringLiteral("Sport") << false;
        QTest::newRow("news: masthead prompt") << news << QStringLiteral("a week") << false;
        QTest::newRow("news: byline line") << news << QStringLiteral("By Mara Quint") << false;
        QTest::newRow("news: share bar") << news << QStringLiteral("Share on") << false;
        QTest::newRow("news: caption") << news << QStringLiteral("flooded quay") << false;
        QTest::newRow("news: related list") << news << QStringLiteral("12 million") << false;
        QTest::newRow("news: sidebar") << news << QStringLiteral("Ferry fares") << false;
        QTest::newRow("news: comments") << news << QStringLiteral("2 feet of water") << false;
        QTest::newRow("news: footer") << news << QStringLiteral("All rights reserved") << false;
        QTest::newRow("news: cookies") << news << QStringLiteral("cookies") << false;
        QTest::newRow("news: script") << news << QStringLiteral("SCRIPT TEXT") << false;
        QTest::newRow("news: style") << news << QStringLiteral("STYLE TEXT") << false;
        QTest::newRow("news: json-ld") << news << QStringLiteral("schema.org") << false;

        const QString opengraph = QStringLiteral("opengraph.html");
        QTest::newRow("og: divs as paragraphs")
            << opengraph
            << QStringLiteral("the operator said.\n\nTickets bought for the cancelled sailings")
            << true;
        QTest::newRow("og: menu") << opengraph << QStringLiteral("Weather") << false;
        QTest::newRow("og: footer links") << opengraph << QStringLiteral("About us") << false;

        const QString graph = QStringLiteral("graph.html");
        QTest::newRow("graph: body")
            << graph << QStringLiteral("a 4.5 million pound flood defence plan on Wednesday")
            << true;
        QTest::newRow("graph: breadcrumbs") << graph << QStringLiteral("Local") << false;

        const QString malformed = QStringLiteral("malformed.html");
        QTest::newRow("malformed: first paragraph")
            << malformed
            << QStringLiteral("Rescuers found 14 people in the rubble, officials said.") << true;
        QTest::newRow("malformed: unclosed inline tags")
            << malformed
            << QStringLiteral("an unclosed bold and italic text, with a stray and garbage") << true;
        QTest::newRow("malformed: garbage replaced")
            << malformed << QStringLiteral("bytes \uFFFD\uFFFD\uFFFD here") << true;
        QTest::newRow("malformed: table cells")
            << malformed << QStringLiteral("cell one cell two") << true;
        QTest::newRow("malformed: unterminated script")
            << malformed << QStringLiteral("unterminated") << false;
    }

    void testBodyText()
    {
        QFETCH(QString, page);
        QFETCH(QString, passage);
        QFETCH(bool, inText);
        const Article article = importPage(page);
        QVERIFY2(article.isValid(), qPrintable(article.error));
        QVERIFY2(article.text.contains(passage) == inText, qPrintable(article.text));
    }

    void testMetadata_data()
    {
        QTest::addColumn<QString>("page");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("outlet");
        QTest::addColumn<QString>("published");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("byline");

        QTest::newRow("news: og tags, site suffix dropped")
            << QStringLiteral("news.html") << QStringLiteral("Storm floods Harlow Bay harbour")
            << QStringLiteral("The Coastal Herald") << QStringLiteral("2026-03-14T07:30:00Z")
            << QStringLiteral("https://coastalherald.example/2026/03/14/storm-floods-harbour")
            << QStringLiteral("Mara Quint");
        QTest::newRow("og only: dash suffix, URL author ignored")
            << QStringLiteral("opengraph.html")
            << QStringLiteral("Ferry service resumes after 3-day halt")
            << QStringLiteral("Northshore Daily") << QStringLiteral("2026-03-16")
            << QStringLiteral("https://northshore.example/news/ferry-resumes") << QString();
        QTest::newRow("json-ld @graph with @id references")
            << QStringLiteral("graph.html") << QStringLiteral("Council approves flood defence plan")
            << QStringLiteral("Bayline News") << QStringLiteral("2026-03-18T18:05:00+01:00")
            << QStringLiteral("https://bayline.example/council-flood-plan")
            << QStringLiteral("Jon Ferris, Aya Lund");
    }

    void testMetadata()
    {
        QFETCH(QString, page);
        QFETCH(QString, title);
        QFETCH(QString, outlet);
        QFETCH(QString, published);
        QFETCH(QString, url);
        QFETCH(QString, byline);
        const Article article = importPage(page);
        QVERIFY2(article.isValid(), qPrintable(article.error));
        QCOMPARE(article.title, title);
        QCOMPARE(article.outlet, outlet);
        const QString date = article.published.date().toString(Qt::ISODate);
        QCOMPARE(
            published.size() == 10 ? date : article.published.toString(Qt::ISODate), published);
        QCOMPARE(article.url, url);
        QCOMPARE(article.byline, byline);
    }

    void testTimeElementGivesDateWhenNothingElseDoes()
    {
        const Article article = HtmlImporter::parse(QStringLiteral(
            "<html><body><article><p>Some 40 boats were moored in the harbour at the time, the "
            "harbour master said on Friday.</p><time datetime=\"2026-03-20T09:00:00Z\">Friday"
            "</time></article></body></html>"));
        QCOMPARE(article.published, QDateTime(QDate(2026, 3, 20), QTime(9, 0), QTimeZone::UTC));
    }

    void testParagraphsHeadingsAndLines()
    {
        const Article article = HtmlImporter::parse(QStringLiteral(
            "<body><div class=\"content\"><h2>Aftermath</h2><p>First   paragraph,\n with "
            "<b>bold</b>, words and commas, enough to be scored as text.</p><p>Second line one"
            "<br>second line two, with more commas, and words.</p><ul><li>item one</li><li>item "
            "two</li></ul></div></body>"));
        QCOMPARE(article.text,
            QStringLiteral("Aftermath\n\nFirst paragraph, with bold, words and commas, enough to "
                           "be scored as text.\n\nSecond line one\nsecond line two, with more "
                           "commas, and words.\n\nitem one\nitem two"));
    }

    void testOffsetsPointBackToTheSource()
    {
        const QString html = QStringLiteral(
            "<html><body><div id=\"story\"><p>Caf\u00E9 owners said 23 tables, and 4 chairs, "
            "were lost \U0001F30A in the flood.</p><p>A second paragraph, with commas, follows "
            "the first &amp; ends.</p></div></body></html>");
        QList<qsizetype> offsets;
        const Article article = HtmlImporter::parse(html, &offsets);
        QCOMPARE(offsets.size(), article.text.size());
        const qsizetype at = article.text.indexOf(QStringLiteral("23 tables"));
        QVERIFY(at >= 0);
        QCOMPARE(html.mid(offsets[at], 9), QStringLiteral("23 tables"));
        const qsizetype flood = article.text.indexOf(QStringLiteral("flood"));
        QCOMPARE(html.mid(offsets[flood], 5), QStringLiteral("flood"));
        // Where an entity changed the length, characters point at the start of their text.
        const qsizetype second = article.text.indexOf(QStringLiteral("A second"));
        QCOMPARE(html.mid(offsets[second], 8), QStringLiteral("A second"));
    }

    void testDeclaredEncodingIsUsed()
    {
        const Article article = importPage(QStringLiteral("windows-1252.html"));
        QVERIFY(article.warnings.isEmpty());
        QCOMPARE(article.title, QStringLiteral("Caf\u00E9 reopens"));
        QVERIFY(article.text.contains(QStringLiteral("The harbour caf\u00E9 reopened")));
    }

    void testMalformedPageWarnsOnlyAboutEncoding()
    {
        const Article article = importPage(QStringLiteral("malformed.html"));
        QVERIFY(article.isValid());
        QCOMPARE(article.warnings.size(), 1);
        QVERIFY(article.warnings.first().contains(QLatin1String("invalid UTF-8")));
        QCOMPARE(article.title, QStringLiteral("Broken <b>page"));
    }

    void testDeepNesting_data()
    {
        QTest::addColumn<QString>("open");
        QTest::addColumn<QString>("close");
        QTest::newRow("div") << QStringLiteral("<div>") << QStringLiteral("</div>");
        QTest::newRow("unclosed div") << QStringLiteral("<div class=\"x\">") << QString();
        QTest::newRow("bold") << QStringLiteral("<b>") << QStringLiteral("</b>");
        QTest::newRow("unclosed paragraph") << QStringLiteral("<p>") << QString();
        QTest::newRow("list") << QStringLiteral("<ul><li>") << QString();
        QTest::newRow("table") << QStringLiteral("<table><tr><td>") << QString();
        QTest::newRow("span with quoted >")
            << QStringLiteral("<span title=\"a > b\">") << QStringLiteral("</span>");
    }

    void testDeepNesting()
    {
        QFETCH(QString, open);
        QFETCH(QString, close);
        constexpr int Levels = 100'000;
        QString html = QStringLiteral("<html><body>");
        html.reserve(Levels * (open.size() + close.size()) + 200);
        for (int i = 0; i < Levels; ++i) {
            html += open;
        }
        html += QStringLiteral("Deep inside, 12 divers found the wreck, they said.");
        for (int i = 0; i < Levels; ++i) {
            html += close;
        }
        html += QStringLiteral("</body></html>");
        const Article article = HtmlImporter::parse(html);
        QVERIFY(article.text.contains(QLatin1String("12 divers found the wreck")));
    }

    void testNestingLimiterKeepsOffsets()
    {
        QByteArray html = "<div><div><div><p>text</p></div></div></div>";
        const QByteArray original = html;
        QCOMPARE(HtmlNestingLimiter::limit(html, 2), 2);
        QCOMPARE(html.size(), original.size());
        QCOMPARE(html, QByteArray("<div><div>     <p>text</p>      </div></div>"));
        QByteArray script = "<script>if (a < b) { x = '<div><div><div>'; }</script><div></div>";
        QCOMPARE(HtmlNestingLimiter::limit(script, 1), 0);
    }

    void testPageWithoutParagraphsKeepsItsText()
    {
        const Article article
            = HtmlImporter::parse(QStringLiteral("<html><body>Just 3 words</body></html>"));
        QCOMPARE(article.text, QStringLiteral("Just 3 words"));
        const Article empty = HtmlImporter::parse(QStringLiteral("<html><body></body></html>"));
        QVERIFY(empty.text.isEmpty());
        QCOMPARE(empty.warnings.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestHtmlImporter)
#include "tst_htmlimporter.moc"
