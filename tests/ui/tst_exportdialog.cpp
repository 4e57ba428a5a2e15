#include "exportdialog.h"

#include "report/factsheetbuilder.h"
#include "review/project.h"
#include "review/sampleproject.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/SyntaxHighlighter>

#include <QComboBox>
#include <QFile>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextLayout>

using namespace factbench;

Q_DECLARE_METATYPE(factbench::ExportFormat)

namespace {

/// Whether the highlighter gave any block of the preview a format.
bool isHighlighted(const QPlainTextEdit *view)
{
    for (QTextBlock block = view->document()->begin(); block.isValid(); block = block.next()) {
        if (block.layout() && !block.layout()->formats().isEmpty()) {
            return true;
        }
    }
    return false;
}

/// Picks `format` in the dialog's combo box, as a user would.
void chooseFormat(ExportDialog &dialog, ExportFormat format)
{
    auto *box = dialog.findChild<QComboBox *>(QStringLiteral("format"));
    QVERIFY(box);
    box->setFocus();
    // Keyboard choice: from the first entry, down to the wanted one.
    box->setCurrentIndex(0);
    const int target = box->findData(int(format));
    for (int i = 0; i < target; ++i) {
        QTest::keyClick(box, Qt::Key_Down);
    }
    QCOMPARE(dialog.format(), format);
}

} // namespace

/// The export dialog over the sample review: its preview follows the format, the scope and the
/// project, is highlighted, and Save writes what it shows.
class TestExportDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        const ProjectResult built = SampleProject::build(m_project);
        QVERIFY2(built.ok(), qPrintable(built.message));
        QVERIFY(m_dir.isValid());
    }

    void testPreviewFollowsFormat_data()
    {
        QTest::addColumn<ExportFormat>("format");
        QTest::addColumn<QString>("start");
        QTest::addColumn<QString>("definition");
        QTest::newRow("markdown") << ExportFormat::Markdown << QStringLiteral("# Fact sheet")
                                  << QStringLiteral("Markdown");
        QTest::newRow("html") << ExportFormat::Html << QStringLiteral("<!DOCTYPE html>")
                              << QStringLiteral("HTML");
        QTest::newRow("csv") << ExportFormat::Csv << QStringLiteral("fact,label,kind,status")
                             << QStringLiteral("CSV");
        QTest::newRow("json") << ExportFormat::Json << QStringLiteral("{\n    \"format\"")
                              << QStringLiteral("JSON");
        QTest::newRow("claimreview")
            << ExportFormat::ClaimReview << QStringLiteral("[") << QStringLiteral("JSON");
        QTest::newRow("webannotation")
            << ExportFormat::WebAnnotation << QStringLiteral("{") << QStringLiteral("JSON");
    }

    void testPreviewFollowsFormat()
    {
        QFETCH(ExportFormat, format);
        QFETCH(QString, start);
        QFETCH(QString, definition);
        ExportDialog dialog(m_project);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        chooseFormat(dialog, format);
        QVERIFY2(dialog.previewText().startsWith(start), qPrintable(dialog.previewText().left(80)));
        QCOMPARE(dialog.findChild<QStackedWidget *>()->currentWidget(), dialog.textPreview());
        QVERIFY(dialog.highlighter()->definition().isValid());
        QCOMPARE(dialog.highlighter()->definition().name(), definition);
        QTRY_VERIFY(isHighlighted(dialog.textPreview()));
        // Prose wraps; data keeps a record a line.
        QCOMPARE(dialog.textPreview()->lineWrapMode(),
            format == ExportFormat::Markdown ? QPlainTextEdit::WidgetWidth
                                             : QPlainTextEdit::NoWrap);
        // The preview is exactly what the writer makes.
        const QByteArray expected = ExportFormats::writer(format)->write(
            FactSheetBuilder::build(m_project.data(), FactSheetScope::Confirmed));
        QCOMPARE(dialog.previewText(), QString::fromUtf8(expected));
    }

    void testScopeChangesTheFacts()
    {
        ExportDialog dialog(m_project);
        dialog.setFormat(ExportFormat::Markdown);
        QVERIFY(!dialog.previewText().contains(QStringLiteral("**Status:** rejected")));
        auto *scope = dialog.findChild<QComboBox *>(QStringLiteral("scope"));
        QVERIFY(scope);
        scope->setCurrentIndex(scope->findData(int(FactSheetScope::All)));
        QCOMPARE(dialog.scope(), FactSheetScope::All);
        QVERIFY(dialog.previewText().contains(QStringLiteral("**Status:** rejected")));
        QVERIFY(dialog.previewText().contains(QStringLiteral("**Status:** disputed")));
    }

    void testPdfShowsTheLaidOutPages()
    {
        ExportDialog dialog(m_project);
        dialog.setFormat(ExportFormat::Pdf);
        QCOMPARE(dialog.findChild<QStackedWidget *>()->currentWidget(), dialog.documentPreview());
        QVERIFY(dialog.previewText().isEmpty());
        const QString shown = dialog.documentPreview()->document()->toPlainText();
        QVERIFY(shown.contains(QStringLiteral("Fact sheet")));
        QVERIFY(shown.contains(QStringLiteral("homes flooded")));
    }

    void testPreviewFollowsTheProject()
    {
        ExportDialog dialog(m_project);
        dialog.setFormat(ExportFormat::Csv);
        const QString factId = FactSheetBuilder::build(m_project.data(), FactSheetScope::Confirmed)
                                   .entries.first()
                                   .factId;
        const QString note = m_project.fact(factId)->note;
        QVERIFY(m_project.editNote(factId, QStringLiteral("A note written while exporting")));
        QTRY_VERIFY(
            dialog.previewText().contains(QStringLiteral("A note written while exporting")));
        QVERIFY(m_project.editNote(factId, note));
        QTRY_VERIFY(
            !dialog.previewText().contains(QStringLiteral("A note written while exporting")));
    }

    void testSaveWritesWhatThePreviewShows()
    {
        ExportDialog dialog(m_project);
        dialog.setFormat(ExportFormat::Markdown);
        const QString fileName = m_dir.filePath(QStringLiteral("sheet.md"));
        QCOMPARE(dialog.saveTo(fileName), QString());
        QFile file(fileName);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(file.readAll()), dialog.previewText());

        dialog.setFormat(ExportFormat::Pdf);
        const QString pdfName = m_dir.filePath(QStringLiteral("sheet.pdf"));
        QCOMPARE(dialog.saveTo(pdfName), QString());
        QFile pdf(pdfName);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
    }

    void testSaveFailureNamesTheFile()
    {
        ExportDialog dialog(m_project);
        const QString error = dialog.saveTo(m_dir.filePath(QStringLiteral("missing/sheet.md")));
        QVERIFY(!error.isEmpty());
        QVERIFY2(error.contains(QStringLiteral("sheet.md")), qPrintable(error));
    }

private:
    Project m_project;
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
