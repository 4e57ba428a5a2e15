#pragma once

#include "factsheetwriter.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace factbench {

/// The formats a fact sheet is exported in.
enum class ExportFormat { Markdown, Html, Pdf, Csv, Json, ClaimReview, WebAnnotation };

/// What the command line, the dialog and the file names need to know about each format.
class ExportFormats
{
    Q_DECLARE_TR_FUNCTIONS(factbench::ExportFormats)

public:
    static QList<ExportFormat> all();
    /// The command line's name: md, html, pdf, csv, json, claimreview, webannotation.
    static QString name(ExportFormat format);
    static std::optional<ExportFormat> fromName(QStringView name);
    /// The usual file name suffix, without the dot.
    static QString suffix(ExportFormat format);
    /// The translated name a menu shows: "Markdown", "ClaimReview (schema.org JSON-LD)".
    static QString title(ExportFormat format);
    static QString mimeType(ExportFormat format);
    /// PDF is binary: it cannot go to a terminal and has no text preview.
    static bool isBinary(ExportFormat format);
    static std::unique_ptr<FactSheetWriter> writer(ExportFormat format);
};

} // namespace factbench
