#include "reportfixture.h"

#include "report/factsheetexporter.h"
#include "report/pdfwriter.h"

#include <QFontDatabase>
#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace factbench;

namespace {

/// Runs a poppler tool; its standard output, or a skip when the tool is missing.
struct Tool
{
    QString output;
    QString error;
};

Tool run(const QString &program, const QStringList &arguments)
{
    const QString path = QStandardPaths::findExecutable(program);
    if (path.isEmpty()) {
        return {{}, QStringLiteral("%1 is not installed (poppler-utils)").arg(program)};
    }
    QProcess process;
    process.start(path, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        return {{},
            QStringLiteral("%1 failed: %2")
                .arg(program, QString::fromUtf8(process.readAllStandardError()))};
    }
    return {QString::fromUtf8(process.readAllStandardOutput()), {}};
}

/// The share of a page's pixels that are not near-white.
double inkedShare(const QImage &image)
{
    qsizetype inked = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (qGray(image.pixel(x, y)) < 200) {
                ++inked;
            }
        }
    }
    return double(inked) / double(image.width() * image.height());
}

/// Text as pdftotext gives it, compared without the layout: compatibility forms folded (Arabic
/// glyphs come back as presentation forms, "fl" as a ligature), spaces and the invisible
/// direction marks removed.
QString comparable(const QString &text)
{
    QString folded = text.normalized(QString::NormalizationForm_KC);
    folded.removeIf([](QChar c) { return c.isSpace() || c.category() == QChar::Other_Format; });
    return folded;
}

bool hasFontFor(QFontDatabase::WritingSystem system)
{
    return !QFontDatabase::families(system).isEmpty();
}

} // namespace

