#include "exportformat.h"

#include "claimreviewwriter.h"
#include "csvwriter.h"
#include "htmlwriter.h"
#include "jsonwriter.h"
#include "markdownwriter.h"
#include "pdfwriter.h"
#include "webannotationwriter.h"

namespace factbench {

QList<ExportFormat> ExportFormats::all()
{
    return {ExportFormat::Markdown, ExportFormat::Html, ExportFormat::Pdf, ExportFormat::Csv,
        ExportFormat::Json, ExportFormat::ClaimReview, ExportFormat::WebAnnotation};
}

QString ExportFormats::name(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Markdown:
        return QStringLiteral("md");
    case ExportFormat::Html:
        return QStringLiteral("html");
    case ExportFormat::Pdf:
        return QStringLiteral("pdf");
    case ExportFormat::Csv:
        return QStringLiteral("csv");
    case ExportFormat::Json:
        return QStringLiteral("json");
    case ExportFormat::ClaimReview:
        return QStringLiteral("claimreview");
    case ExportFormat::WebAnnotation:
        return QStringLiteral("webannotation");
    }
    return {};
}

std::optional<ExportFormat> ExportFormats::fromName(QStringView name)
{
    for (ExportFormat format : all()) {
        if (name.compare(ExportFormats::name(format), Qt::CaseInsensitive) == 0) {
            return format;
        }
    }
    return std::nullopt;
}

QString ExportFormats::suffix(ExportFormat format)
{
    switch (format) {
    case ExportFormat::ClaimReview:
    case ExportFormat::WebAnnotation:
        return QStringLiteral("jsonld");
    case ExportFormat::Markdown:
    case ExportFormat::Html:
    case ExportFormat::Pdf:
    case ExportFormat::Csv:
    case ExportFormat::Json:
        break;
    }
    return name(format);
}

QString ExportFormats::title(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Markdown:
        return tr("Markdown");
    case ExportFormat::Html:
        return tr("HTML page");
    case ExportFormat::Pdf:
        return tr("PDF document");
    case ExportFormat::Csv:
        return tr("CSV table (one row per fact and source)");
    case ExportFormat::Json:
        return tr("JSON");
    case ExportFormat::ClaimReview:
        return tr("ClaimReview (schema.org JSON-LD)");
    case ExportFormat::WebAnnotation:
        return tr("Web Annotation (W3C JSON-LD)");
    }
    return {};
}

QString ExportFormats::mimeType(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Markdown:
        return QStringLiteral("text/markdown");
    case ExportFormat::Html:
        return QStringLiteral("text/html");
    case ExportFormat::Pdf:
        return QStringLiteral("application/pdf");
    case ExportFormat::Csv:
        return QStringLiteral("text/csv");
    case ExportFormat::Json:
        return QStringLiteral("application/json");
    case ExportFormat::ClaimReview:
    case ExportFormat::WebAnnotation:
        return QStringLiteral("application/ld+json");
    }
    return {};
}

bool ExportFormats::isBinary(ExportFormat format)
{
    return format == ExportFormat::Pdf;
}

std::unique_ptr<FactSheetWriter> ExportFormats::writer(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Markdown:
        return std::make_unique<MarkdownWriter>();
    case ExportFormat::Html:
        return std::make_unique<HtmlWriter>();
    case ExportFormat::Pdf:
        return std::make_unique<PdfWriter>();
    case ExportFormat::Csv:
        return std::make_unique<CsvWriter>();
    case ExportFormat::Json:
        return std::make_unique<JsonWriter>();
    case ExportFormat::ClaimReview:
        return std::make_unique<ClaimReviewWriter>();
    case ExportFormat::WebAnnotation:
        return std::make_unique<WebAnnotationWriter>();
    }
    return {};
}

} // namespace factbench
