#pragma once

#include "report/exportformat.h"
#include "report/factsheet.h"

#include <QDialog>
#include <QTimer>

#include <memory>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QStackedWidget;
class QTextBrowser;
class QTextDocument;

namespace KSyntaxHighlighting {
class SyntaxHighlighter;
}

namespace factbench {

class Project;

/// Exports a review's fact sheet: the format, which facts (confirmed, also disputed, every
/// one), a live preview of exactly what will be saved (text highlighted with the stock
/// KSyntaxHighlighting definition of its format; the PDF's page content laid out), and Save.
/// It follows the project while open, so the preview never shows an old review.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ExportDialog(const Project &project, QWidget *parent = nullptr);
    ~ExportDialog() override;

    ExportFormat format() const;
    void setFormat(ExportFormat format);
    FactSheetScope scope() const;
    void setScope(FactSheetScope scope);

    /// The text the preview shows and Save writes; empty for the PDF, which is binary.
    QString previewText() const;
    /// The stock definition the preview is highlighted with ("Markdown", "HTML", "JSON", "CSV").
    static QString definitionName(ExportFormat format);
    QPlainTextEdit *textPreview() const { return m_textPreview; }
    QTextBrowser *documentPreview() const { return m_documentPreview; }
    KSyntaxHighlighting::SyntaxHighlighter *highlighter() const { return m_highlighter; }

    /// Writes the chosen export to `fileName`; an empty string on success, else one sentence
    /// naming the file.
    QString saveTo(const QString &fileName);

private:
    FactSheet currentSheet() const;
    void scheduleRefresh();
    void refresh();
    void save();
    /// Where the save dialog starts: beside the project, named after it.
    QString suggestedFileName() const;

    const Project &m_project;
    QComboBox *m_formatBox = nullptr;
    QComboBox *m_scopeBox = nullptr;
    QLineEdit *m_urlEdit = nullptr;
    QLabel *m_summary = nullptr;
    QStackedWidget *m_previews = nullptr;
    QPlainTextEdit *m_textPreview = nullptr;
    QTextBrowser *m_documentPreview = nullptr;
    QString m_previewText;
    std::unique_ptr<QTextDocument> m_pdfDocument;
    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QTimer m_refreshTimer;
};

} // namespace factbench
