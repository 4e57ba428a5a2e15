#include "reportfixture.h"

#include "report/exportformat.h"
#include "report/factsheetbuilder.h"

#include <QFile>
#include <QTest>

using namespace factbench;

Q_DECLARE_METATYPE(factbench::ExportFormat)

/// The sample review's fact sheet (every fact) against the files in tests/data/report, which
/// tests/data/report/regenerate.sh writes with factbench-cli: the in-memory writers and the
/// command line over the saved project must give the same bytes.
class TestReportGolden : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void testSampleMatchesGoldenFile_data()
    {
        QTest::addColumn<ExportFormat>("format");
        QTest::newRow("markdown") << ExportFormat::Markdown;
        QTest::newRow("csv") << ExportFormat::Csv;
        QTest::newRow("json") << ExportFormat::Json;
    }

    void testSampleMatchesGoldenFile()
    {
        QFETCH(ExportFormat, format);
        Project project;
        makeSampleProject(project);
        const QByteArray actual = ExportFormats::writer(format)->write(
            FactSheetBuilder::build(project.data(), FactSheetScope::All));

        const QString goldenName
            = QStringLiteral(FACTBENCH_TEST_DATA "/report/sample.") + ExportFormats::suffix(format);
        QFile golden(goldenName);
        QVERIFY2(golden.open(QIODevice::ReadOnly),
            qPrintable(
                goldenName + QStringLiteral(" is missing; run tests/data/report/regenerate.sh")));
        const QByteArray expected = golden.readAll();
        if (actual == expected) {
            return;
        }
        const QList<QByteArray> expectedLines = expected.split('\n');
        const QList<QByteArray> actualLines = actual.split('\n');
        qsizetype line = 0;
        while (line < expectedLines.size() && line < actualLines.size()
            && expectedLines.at(line) == actualLines.at(line)) {
            ++line;
        }
        QFAIL(qPrintable(QStringLiteral("%1 differs at line %2:\n  expected: %3\n  actual:   %4\n"
                                        "If the change is intended, run "
                                        "tests/data/report/regenerate.sh and review the diff.")
                             .arg(goldenName, QString::number(line + 1),
                                 QString::fromUtf8(expectedLines.value(line)),
                                 QString::fromUtf8(actualLines.value(line)))));
    }
};

QTEST_GUILESS_MAIN(TestReportGolden)
#include "tst_reportgolden.moc"
