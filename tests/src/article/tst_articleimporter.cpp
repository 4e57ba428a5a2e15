#include "article/articleimporter.h"
#include "article/boilerplatedetector.h"
#include "article/markdownimporter.h"
#include "article/samplearticles.h"
#include "extract/extractor.h"

#include <QTemporaryDir>
#include <QTest>

using namespace factbench;

class TestArticleImporter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void testPlainTextKeepsTextExceptBomAndCrlf()
    {
        const QByteArray bytes = "\xEF\xBB\xBFLine one\r\nLine \xE2\x80\x9Ctwo\xE2\x80\x9D\r\n";
        const Article article = ArticleImporter::importBytes(bytes, QStringLiteral("a.txt"));
        QVERIFY(article.isValid());
        QCOMPARE(article.text, QStringLiteral("Line one\nLine “two”\n"));
        QVERIFY(article.warnings.isEmpty());
        QCOMPARE(article.title, QStringLiteral("Line one"));
    }

    void testBinaryFileIsRefused()
    {
        const QByteArray bytes("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
        const Article article = ArticleImporter::importBytes(bytes, QStringLiteral("photo.txt"));
        QVERIFY(!article.isValid());
        QCOMPARE(article.error, QStringLiteral("photo.txt is not a text article"));
        QVERIFY(article.text.isEmpty());
    }

    void testInvalidUtf8IsReplacedWithWarning()
    {
        const Article article
            = ArticleImporter::importBytes("caf\xE9 au lait", QStringLiteral("latin1.txt"));
        QVERIFY(article.isValid());
        QCOMPARE(article.text, QStringLiteral("caf\uFFFD au lait"));
        QCOMPARE(article.warnings.size(), 1);
        QVERIFY(article.warnings.first().contains(QLatin1String("latin1.txt")));
    }

    void testEmptyFileGivesWarning()
    {
        const Article article = ArticleImporter::importBytes({}, QStringLiteral("empty.txt"));
        QVERIFY(article.isValid());
        QVERIFY(article.text.isEmpty());
        QCOMPARE(article.warnings, QStringList {QStringLiteral("empty.txt is empty")});
    }

    void testBadFiles_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("message");
        QTest::newRow("png named .txt")
            << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << QStringLiteral("photo.txt")
            << false << QStringLiteral("photo.txt is not a text article");
        QTest::newRow("utf-16 html")
            << QByteArray("\xFF\xFE<\0h\0t\0m\0l\0>\0", 12) << QStringLiteral("page.html") << false
            << QStringLiteral("page.html is not a text article");
        QTest::newRow("latin-1 text")
            << QByteArray("Caf\xE9 owners said 12 tables were lost.")
            << QStringLiteral("latin1.txt") << true << QStringLiteral("invalid UTF-8 was replaced");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty.txt") << true
                               << QStringLiteral("empty.txt is empty");
        QTest::newRow("blank html") << QByteArray("  \n") << QStringLiteral("blank.html") << true
                                    << QStringLiteral("blank.html is empty");
    }

    void testBadFiles()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, name);
        QFETCH(bool, valid);
        QFETCH(QString, message);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(name);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        file.close();
        const Article article = ArticleImporter::importFile(path);
        QCOMPARE(article.isValid(), valid);
        if (!valid) {
            QCOMPARE(article.error, dir.filePath(message));
            QVERIFY(article.text.isEmpty());
            return;
        }
        const QString warnings = article.warnings.join(QLatin1Char('\n'));
        QVERIFY2(warnings.contains(message), qPrintable(warnings));
        const Extraction extraction = Extractor::extract(article);
        if (article.text.trimmed().isEmpty()) {
            QVERIFY(extraction.figures.isEmpty());
            QVERIFY(extraction.quotes.isEmpty());
        } else {
            QVERIFY(article.text.contains(QChar(0xFFFD)));
        }
    }

    // Fifty megabytes of article with furniture every few paragraphs: imported, furniture
    // detected, in linear time (no timing assertion here; speed belongs in benchmarks).
    void testFiftyMegabyteArticle()
    {
        const QByteArray block = "Share this article\n\nRussia launched 539 drones and 11 missiles "
                                 "overnight, the air force said, and at least 23 people were "
                                 "injured in the capital.\n\n\xE2\x80\x9CIt was a night of "
                                 "terror,\xE2\x80\x9D the minister said.\n\nMore on this story\n\n"
                                 "Fri, 04 Jul 2025 17:09:07 GMT\n\nAnother story with 12 dead\n\n";
        QByteArray bytes;
        bytes.reserve(50 * 1024 * 1024 + block.size());
        while (bytes.size() < 50 * 1024 * 1024) {
            bytes += block;
        }
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("huge.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        file.close();
        const Article article = ArticleImporter::importFile(path);
        QVERIFY(article.isValid());
        QCOMPARE(article.text.size(), QString::fromUtf8(bytes).size());
        const qsizetype blocks = bytes.size() / block.size();
        // Each block gives two ranges: the share prompt, and the related list up to the next
        // block's share prompt, which it joins.
        QVERIFY(article.boilerplate.size() >= blocks);
        QVERIFY(article.isBoilerplate(article.text.lastIndexOf(QLatin1String("Another story"))));
        QVERIFY(!article.isBoilerplate(article.text.lastIndexOf(QLatin1String("539 drones"))));
        QCOMPARE(article.title,
            QStringLiteral("Russia launched 539 drones and 11 missiles "
                           "overnight, the air force said, and at least 23 "
                           "people were injured in the capital."));
    }

    void testMissingFileNamesTheFile()
    {
        const Article article = ArticleImporter::importFile(QStringLiteral("/nonexistent/x.txt"));
        QVERIFY(!article.isValid());
        QVERIFY(article.error.startsWith(QLatin1String("/nonexistent/x.txt cannot be read")));
    }

    void testLinesAreArticles()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sentences.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("First 3 sentences.\r\nSecond one.\n\nFourth.\n");
        file.close();
        const QList<Article> articles = ArticleImporter::importLines(path);
        QCOMPARE(articles.size(), 4);
        QCOMPARE(articles[0].text, QStringLiteral("First 3 sentences."));
        QCOMPARE(articles[0].line, 1);
        QCOMPARE(articles[2].text, QString());
        QCOMPARE(articles[3].line, 4);
        QCOMPARE(articles[3].source, path);
    }

    void testMarkdownFrontMatterAndMarkup()
    {
        const QString markdown
            = QStringLiteral("---\ntitle: Storm hits\noutlet: The Herald\n"
                             "published: 2026-03-14T07:30:00Z\n---\n\n"
                             "# Heading\n\nSome **bold** and [a link](http://x).\n");
        QList<qsizetype> offsets;
        const Article article = MarkdownImporter::parse(markdown, &offsets);
        QCOMPARE(article.title, QStringLiteral("Storm hits"));
        QCOMPARE(article.outlet, QStringLiteral("The Herald"));
        QCOMPARE(article.published.date(), QDate(2026, 3, 14));
        QCOMPARE(article.text, QStringLiteral("Heading\n\nSome bold and a link.\n"));
        QCOMPARE(offsets.size(), article.text.size());
        // Every kept character maps back to the same character of the source.
        for (qsizetype i = 0; i < article.text.size(); ++i) {
            QCOMPARE(markdown.at(offsets[i]), article.text.at(i));
        }
    }

    void testFurnitureLines_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<bool>("furniture");
        QTest::newRow("sponsor") << QStringLiteral("Sponsor:  QWIKET ") << true;
        QTest::newRow("share") << QStringLiteral("Share this article") << true;
        QTest::newRow("photo credit") << QStringLiteral("Photo: Harlow Bay Coastguard") << true;
        QTest::newRow("sign up") << QStringLiteral("Sign up for our morning briefing") << true;
        QTest::newRow("news sentence")
            << QStringLiteral("Sponsors of the bill said 23 people were hurt.") << false;
        QTest::newRow("blank") << QString() << false;
    }

    void testFurnitureLines()
    {
        QFETCH(QString, line);
        QFETCH(bool, furniture);
        QCOMPARE(BoilerplateDetector::isFurnitureLine(line), furniture);
    }

    void testSampleHasThreeArticlesWithMetadata()
    {
        const QList<Article> sample = SampleArticles::load();
        QCOMPARE(sample.size(), 3);
        QStringList outlets;
        for (const Article &article : sample) {
            QVERIFY2(article.isValid(), qPrintable(article.error));
            QVERIFY(!article.title.isEmpty());
            QVERIFY(article.published.isValid());
            QVERIFY(article.text.split(QLatin1Char(' ')).size() > 250);
            outlets.append(article.outlet);
        }
        QCOMPARE(outlets,
            (QStringList {QStringLiteral("The Coastal Herald"), QStringLiteral("Northshore Daily"),
                QStringLiteral("Bayline News")}));
        // Page furniture is reported, not removed.
        const Article &herald = sample.first();
        QVERIFY(herald.text.contains(QLatin1String("Share this article")));
        QVERIFY(herald.isBoilerplate(herald.text.indexOf(QLatin1String("Share this article"))));
        QVERIFY(!herald.isBoilerplate(herald.text.indexOf(QLatin1String("340 homes"))));
    }
};

QTEST_GUILESS_MAIN(TestArticleImporter)
#include "tst_articleimporter.moc"
