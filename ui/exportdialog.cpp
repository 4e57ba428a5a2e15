#include "exportdialog.h"

#include "highlightedtext.h"
#include "report/factsheetbuilder.h"
#include "report/factsheetexporter.h"
#include "report/pdfwriter.h"
#include "review/project.h"
#include "syntaxrepository.h"

#include <KSyntaxHighlighting/SyntaxHighlighter>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

namespace factbench {

ExportDialog::ExportDialog(const Project &project, QWidget *parent)
    : QDialog(parent)
    , m_project(project)
{
    setWindowTitle(tr("Export Fact Sheet"));

    m_formatBox = new QComboBox(this);
    m_formatBox->setObjectName(QStringLiteral("format"));
    for (ExportFormat format : ExportFormats::all()) {
        m_formatBox->addItem(ExportFormats::title(format), int(format));
    }
    m_scopeBox = new QComboBox(this);
    m_scopeBox->setObjectName(QStringLiteral("scope"));
    m_scopeBox->addItem(tr("Confirmed facts"), int(FactSheetScope::Confirmed));
    m_scopeBox->addItem(tr("Confirmed and disputed facts"), int(FactSheetScope::Disputed));
    m_scopeBox->addItem(tr("Every fact"), int(FactSheetScope::All));
    m_urlEdit = new QLineEdit(this);
    m_urlEdit->setObjectName(QStringLiteral("url"));
    m_urlEdit->setPlaceholderText(tr("https://… (optional)"));
    m_urlEdit->setToolTip(tr("Where the fact sheet will be published: ClaimReview names each "
                             "review by this address and the fact's anchor."));

    auto *form = new QFormLayout;
    form->addRow(tr("&Format:"), m_formatBox);
    form->addRow(tr("&Facts:"), m_scopeBox);
    form->addRow(tr("&Published at:"), m_urlEdit);

    m_summary = new QLabel(this);
    m_textPreview = new QPlainTextEdit(this);
    m_textPreview->setObjectName(QStringLiteral("textPreview"));
    m_textPreview->setReadOnly(true);
    m_textPreview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_highlighter = new KSyntaxHighlighting::SyntaxHighlighter(m_textPreview->document());
    m_highlighter->setTheme(SyntaxRepository::themeFor(m_textPreview->palette()));
    m_documentPreview = new QTextBrowser(this);
    m_documentPreview->setObjectName(QStringLiteral("documentPreview"));
    m_documentPreview->setOpenExternalLinks(true);
    m_previews = new QStackedWidget(this);
    m_previews->addWidget(m_textPreview);
    m_previews->addWidget(m_documentPreview);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ExportDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_previews, 1);
    layout->addWidget(m_buttons);
    resize(900, 640);

    // Changes arrive in bursts (typing a note, an undo of many rows): one refresh per burst.
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(150);
    connect(&m_refreshTimer, &QTimer::timeout, this, &ExportDialog::refresh);
    connect(m_formatBox, &QComboBox::currentIndexChanged, this, &ExportDialog::refresh);
    connect(m_scopeBox, &QComboBox::currentIndexChanged, this, &ExportDialog::refresh);
    connect(m_urlEdit, &QLineEdit::textChanged, this, &ExportDialog::scheduleRefresh);
    connect(&m_project, &Project::rowChanged, this, &ExportDialog::scheduleRefresh);
    connect(&m_project, &Project::rowsInserted, this, &ExportDialog::scheduleRefresh);
    connect(&m_project, &Project::rowsRemoved, this, &ExportDialog::scheduleRefresh);
    connect(&m_project, &Project::wasReset, this, &ExportDialog::scheduleRefresh);
    refresh();
}

ExportDialog::~ExportDialog()
{
    // The browser must let go of the document before it is deleted.
    m_documentPreview->setDocument(nullptr);
}

ExportFormat ExportDialog::format() const
{
    return ExportFormat(m_formatBox->currentData().toInt());
}

void ExportDialog::setFormat(ExportFormat format)
{
    m_formatBox->setCurrentIndex(m_formatBox->findData(int(format)));
}

FactSheetScope ExportDialog::scope() const
{
    return FactSheetScope(m_scopeBox->currentData().toInt());
}

