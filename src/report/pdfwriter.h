#pragma once

#include "factsheetwriter.h"

#include <QCoreApplication>

#include <memory>

class QTextDocument;

namespace factbench {

/// The fact sheet as a PDF: the HTML writer's rich-text flavour laid out by QTextDocument on A4
/// pages through QPdfWriter, with page numbers; a fact is not split across two pages when it fits
/// on one. Fonts and layout need a QGuiApplication (the command line starts one on the offscreen
/// platform); without one nothing is written.
class PdfWriter : public FactSheetWriter
{
    Q_DECLARE_TR_FUNCTIONS(PdfWriter)

public:
    QByteArray write(const FactSheet &sheet) const override;
    /// The document the PDF prints, also what the export dialog previews.
    static std::unique_ptr<QTextDocument> document(const FactSheet &sheet);
    /// Whether a QGuiApplication runs, which text layout needs.
    static bool isAvailable();
};

} // namespace factbench
