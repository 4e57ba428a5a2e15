#include "htmlwriter.h"

#include "claimreviewwriter.h"
#include "reporttext.h"
#include "sourcepassage.h"

#include <QJsonDocument>
#include <QLocale>
#include <QUrl>

namespace factbench {

namespace {

/// The page's style: readable on screen, compact and unbroken on paper. Directions follow the
/// text ("start", dir="auto"), so right-to-left passages read right. No '<' or '&' in it: the
/// page stays well-formed XML.
const char standaloneStyle[] = R"css(
:root { color-scheme: light; }
body { font-family: "Noto Sans", "DejaVu Sans", "Segoe UI", sans-serif; color: #1d1d1f;
  line-height: 1.45; max-width: 62rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.9rem; margin: 0 0 .3rem; }
h2 { font-size: 1.3rem; margin: 0 0 .4rem; }
a { color: #0b57a4; }
dl.summary, dl.review { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem;
  margin: .4rem 0 .8rem; }
dl dt { font-weight: 600; color: #4a4a4f; }
dl dd { margin: 0; }
ol.articles { padding-inline-start: 1.5rem; }
section.fact { border-top: 2px solid #d0d4da; padding-top: .8rem; margin-top: 1.6rem; }
.status { display: inline-block; padding: 0 .45em; border-radius: .3em; font-weight: 600;
  font-size: .9em; }
.status-confirmed { background: #dcefdc; color: #1d5e20; }
.status-disputed { background: #fbe8c8; color: #7a4b00; }
.status-proposed { background: #e3e8f0; color: #2f3f57; }
.status-rejected { background: #f5d9d9; color: #7d1f1f; }
.verified { font-size: 1.15em; font-weight: 700; }
table.sources { border-collapse: collapse; width: 100%; margin-top: .4rem; }
table.sources th, table.sources td { text-align: start; vertical-align: top;
  padding: .35rem .5rem; border-bottom: 1px solid #e1e4e8; }
table.sources th { font-size: .85em; color: #4a4a4f; border-bottom: 2px solid #c9ced6; }
td.value { font-weight: 600; white-space: nowrap; }
td.value.quote { white-space: normal; }
blockquote { margin: 0 0 .2rem; font-style: italic; }
.remark, .decided, footer { color: #5b5e66; font-size: .9em; }
@page { size: A4; margin: 16mm 15mm; }
@media print {
  body { max-width: none; margin: 0; padding: 0; font-size: 10pt; }
  a { color: inherit; text-decoration: none; }
  section.fact { break-inside: avoid-page; page-break-inside: avoid; }
  h2 { break-after: avoid; page-break-after: avoid; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; page-break-inside: avoid; }
  a.article[href]::after { content: " (" attr(href) ")"; font-size: 8pt; font-style: normal;
    word-break: break-all; }
  .passage-link { display: none; }
}
)css";

/// What QTextDocument's CSS understands, for the PDF.
const char richTextStyle[] = R"css(
body { font-family: "Noto Sans", "DejaVu Sans", sans-serif; font-size: 10pt; color: #1d1d1f; }
h1 { font-size: 20pt; }
h2 { font-size: 14pt; margin-top: 14pt; }
a { color: #0b57a4; text-decoration: none; }
th { text-align: left; color: #4a4a4f; font-size: 8.5pt; background-color: #eef0f3; }
td.value { font-weight: 600; }
td.label { font-weight: 600; color: #4a4a4f; }
.passage { font-style: italic; }
.remark { color: #5b5e66; font-size: 8.5pt; }
.status-confirmed { color: #1d5e20; font-weight: 600; }
.status-disputed { color: #7a4b00; font-weight: 600; }
.status-proposed { color: #2f3f57; font-weight: 600; }
.status-rejected { color: #7d1f1f; font-weight: 600; }
)css";

bool isXmlCharacter(char32_t c)
{
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
        || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
}

QString anchor(const QString &text, const QString &url, const QString &cssClass = {})
{
    if (!SourcePassage::isWebUrl(url)) {
        return text;
    }
    const QString encoded = QUrl(url).toString(QUrl::FullyEncoded);
    return QStringLiteral("<a%1 href=\"%2\">%3</a>")
        .arg(cssClass.isEmpty() ? QString() : QStringLiteral(" class=\"%1\"").arg(cssClass),
            HtmlWriter::escape(encoded), text);
}

QString statusClass(FactStatus status)
{
    return QStringLiteral("status status-") + factStatusName(status);
}

/// The translation's language: the headings are in it.
QString pageLanguage()
{
    return HtmlWriter::tr("en", "the language code (BCP 47) of this translation");
}

QString pageDirection()
{
    return QLocale(pageLanguage()).textDirection() == Qt::RightToLeft ? QStringLiteral("rtl")
                                                                      : QStringLiteral("ltr");
}

/// The direction of a block holding only `text`, for QTextDocument, which has no dir="auto".
QString directionOf(const QString &text)
{
    return text.isRightToLeft() ? QStringLiteral("rtl") : QStringLiteral("ltr");
}

} // namespace

QString HtmlWriter::inlineText(const QString &text) const
{
    // An Arabic note inside an English page reads right to left without pulling the dates and
    // names around it along. The browser isolates a dir="auto" span; QTextDocument knows no
    // such attribute, but its bidi algorithm knows the isolate characters.
    if (m_flavour == Flavour::RichText) {
        return QChar(0x2068) + escape(text) + QChar(0x2069);
    }
    return QStringLiteral("<span dir=\"auto\">%1</span>").arg(escape(text));
}

QString HtmlWriter::blockDirection(const QString &text) const
{
    if (m_flavour == Flavour::Standalone) {
        // The page's direction is inherited; a text of its own finds its direction.
        return text.isNull() ? QString() : QStringLiteral(" dir=\"auto\"");
    }
    return QStringLiteral(" dir=\"%1\"").arg(text.isNull() ? pageDirection() : directionOf(text));
}

QString HtmlWriter::row(const QString &name, const QString &valueHtml) const
{
    if (m_flavour == Flavour::RichText) {
        return QStringLiteral("<tr><td class=\"label\" width=\"27%\"%1>%2</td><td%1>%3</td></tr>\n")
            .arg(blockDirection(), escape(name), valueHtml);
    }
    return QStringLiteral("<dt>%1</dt><dd>%2</dd>\n").arg(escape(name), valueHtml);
}

QString HtmlWriter::definitionList(const QString &rows, const QString &cssClass) const
{
    if (m_flavour == Flavour::RichText) {
        return QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\">\n%1"
                              "</table>\n")
            .arg(rows);
    }
    return QStringLiteral("<dl class=\"%1\">\n%2</dl>\n").arg(cssClass, rows);
}

QString HtmlWriter::escape(const QString &text)
{
    QString clean;
    clean.reserve(text.size());
    for (const char32_t c : QStringView(text).toUcs4()) {
        if (isXmlCharacter(c)) {
            clean += QString::fromUcs4(&c, 1);
        } else {
            clean += QChar::ReplacementCharacter;
        }
    }
    return clean.toHtmlEscaped();
}

QByteArray HtmlWriter::write(const FactSheet &sheet) const
{
    return html(sheet).toUtf8();
}

QString HtmlWriter::html(const FactSheet &sheet) const
{
    QString out;
    out += QStringLiteral("<!DOCTYPE html>\n");
    out += QStringLiteral("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"%1\" dir=\"%2\">\n")
               .arg(escape(pageLanguage()), pageDirection());
    out += head(sheet);
    out += QStringLiteral("<body>\n");
    out += summary(sheet);
    for (const FactSheetEntry &fact : sheet.entries) {
        out += entry(sheet, fact);
    }
    if (m_flavour == Flavour::Standalone) {
        out += QStringLiteral("<footer><p>%1</p></footer>\n")
                   .arg(escape(tr("Made with Factbench.")));
    }
    out += QStringLiteral("</body>\n</html>\n");
    return out;
}

QString HtmlWriter::head(const FactSheet &sheet) const
{
    QString out = QStringLiteral("<head>\n<meta charset=\"utf-8\"/>\n");
    if (m_flavour == Flavour::Standalone) {
        out += QStringLiteral("<meta name=\"viewport\" content=\"width=device-width, "
                              "initial-scale=1\"/>\n<meta name=\"generator\" "
                              "content=\"Factbench\"/>\n");
    }
    out += QStringLiteral("<title>%1</title>\n").arg(escape(tr("Fact sheet")));
    out += QStringLiteral("<style>%1</style>\n")
               .arg(QLatin1String(
                   m_flavour == Flavour::Standalone ? standaloneStyle : richTextStyle));
    const QJsonArray reviews = ClaimReviewWriter::reviews(sheet);
    if (m_flavour == Flavour::Standalone && !reviews.isEmpty()) {
        // Inside a script element nothing may look like markup: "</script>" in a note would end
        // it. JSON allows these three escaped, and then the page stays well-formed XML too.
        QString json = QString::fromUtf8(QJsonDocument(reviews).toJson(QJsonDocument::Compact));
        json.replace(QLatin1Char('<'), QStringLiteral("\\u003c"));
        json.replace(QLatin1Char('>'), QStringLiteral("\\u003e"));
        json.replace(QLatin1Char('&'), QStringLiteral("\\u0026"));
        out += QStringLiteral("<script type=\"application/ld+json\">%1</script>\n").arg(json);
    }
    out += QStringLiteral("</head>\n");
    return out;
}

QString HtmlWriter::summary(const FactSheet &sheet) const
{
    QString out = QStringLiteral("<h1>%1</h1>\n").arg(escape(tr("Fact sheet")));
    QString rows;
    const QString scope = sheet.scope == FactSheetScope::Confirmed ? tr("confirmed facts")
        : sheet.scope == FactSheetScope::Disputed ? tr("confirmed and disputed facts")
                                                  : tr("every fact");
    rows += row(tr("Scope"), escape(scope));
    rows += row(tr("Facts"), QString::number(sheet.entries.size()));
    if (!sheet.editors.isEmpty()) {
        rows += row(tr("Reviewed by"), inlineText(ReportText::list(sheet.editors)));
    }
    if (sheet.lastDecision.isValid()) {
        rows += row(tr("Last decision"), escape(ReportText::dateTime(sheet.lastDecision)));
    }
    out += definitionList(rows, QStringLiteral("summary"));
    out += QStringLiteral("<h2>%1</h2>\n<ol class=\"articles\">\n")
               .arg(escape(tr("Articles compared")));
    for (const FactSheetArticle &article : sheet.articles) {
        QStringList parts;
        if (!article.outlet.isEmpty()) {
            parts.append(QStringLiteral("<strong>%1</strong>").arg(inlineText(article.outlet)));
        }
        if (!article.title.isEmpty()) {
            parts.append(anchor(inlineText(ReportText::quoted(article.title)), article.url,
                QStringLiteral("article")));
        }
        if (!article.published.isEmpty()) {
            parts.append(escape(ReportText::date(article.published)));
        }
        out += QStringLiteral("<li id=\"%1\"%2>%3</li>\n")
                   .arg(escape(article.id), blockDirection(), parts.join(QStringLiteral(", ")));
    }
    out += QStringLiteral("</ol>\n");
    return out;
}

QString HtmlWriter::entry(const FactSheet &sheet, const FactSheetEntry &fact) const
{
    const bool standalone = m_flavour == Flavour::Standalone;
    QString out = standalone
        ? QStringLiteral("<section class=\"fact\" id=\"%1\">\n").arg(escape(fact.factId))
        : QStringLiteral("<hr/>\n");
    const QString label = fact.label.isEmpty() ? fact.factId : fact.label;
    out += QStringLiteral("<h2%1%2>%3</h2>\n")
               .arg(standalone ? QString() : QStringLiteral(" id=\"%1\"").arg(escape(fact.factId)),
                   blockDirection(label), escape(label));
    QString rows;
    rows += row(tr("Status"),
        QStringLiteral("<span class=\"%1\">%2</span>")
            .arg(statusClass(fact.status), escape(ReportText::status(fact.status))));
    if (!fact.verifiedValue.isEmpty()) {
        rows += row(tr("Verified value"),
            QStringLiteral("<span class=\"verified\">%1</span>")
                .arg(inlineText(fact.verifiedValue)));
    }
    if (!fact.verdict.isEmpty()) {
        rows += row(tr("Verdict"), inlineText(fact.verdict));
    }
    if (!fact.resolution.isEmpty()) {
        rows += row(ReportText::resolutionHeading(fact), inlineText(fact.resolution));
    }
    if (!fact.note.isEmpty()) {
        QString note = inlineText(fact.note);
        note.replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
        rows += row(tr("Note"), note);
    }
    if (!fact.editor.isEmpty() || fact.decided.isValid()) {
        QStringList decided;
        if (!fact.editor.isEmpty()) {
            decided.append(inlineText(fact.editor));
        }
        if (fact.decided.isValid()) {
            decided.append(escape(ReportText::dateTime(fact.decided)));
        }
        rows += row(tr("Decided by"), decided.join(QStringLiteral(", ")));
    }
    out += definitionList(rows, QStringLiteral("review"));
    out += sources(sheet, fact);
    if (standalone) {
        out += QStringLiteral("</section>\n");
    }
    return out;
}

QString HtmlWriter::sources(const FactSheet &sheet, const FactSheetEntry &fact) const
{
    if (fact.sources.isEmpty()) {
        return {};
    }
    const bool standalone = m_flavour == Flavour::Standalone;
    QString out = standalone
        ? QStringLiteral("<table class=\"sources\">\n")
        : QStringLiteral("<table class=\"sources\" width=\"100%\" cellspacing=\"0\" "
                         "cellpadding=\"4\" border=\"1\" style=\"border-collapse: collapse; "
                         "border-color: #d0d4da;\">\n");
    // QTextDocument sizes columns by attributes only; a browser follows the style sheet.
    out += QStringLiteral(
        "<thead><tr><th%1>%2</th><th%3>%4</th><th>%5</th></tr></thead>\n<tbody>\n")
               .arg(standalone ? QString() : QStringLiteral(" width=\"20%\""),
                   escape(fact.kind == FactKind::Quote ? tr("Words") : tr("Value")),
                   standalone ? QString() : QStringLiteral(" width=\"28%\""), escape(tr("Source")),
                   escape(tr("Passage")));
    for (const FactSheetSource &source : fact.sources) {
        const FactSheetArticle &article = sheet.articleOf(source);
        const bool quote = fact.kind == FactKind::Quote;
        QString where
            = QStringLiteral("<strong>%1</strong>")
                  .arg(inlineText(article.outlet.isEmpty() ? article.id : article.outlet));
        if (!article.title.isEmpty()) {
            where += QStringLiteral("<br/>")
                + anchor(inlineText(ReportText::quoted(article.title)), article.url,
                    QStringLiteral("article"));
        }
        if (!article.published.isEmpty()) {
            where += QStringLiteral("<br/>") + escape(ReportText::date(article.published));
        }
        QStringList remarks;
        if (!source.attribution.isEmpty()) {
            remarks.append(escape(quote ? tr("said by %1") : tr("per %1"))
                               .arg(inlineText(source.attribution)));
        }
        if (source.corrected) {
            remarks.append(escape(tr("corrected by the editor")));
        }
        if (!remarks.isEmpty()) {
            where += QStringLiteral("<br/><span class=\"remark\">%1</span>")
                         .arg(remarks.join(QStringLiteral("; ")));
        }
        QString passage;
        if (!source.passage.isEmpty()) {
            passage = standalone ? QStringLiteral("<blockquote%1>%2</blockquote>")
                                       .arg(blockDirection(source.passage), escape(source.passage))
                                 : QStringLiteral("<span class=\"passage\">%1</span>")
                                       .arg(inlineText(source.passage));
            if (!source.passageLink.isEmpty()) {
                passage += (standalone ? QString() : QStringLiteral("<br/>"))
                    + anchor(escape(tr("Go to the passage")), source.passageLink,
                        QStringLiteral("passage-link"));
            }
        } else if (source.start < 0) {
            passage = QStringLiteral("<span class=\"remark\">%1</span>")
                          .arg(escape(tr("These words are no longer in the article.")));
        }
        const QString value = quote ? ReportText::quoted(source.value) : source.value;
        // A passage cell reads in its passage's direction; the source cell in the page's.
        out += QStringLiteral(
            "<tr><td class=\"value%1\"%2>%3</td><td%4>%5</td><td%6>%7</td></tr>\n")
                   .arg(quote ? QStringLiteral(" quote") : QString(), blockDirection(value),
                       escape(value), blockDirection(), where,
                       standalone ? QString() : blockDirection(source.passage), passage);
    }
    out += QStringLiteral("</tbody>\n</table>\n");
    return out;
}

} // namespace factbench