void ExportDialog::setScope(FactSheetScope scope)
{
    m_scopeBox->setCurrentIndex(m_scopeBox->findData(int(scope)));
}

QString ExportDialog::previewText() const
{
    return ExportFormats::isBinary(format()) ? QString() : m_previewText;
}

QString ExportDialog::definitionName(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Markdown:
        return QStringLiteral("Markdown");
    case ExportFormat::Html:
        return QStringLiteral("HTML");
    case ExportFormat::Csv:
        return QStringLiteral("CSV");
    case ExportFormat::Json:
    case ExportFormat::ClaimReview:
    case ExportFormat::WebAnnotation:
        return QStringLiteral("JSON");
    case ExportFormat::Pdf:
        break;
    }
    return {};
}

FactSheet ExportDialog::currentSheet() const
{
    FactSheet sheet = FactSheetBuilder::build(m_project.data(), scope());
    sheet.publicationUrl = m_urlEdit->text().trimmed();
    return sheet;
}

void ExportDialog::scheduleRefresh()
{
    m_refreshTimer.start();
}

void ExportDialog::refresh()
{
    m_refreshTimer.stop();
    const FactSheet sheet = currentSheet();
    m_summary->setText(sheet.entries.isEmpty()
            ? tr("No fact is in this selection yet: the fact sheet is empty.")
            : tr("%n fact(s) in the fact sheet.", nullptr, int(sheet.entries.size())));
    if (format() == ExportFormat::Pdf) {
        // The PDF's own page content, laid out as it will be printed.
        std::unique_ptr<QTextDocument> document = PdfWriter::document(sheet);
        m_documentPreview->setDocument(document.get());
        m_pdfDocument = std::move(document);
        m_previews->setCurrentWidget(m_documentPreview);
        return;
    }
    // Kept as written: the text view shows CSV's CRLF line ends as plain line breaks.
    m_previewText = QString::fromUtf8(ExportFormats::writer(format())->write(sheet));
    const KSyntaxHighlighting::Definition definition
        = SyntaxRepository::instance().definitionForName(definitionName(format()));
    if (m_highlighter->definition() != definition) {
        m_highlighter->setDefinition(definition);
    }
    // Keep the reader's place when only the content changed.
    const int scroll = m_textPreview->verticalScrollBar()->value();
    // Markdown is prose and reads wrapped; data formats keep a record a line.
    m_textPreview->setLineWrapMode(
        format() == ExportFormat::Markdown ? QPlainTextEdit::WidgetWidth : QPlainTextEdit::NoWrap);
    setHighlightedText(m_textPreview, m_highlighter, m_previewText);
    m_textPreview->verticalScrollBar()->setValue(scroll);
    m_previews->setCurrentWidget(m_textPreview);
}

QString ExportDialog::saveTo(const QString &fileName)
{
    const FactSheetExporter::Result rendered = FactSheetExporter::render(currentSheet(), format());
    if (!rendered.ok()) {
        return tr("%1 cannot be written: %2")
            .arg(QDir::toNativeSeparators(fileName), rendered.error);
    }
    return FactSheetExporter::save(rendered.bytes, fileName);
}

QString ExportDialog::suggestedFileName() const
{
    const QString suffix = ExportFormats::suffix(format());
    if (m_project.fileName().isEmpty()) {
        return QDir::home().filePath(tr("fact-sheet") + QLatin1Char('.') + suffix);
    }
    const QFileInfo project(m_project.fileName());
    return project.dir().filePath(project.completeBaseName() + QLatin1Char('.') + suffix);
}

void ExportDialog::save()
{
    const QString filter
        = QStringLiteral("%1 (*.%2)")
              .arg(ExportFormats::title(format()), ExportFormats::suffix(format()));
    const QString fileName
        = QFileDialog::getSaveFileName(this, tr("Export Fact Sheet"), suggestedFileName(), filter);
    if (fileName.isEmpty()) {
        return;
    }
    if (const QString error = saveTo(fileName); !error.isEmpty()) {
        QMessageBox::warning(this, tr("Export Failed"), error);
        return;
    }
    accept();
}

} // namespace factbench
