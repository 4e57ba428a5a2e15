#pragma once

#include <gumbo.h>

#include <QByteArrayView>
#include <QList>
#include <QString>

#include <functional>

namespace factbench {

/// Turns parsed HTML into clean article text: paragraphs separated by blank lines, headings and
/// list items on their own lines, inline whitespace collapsed. Remembers, for every character,
/// where in the page it came from.
class HtmlTextWriter
{
public:
    /// `page` is the UTF-8 buffer gumbo parsed; offsets are reported as UTF-16 indices into the
    /// same page held as a QString.
    explicit HtmlTextWriter(QByteArrayView page);

    /// Writes `node` and what is below it, skipping the elements `skip` accepts. Iterative.
    void write(const GumboNode *node, const std::function<bool(const GumboNode *)> &skip);
    /// Ends the current paragraph: the next text starts after a blank line.
    void endParagraph() { requestBreak(Break::Paragraph); }

    const QString &text() const { return m_text; }
    const QList<qsizetype> &offsets() const { return m_offsets; }

private:
    enum class Break { None, Line, Paragraph };

    void requestBreak(Break kind);
    void writeText(const GumboNode *textNode);
    void put(QChar c, qsizetype offset);
    qsizetype toUtf16(qsizetype byteOffset);

    QByteArrayView m_page;
    QString m_text;
    QList<qsizetype> m_offsets;
    Break m_break = Break::None;
    bool m_space = false;
    int m_preformatted = 0;
    // Where the byte-to-UTF-16 conversion stands; text nodes come mostly in page order.
    qsizetype m_byte = 0;
    qsizetype m_utf16 = 0;
};

} // namespace factbench