/// The PDF: rendered by poppler's pdftoppm into pictures that are pages with ink on them, and
/// read back by pdftotext with the review's text in it.
class TestPdfWriter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(PdfWriter::isAvailable());
        QVERIFY(m_dir.isValid());
    }

    void testSampleRendersToPages()
    {
        Project project;
        makeSampleProject(project);
        const FactSheet sheet = FactSheetBuilder::build(project.data(), FactSheetScope::Confirmed);
        const FactSheetExporter::Result rendered
            = FactSheetExporter::render(sheet, ExportFormat::Pdf);
        QVERIFY2(rendered.ok(), qPrintable(rendered.error));
        QVERIFY(rendered.bytes.startsWith("%PDF-"));
        const QString pdf = m_dir.filePath(QStringLiteral("sample.pdf"));
        QCOMPARE(FactSheetExporter::save(rendered.bytes, pdf), QString());

        const Tool info = run(QStringLiteral("pdfinfo"), {pdf});
        if (!info.error.isEmpty()) {
            QSKIP(qPrintable(info.error));
        }
        const QRegularExpressionMatch pages
            = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info.output);
        QVERIFY(pages.hasMatch());
        // Six confirmed facts with three sources each do not fit on one page, nor need ten.
        const int pageCount = pages.captured(1).toInt();
        QVERIFY2(pageCount >= 2 && pageCount <= 8, qPrintable(info.output));
        QVERIFY(info.output.contains(QStringLiteral("A4")));

        const QString prefix = m_dir.filePath(QStringLiteral("page"));
        const Tool pictures = run(QStringLiteral("pdftoppm"),
            {QStringLiteral("-r"), QStringLiteral("50"), QStringLiteral("-png"), pdf, prefix});
        QVERIFY2(pictures.error.isEmpty(), qPrintable(pictures.error));
        const QDir dir(m_dir.path());
        const QStringList pngs
            = dir.entryList({QStringLiteral("page-*.png")}, QDir::Files, QDir::Name);
        QCOMPARE(pngs.size(), pageCount);
        const QImage first(dir.filePath(pngs.first()));
        QVERIFY(!first.isNull());
        // A4 at 50 dpi is about 413 x 585 pixels.
        QVERIFY(first.width() > 400 && first.height() > 570);
        const double ink = inkedShare(first);
        QVERIFY2(ink > 0.02 && ink < 0.5, qPrintable(QString::number(ink)));

        const Tool text = run(QStringLiteral("pdftotext"),
            {QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"),
                pdf, QStringLiteral("-")});
        QVERIFY2(text.error.isEmpty(), qPrintable(text.error));
        const QString shown = comparable(text.output);
        QVERIFY(shown.contains(comparable(QStringLiteral("Fact sheet"))));
        QVERIFY(shown.contains(comparable(QStringLiteral("homes flooded"))));
        QVERIFY(shown.contains(comparable(QStringLiteral("The Coastal Herald"))));
    }

    void testFactsAreNotSplitAcrossPages()
    {
        Project project;
        makeSampleProject(project);
        const FactSheet sheet = FactSheetBuilder::build(project.data(), FactSheetScope::All);
        const QString pdf = m_dir.filePath(QStringLiteral("paged.pdf"));
        QCOMPARE(FactSheetExporter::save(PdfWriter().write(sheet), pdf), QString());
        const Tool info = run(QStringLiteral("pdfinfo"), {pdf});
        if (!info.error.isEmpty()) {
            QSKIP(qPrintable(info.error));
        }
        const int pageCount = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)"))
                                  .match(info.output)
                                  .captured(1)
                                  .toInt();
        QVERIFY(pageCount > 1);

        // Every fact shows its status once and a link to each source's passage: a page holds
        // the links of exactly the facts whose status it shows, when none is cut in two.
        const QString status = comparable(QStringLiteral("Status"));
        const QString link = comparable(QStringLiteral("Go to the passage"));
        qsizetype nextFact = 0;
        for (int page = 1; page <= pageCount; ++page) {
            const Tool text = run(QStringLiteral("pdftotext"),
                {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                    QString::number(page), pdf, QStringLiteral("-")});
            QVERIFY2(text.error.isEmpty(), qPrintable(text.error));
            const QString shown = comparable(text.output);
            QVERIFY(shown.contains(
                comparable(QStringLiteral("Page %1 of %2").arg(page).arg(pageCount))));
            qsizetype links = 0;
            for (qsizetype fact = 0; fact < shown.count(status); ++fact) {
                QVERIFY(nextFact < sheet.entries.size());
                links += sheet.entries.at(nextFact++).sources.size();
            }
            QVERIFY2(shown.count(link) == links,
                qPrintable(QStringLiteral("page %1: %2 passages, %3 expected")
                               .arg(page)
                               .arg(shown.count(link))
                               .arg(links)));
        }
        QCOMPARE(nextFact, sheet.entries.size());
    }

    void testHostileTextSurvives_data()
    {
        QTest::addColumn<QString>("expected");
        QTest::addColumn<int>("writingSystem");
        QTest::newRow("latin punctuation") << hostile::quoteVerdict << int(QFontDatabase::Latin);
        QTest::newRow("latin and cyrillic")
            << QStringLiteral("Kyiv \"Independent\" & <Co>") << int(QFontDatabase::Latin);
        QTest::newRow("cyrillic") << hostile::articles().first().title
                                  << int(QFontDatabase::Cyrillic);
        QTest::newRow("arabic") << hostile::articles().at(1).title << int(QFontDatabase::Arabic);
        QTest::newRow("hebrew") << hostile::articles().at(2).outlet << int(QFontDatabase::Hebrew);
        QTest::newRow("chinese") << hostile::articles().at(3).title
                                 << int(QFontDatabase::SimplifiedChinese);
    }

    void testHostileTextSurvives()
    {
        QFETCH(QString, expected);
        QFETCH(int, writingSystem);
        if (!hasFontFor(QFontDatabase::WritingSystem(writingSystem))) {
            // Without a font the glyphs are boxes and the text cannot come back out.
            QSKIP("no font for this script is installed");
        }
        if (m_hostileText.isEmpty()) {
            Project project;
            hostile::makeHostileProject(project);
            const QString pdf = m_dir.filePath(QStringLiteral("hostile.pdf"));
            QCOMPARE(FactSheetExporter::save(PdfWriter().write(FactSheetBuilder::build(
                                                 project.data(), FactSheetScope::All)),
                         pdf),
                QString());
            const Tool text = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
            if (!text.error.isEmpty()) {
                QSKIP(qPrintable(text.error));
            }
            m_hostileText = comparable(text.output);
        }
        // pdftotext gives a line with right-to-left runs in the order they stand on the page, each
        // run's letters in reading order: such a text is checked word by word.
        const QStringList pieces = expected.isRightToLeft()
            ? expected.split(QLatin1Char(' '), Qt::SkipEmptyParts)
            : QStringList {expected};
        for (const QString &piece : pieces) {
            QVERIFY2(m_hostileText.contains(comparable(piece)), qPrintable(piece));
        }
    }

private:
    QTemporaryDir m_dir;
    QString m_hostileText;
};

// PDF needs fonts and text layout: a QGuiApplication, on the offscreen platform in the tests.
QTEST_MAIN(TestPdfWriter)
#include "tst_pdfwriter.moc"
