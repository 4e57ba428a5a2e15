#include "markdownwriter.h"

#include "reporttext.h"
#include "sourcepassage.h"

#include <QRegularExpression>
#include <QUrl>

namespace factbench {

namespace {

/// One line escaped: punctuation that opens markup anywhere, and what opens a block at the
/// start of a line.
QString escapeLine(const QString &line)
{
    static const QString anywhere = QStringLiteral("\\`*_[]<>|~");
    static const QRegularExpression entity(QStringLiteral("&(?=#?[0-9A-Za-z]+;)"));
    static const QRegularExpression orderedMarker(QStringLiteral("^([0-9]{1,9})([.)])"));
    QString out;
    out.reserve(line.size() + 8);
    for (const QChar c : line) {
        if (anywhere.contains(c)) {
            out += QLatin1Char('\\');
        }
        out += c;
    }
    out.replace(entity, QStringLiteral("\\&"));
    if (out.startsWith(QLatin1Char('#')) || out.startsWith(QLatin1Char('+'))
        || out.startsWith(QLatin1Char('-')) || out.startsWith(QLatin1Char('='))) {
        out.prepend(QLatin1Char('\\'));
    }
    // "1." or "3)" at the start would begin an ordered list.
    if (const QRegularExpressionMatch marker = orderedMarker.match(out); marker.hasMatch()) {
        out.insert(marker.capturedEnd(1), QLatin1Char('\\'));
    }
    return out;
}

/// A link destination: only web addresses, with the characters that would end it encoded.
QString destination(const QString &url)
{
    QString encoded = QUrl(url).toString(QUrl::FullyEncoded);
    encoded.replace(QLatin1Char('('), QStringLiteral("%28"));
    encoded.replace(QLatin1Char(')'), QStringLiteral("%29"));
    return encoded;
}

QString link(const QString &text, const QString &url)
{
    if (!SourcePassage::isWebUrl(url)) {
        return text;
    }
    return QStringLiteral("[%1](%2)").arg(text, destination(url));
}

QString item(const QString &name, const QString &value)
{
    return QStringLiteral("- **%1:** %2\n").arg(MarkdownWriter::escape(name), value);
}

QString sourceItem(
    const FactSheet &sheet, const FactSheetEntry &entry, const FactSheetSource &source, int number)
{
    const FactSheetArticle &article = sheet.articleOf(source);
    const QString value
        = entry.kind == FactKind::Quote ? ReportText::quoted(source.value) : source.value;
    QStringList where;
    if (!article.outlet.isEmpty()) {
        where.append(MarkdownWriter::escape(article.outlet));
    }
    if (!article.title.isEmpty()) {
        where.append(link(MarkdownWriter::escape(ReportText::quoted(article.title)), article.url));
    } else if (SourcePassage::isWebUrl(article.url)) {
        where.append(QStringLiteral("<%1>").arg(destination(article.url)));
    }
    if (!article.published.isEmpty()) {
        where.append(ReportText::date(article.published));
    }
    const QString indent = QString(QString::number(number).size() + 2, QLatin1Char(' '));
    QString text
        = QStringLiteral("%1. **%2** — %3")
              .arg(QString::number(number), MarkdownWriter::escape(value, int(indent.size())),
                  where.join(QStringLiteral(", ")));
    QStringList remarks;
    if (!source.attribution.isEmpty()) {
        remarks.append(entry.kind == FactKind::Quote
                ? MarkdownWriter::tr("said by %1").arg(MarkdownWriter::escape(source.attribution))
                : MarkdownWriter::tr("per %1").arg(MarkdownWriter::escape(source.attribution)));
    }
    if (source.corrected) {
        remarks.append(MarkdownWriter::tr("corrected by the editor"));
    }
    if (!remarks.isEmpty()) {
        text += QStringLiteral(" (%1)").arg(remarks.join(QStringLiteral("; ")));
    }
    text += QLatin1Char('\n');
    if (!source.passage.isEmpty()) {
        text += QStringLiteral("\n%1> %2\n").arg(indent, MarkdownWriter::escape(source.passage));
        if (!source.passageLink.isEmpty()) {
            text += QStringLiteral("%1>\n%1> %2\n")
                        .arg(indent,
                            link(MarkdownWriter::tr("Go to the passage"), source.passageLink));
        }
    } else if (source.start < 0) {
        text += QStringLiteral("\n%1%2\n")
                    .arg(indent, MarkdownWriter::tr("(these words are no longer in the article)"));
    }
    return text;
}

} // namespace

QString MarkdownWriter::escape(const QString &text, int indent)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    QStringList escaped;
    for (const QString &line : lines) {
        if (!line.trimmed().isEmpty()) {
            escaped.append(escapeLine(line.trimmed()));
        }
    }
    return escaped.join(QStringLiteral("\\\n") + QString(indent, QLatin1Char(' ')));
}

