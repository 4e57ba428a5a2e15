#include "pdfwriter.h"

#include "htmlwriter.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>

namespace factbench {

namespace {

constexpr int Resolution = 300;
constexpr qreal MarginMillimetres = 20;

/// Lays a document out on pages of a paint device and moves each section (a level-2 heading and
/// what follows it up to the next one) to a new page when it would straddle two pages but fits
/// on one, so a fact's heading, its fields and its table of sources stay together. A section
/// longer than a page starts on a fresh page only when its heading would otherwise be left at
/// the foot of one.
class Paginator
{
public:
    /// Pages of the size of the body of the device's page: the margins are left to the printing
    /// (frame margins would be scaled once more from the screen's resolution to the device's).
    Paginator(QTextDocument &document, QPaintDevice &device, const QSizeF &body)
        : m_document(document)
        , m_pageHeight(body.height())
    {
        m_document.documentLayout()->setPaintDevice(&device);
        m_document.setPageSize(body);
    }

    void keepSectionsTogether()
    {
        // Each break moves everything after it, so sections are settled in order, each with
        // the layout its predecessors left.
        for (QTextBlock heading = nextHeading(m_document.begin()); heading.isValid();) {
            const QTextBlock next = nextHeading(heading.next());
            const qreal top = this->top(heading);
            const qreal bottom = next.isValid() ? this->top(next) : m_document.size().height();
            const bool straddles = page(top) != page(bottom - 1);
            const bool fits = bottom - top <= m_pageHeight;
            const bool orphaned = top - page(top) * m_pageHeight > m_pageHeight * 0.8;
            if (straddles && (fits || orphaned) && !startsPage(top)) {
                QTextBlockFormat format;
                format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
                QTextCursor(heading).mergeBlockFormat(format);
            }
            heading = next;
        }
    }

    int pageCount() const { return m_document.pageCount(); }

private:
    static QTextBlock nextHeading(QTextBlock block)
    {
        while (block.isValid() && block.blockFormat().headingLevel() != 2) {
            block = block.next();
        }
        return block;
    }

    qreal top(const QTextBlock &block) const
    {
        return m_document.documentLayout()->blockBoundingRect(block).top();
    }

    int page(qreal y) const { return int(y / m_pageHeight); }

    bool startsPage(qreal y) const { return y - page(y) * m_pageHeight < 1; }

    QTextDocument &m_document;
    qreal m_pageHeight = 0;
};

/// "Page 2 of 7" at the foot of the page, in the bottom margin.
void drawPageNumber(QPainter &painter, const QRectF &page, qreal margin, int number, int count)
{
    QFont font = painter.font();
    font.setPointSizeF(8);
    painter.setFont(font);
    painter.setPen(Qt::darkGray);
    const QRectF footer(margin, page.height() - margin, page.width() - 2 * margin, margin / 2);
    painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter,
        PdfWriter::tr("Page %1 of %2").arg(number).arg(count));
}

} // namespace

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
        pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
            QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
        pdf.setResolution(Resolution);
        pdf.setTitle(HtmlWriter::tr("Fact sheet"));
        pdf.setCreator(QStringLiteral("Factbench"));

        const QRectF page(0, 0, pdf.width(), pdf.height());
        const qreal margin = MarginMillimetres / 25.4 * pdf.logicalDpiY();
        const QRectF body = page.adjusted(margin, margin, -margin, -margin);
        const std::unique_ptr<QTextDocument> text = document(sheet);
        Paginator paginator(*text, pdf, body.size());
        paginator.keepSectionsTogether();

        QPainter painter(&pdf);
        const int pages = paginator.pageCount();
        QAbstractTextDocumentLayout::PaintContext context;
        context.palette.setColor(QPalette::Text, Qt::black);
        for (int index = 0; index < pages; ++index) {
            if (index > 0) {
                pdf.newPage();
            }
            // The document's page `index` is the band of its height at index * body height.
            const qreal offset = index * body.height();
            painter.save();
            painter.translate(body.left(), body.top() - offset);
            context.clip = QRectF(0, offset, body.width(), body.height());
            painter.setClipRect(context.clip);
            text->documentLayout()->draw(&painter, context);
            painter.restore();
            drawPageNumber(painter, page, margin, index + 1, pages);
        }
    }
    return bytes;
}

} // namespace factbench
