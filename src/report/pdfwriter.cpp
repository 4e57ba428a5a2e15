#include "pdfwriter.h"

#include "htmlwriter.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPdfWriter>
#include <QTextDocument>

namespace factbench {

bool PdfWriter::isAvailable()
{
    return qobject_cast<QGuiApplication *>(QCoreApplication::instance()) != nullptr;
}

std::unique_ptr<QTextDocument> PdfWriter::document(const FactSheet &sheet)
{
    auto document = std::make_unique<QTextDocument>();
    document->setDocumentMargin(0);
    document->setHtml(HtmlWriter(HtmlWriter::Flavour::RichText).html(sheet));
    return document;
}

QByteArray PdfWriter::write(const FactSheet &sheet) const
{
    if (!isAvailable()) {
        return {};
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter pdf(&buffer);
        // QTextDocument::print() lays out inside 2 cm margins of its own and puts the page
        // number in the bottom one, so the page itself has none.
        pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
            QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
        pdf.setResolution(300);
        pdf.setTitle(HtmlWriter::tr("Fact sheet"));
        pdf.setCreator(QStringLiteral("Factbench"));
        const std::unique_ptr<QTextDocument> text = document(sheet);
        text->print(&pdf);
    }
    return bytes;
}

} // namespace factbench