QByteArray MarkdownWriter::write(const FactSheet &sheet) const
{
    QString out;
    out += QStringLiteral("# %1\n\n").arg(escape(tr("Fact sheet")));
    out += item(tr("Scope"),
        escape(sheet.scope == FactSheetScope::Confirmed   ? tr("confirmed facts")
                : sheet.scope == FactSheetScope::Disputed ? tr("confirmed and disputed facts")
                                                          : tr("every fact")));
    out += item(tr("Facts"), QString::number(sheet.entries.size()));
    if (!sheet.editors.isEmpty()) {
        out += item(tr("Reviewed by"), escape(ReportText::list(sheet.editors)));
    }
    if (sheet.lastDecision.isValid()) {
        out += item(tr("Last decision"), ReportText::dateTime(sheet.lastDecision));
    }
    out += QStringLiteral("\n## %1\n\n").arg(escape(tr("Articles compared")));
    for (qsizetype i = 0; i < sheet.articles.size(); ++i) {
        const FactSheetArticle &article = sheet.articles.at(i);
        QString line = escape(ReportText::citation(article));
        if (SourcePassage::isWebUrl(article.url)) {
            line += QStringLiteral(", <%1>").arg(destination(article.url));
        }
        out += QStringLiteral("%1. %2\n").arg(QString::number(i + 1), line);
    }

    for (const FactSheetEntry &entry : sheet.entries) {
        out += QStringLiteral("\n## %1\n\n")
                   .arg(escape(entry.label.isEmpty() ? entry.factId : entry.label));
        out += item(tr("Status"), escape(ReportText::status(entry.status)));
        if (!entry.verifiedValue.isEmpty()) {
            out += item(tr("Verified value"), escape(entry.verifiedValue, 2));
        }
        if (!entry.verdict.isEmpty()) {
            out += item(tr("Verdict"), escape(entry.verdict, 2));
        }
        if (!entry.resolution.isEmpty()) {
            out += item(ReportText::resolutionHeading(entry), escape(entry.resolution, 2));
        }
        if (!entry.note.isEmpty()) {
            out += item(tr("Note"), escape(entry.note, 2));
        }
        if (!entry.editor.isEmpty() || entry.decided.isValid()) {
            QStringList decided;
            if (!entry.editor.isEmpty()) {
                decided.append(escape(entry.editor));
            }
            if (entry.decided.isValid()) {
                decided.append(ReportText::dateTime(entry.decided));
            }
            out += item(tr("Decided by"), decided.join(QStringLiteral(", ")));
        }
        if (!entry.sources.isEmpty()) {
            out += QStringLiteral("\n%1\n\n").arg(escape(tr("Sources:")));
            for (qsizetype i = 0; i < entry.sources.size(); ++i) {
                if (i > 0) {
                    out += QLatin1Char('\n');
                }
                out += sourceItem(sheet, entry, entry.sources.at(i), int(i + 1));
            }
        }
    }
    return out.toUtf8();
}

} // namespace factbench
