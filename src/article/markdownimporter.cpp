#include "markdownimporter.h"

#include <QRegularExpression>

namespace factbench {

namespace {

/// Builds the output text and its map back to the source together, so they cannot drift.
class MappedText
{
public:
    void append(QChar c, qsizetype sourceIndex)
    {
        m_text.append(c);
        m_offsets.append(sourceIndex);
    }
    QString m_text;
    QList<qsizetype> m_offsets;
};

void applyFrontMatter(Article &article, const QString &key, const QString &value)
{
    if (key == QLatin1String("title")) {
        article.title = value;
    } else if (key == QLatin1String("outlet") || key == QLatin1String("publisher")
        || key == QLatin1String("site_name")) {
        article.outlet = value;
    } else if (key == QLatin1String("url") || key == QLatin1String("link")) {
        article.url = value;
    } else if (key == QLatin1String("byline") || key == QLatin1String("author")) {
        article.byline = value;
    } else if (key == QLatin1String("published") || key == QLatin1String("date")) {
        QDateTime published = QDateTime::fromString(value, Qt::ISODate);
        if (!published.isValid()) {
            published = QDateTime(QDate::fromString(value, Qt::ISODate), QTime(0, 0));
        }
        article.setPublished(published, value);
    }
}

/// Skips front matter; returns the index where the body starts.
qsizetype readFrontMatter(const QString &markdown, Article &article)
{
    if (!markdown.startsWith(QLatin1String("---\n"))) {
        return 0;
    }
    const qsizetype close = markdown.indexOf(QLatin1String("\n---"), 3);
    if (close < 0) {
        return 0;
    }
    const QStringList lines = markdown.mid(4, close - 4 + 1).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (colon <= 0) {
            continue;
        }
        QString value = line.mid(colon + 1).trimmed();
        if (value.size() >= 2
            && (value.startsWith(QLatin1Char('"')) && value.endsWith(QLatin1Char('"')))) {
            value = value.mid(1, value.size() - 2);
        }
        applyFrontMatter(article, line.left(colon).trimmed().toLower(), value);
    }
    qsizetype body = markdown.indexOf(QLatin1Char('\n'), close + 1);
    body = body < 0 ? markdown.size() : body + 1;
    while (body < markdown.size() && markdown.at(body) == QLatin1Char('\n')) {
        ++body;
    }
    return body;
}

/// Copies one line of Markdown without its inline markup.
void appendInline(MappedText &out, const QString &source, qsizetype from, qsizetype to)
{
    for (qsizetype i = from; i < to; ++i) {
        const QChar c = source.at(i);
        if (c == QLatin1Char('\\') && i + 1 < to && source.at(i + 1).isPunct()) {
            out.append(source.at(i + 1), i + 1);
            ++i;
            continue;
        }
        // Emphasis markers: runs of * or _ next to a word character on one side only.
        if (c == QLatin1Char('*') || c == QLatin1Char('_') || c == QLatin1Char('`')) {
            const bool before = i > from && source.at(i - 1).isLetterOrNumber();
            const bool after = i + 1 < to && source.at(i + 1).isLetterOrNumber();
            const bool markerNeighbour
                = (i > from && source.at(i - 1) == c) || (i + 1 < to && source.at(i + 1) == c);
            if (before != after || markerNeighbour || c == QLatin1Char('`')) {
                continue;
            }
        }
        // Links and images: keep the label, drop the target.
        if (c == QLatin1Char('[')
            || (c == QLatin1Char('!') && i + 1 < to && source.at(i + 1) == QLatin1Char('['))) {
            const qsizetype open = c == QLatin1Char('[') ? i : i + 1;
            const qsizetype close = source.indexOf(QLatin1String("]("), open);
            const qsizetype end = close < 0 ? -1 : source.indexOf(QLatin1Char(')'), close);
            if (close > 0 && end > 0 && end < to) {
                appendInline(out, source, open + 1, close);
                i = end;
                continue;
            }
        }
        out.append(c, i);
    }
}

} // namespace

Article MarkdownImporter::parse(const QString &markdown, QList<qsizetype> *sourceOffsets)
{
    static const QRegularExpression blockPrefix(
        QStringLiteral("(?:#{1,6}\\s+|>\\s?|[-*+]\\s+|\\d{1,3}[.)]\\s+)"));

    Article article;
    MappedText out;
    qsizetype lineStart = readFrontMatter(markdown, article);
    while (lineStart < markdown.size()) {
        qsizetype lineEnd = markdown.indexOf(QLatin1Char('\n'), lineStart);
        const bool lastLine = lineEnd < 0;
        if (lastLine) {
            lineEnd = markdown.size();
        }
        qsizetype contentStart = lineStart;
        const auto prefix = blockPrefix.match(markdown, lineStart, QRegularExpression::NormalMatch,
            QRegularExpression::AnchorAtOffsetMatchOption);
        if (prefix.hasMatch()) {
            contentStart = prefix.capturedEnd();
        }
        appendInline(out, markdown, contentStart, lineEnd);
        if (!lastLine) {
            out.append(QLatin1Char('\n'), lineEnd);
        }
        lineStart = lineEnd + 1;
    }
    while (out.m_text.endsWith(QLatin1String("\n\n"))) {
        out.m_text.chop(1);
        out.m_offsets.removeLast();
    }
    article.text = out.m_text;
    if (sourceOffsets) {
        *sourceOffsets = out.m_offsets;
    }
    return article;
}

} // namespace factbench
