#pragma once

#include "factsheetwriter.h"

#include <QCoreApplication>

namespace factbench {

/// The fact sheet as one standalone HTML page: inline CSS with print rules, the ClaimReview
/// JSON-LD in the head, every text escaped, links only to web addresses. The page is also
/// well-formed XML (XHTML syntax), so it can be checked and transformed with XML tools.
class HtmlWriter : public FactSheetWriter
{
    Q_DECLARE_TR_FUNCTIONS(factbench::HtmlWriter)

public:
    /// The page a browser shows, or the subset of HTML and CSS that QTextDocument lays out
    /// (tables instead of sections, attributes instead of most CSS), for the PDF.
    enum class Flavour { Standalone, RichText };

    explicit HtmlWriter(Flavour flavour = Flavour::Standalone)
        : m_flavour(flavour)
    { }

    QByteArray write(const FactSheet &sheet) const override;
    QString html(const FactSheet &sheet) const;

    /// `text` escaped for element content and double-quoted attributes; characters XML does not
    /// allow (most control characters, lone surrogates) become U+FFFD.
    static QString escape(const QString &text);

private:
    /// A project's text inside a line of the page's own words.
    QString inlineText(const QString &text) const;
    /// The dir attribute of a block: of `text` alone, or of the page for a null one.
    QString blockDirection(const QString &text = {}) const;
    QString row(const QString &name, const QString &valueHtml) const;
    QString definitionList(const QString &rows, const QString &cssClass) const;
    QString head(const FactSheet &sheet) const;
    QString summary(const FactSheet &sheet) const;
    QString entry(const FactSheet &sheet, const FactSheetEntry &entry) const;
    QString sources(const FactSheet &sheet, const FactSheetEntry &entry) const;

    Flavour m_flavour;
};

} // namespace factbench
