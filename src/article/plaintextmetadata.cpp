#include "plaintextmetadata.h"

#include "furnitureline.h"

#include <QRegularExpression>

namespace factbench {

namespace {

constexpr auto Options
    = QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;

constexpr qsizetype LinesToSearchForDate = 15;
constexpr qsizetype LongestDateLine = 120;
constexpr qsizetype LongestTitle = 200;

const QString &monthPattern()
{
    static const QString pattern = QStringLiteral(
        "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
        "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)");
    return pattern;
}

int monthNumber(QStringView name)
{
    static const QStringList months = {QStringLiteral("jan"), QStringLiteral("feb"),
        QStringLiteral("mar"), QStringLiteral("apr"), QStringLiteral("may"), QStringLiteral("jun"),
        QStringLiteral("jul"), QStringLiteral("aug"), QStringLiteral("sep"), QStringLiteral("oct"),
        QStringLiteral("nov"), QStringLiteral("dec")};
    return int(months.indexOf(name.left(3).toString().toLower())) + 1;
}

// An outlet's name: one to five capitalised words ("Novaya Gazeta Europe", "The Kyiv
// Independent", "BBC News"), not the second half of a headline ("What It Means for 2026").
bool looksLikeOutlet(const QString &suffix)
{
    static const QRegularExpression outlet(
        QStringLiteral("^(?:\\p{Lu}[\\p{L}\\d.&'\\x{2019}-]*|\\d+|of|the|and|&|de|la|le|del|for"
                       "|on|in|am)(?:\\s+(?:\\p{Lu}[\\p{L}\\d.&'\\x{2019}-]*|\\d+|of|the|and|&|de"
                       "|la|le|del|for|on|in|am)){0,4}$"),
        QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression question(QStringLiteral("^(?:what|why|how|who|when|where)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return suffix.size() <= 40 && outlet.match(suffix).hasMatch()
        && !question.match(suffix).hasMatch();
}

} // namespace

QString PlainTextMetadata::stripScraperPrefix(const QString &line)
{
    // A tag with no space after its colon is glued on by a scraper; a headline's own colon
    // ("Ukraine war latest: ...") is followed by a space.
    static const QRegularExpression prefix(
        QStringLiteral("^[A-Za-z][A-Za-z0-9_]{1,20}:(?=[^\\s/])"));
    const QRegularExpressionMatch match = prefix.match(line);
    return match.hasMatch() ? line.mid(match.capturedEnd()) : line;
}

std::pair<QString, QString> PlainTextMetadata::splitOutletSuffix(
    const QString &title, const QString &knownOutlet)
{
    static const QStringList separators = {QStringLiteral(" | "), QStringLiteral(" \u2014 "),
        QStringLiteral(" \u2013 "), QStringLiteral(" - "), QStringLiteral(" :: ")};
    qsizetype best = -1;
    qsizetype separatorLength = 0;
    for (const QString &separator : separators) {
        const qsizetype at = title.lastIndexOf(separator);
        if (at > best) {
            best = at;
            separatorLength = separator.size();
        }
    }
    if (best <= 0) {
        return {title, {}};
    }
    const QString head = title.left(best).trimmed();
    const QString suffix = title.mid(best + separatorLength).trimmed();
    if (head.isEmpty() || suffix.isEmpty()) {
        return {title, {}};
    }
    if (!knownOutlet.isEmpty()) {
        if (suffix.compare(knownOutlet.trimmed(), Qt::CaseInsensitive) == 0) {
            return {head, suffix};
        }
        return {title, {}};
    }
    if (looksLikeOutlet(suffix) && head.count(QLatin1Char(' ')) >= 2) {
        return {head, suffix};
    }
    return {title, {}};
}

QDateTime PlainTextMetadata::parseDate(QStringView line)
{
    static const QRegularExpression iso(
        QStringLiteral("\\b(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}:\\d{2}(?::\\d{2})?(?:\\.\\d+)?"
                       "(?:Z|[+-]\\d{2}:?\\d{2})?))?"));
    static const QRegularExpression monthFirst(
        QStringLiteral("\\b%1\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b")
            .arg(monthPattern()),
        Options);
    static const QRegularExpression dayFirst(
        QStringLiteral("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+%1\\.?,?\\s+(\\d{4})\\b")
            .arg(monthPattern()),
        Options);

    qsizetype bestAt = line.size();
    QDateTime best;
    if (const QRegularExpressionMatch m = iso.matchView(line); m.hasMatch()) {
        const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        QDateTime dateTime;
        if (m.hasCaptured(4)) {
            dateTime = QDateTime::fromString(
                m.captured(0).replace(QLatin1Char(' '), QLatin1Char('T')), Qt::ISODateWithMs);
        }
        if (!dateTime.isValid() && date.isValid()) {
            dateTime = QDateTime(date, QTime());
        }
        if (dateTime.isValid()) {
            best = dateTime;
            bestAt = m.capturedStart();
        }
    }
    if (const QRegularExpressionMatch m = monthFirst.matchView(line);
        m.hasMatch() && m.capturedStart() < bestAt) {
        const QDate date(
            m.captured(3).toInt(), monthNumber(m.capturedView(1)), m.captured(2).toInt());
        if (date.isValid()) {
            best = QDateTime(date, QTime());
            bestAt = m.capturedStart();
        }
    }
    if (const QRegularExpressionMatch m = dayFirst.matchView(line);
        m.hasMatch() && m.capturedStart() < bestAt) {
        const QDate date(
            m.captured(3).toInt(), monthNumber(m.capturedView(2)), m.captured(1).toInt());
        if (date.isValid()) {
            best = QDateTime(date, QTime());
        }
    }
    return best;
}

void PlainTextMetadata::guess(Article &article)
{
    const QString &text = article.text;
    QString title;
    QString firstLine;
    qsizetype lines = 0;
    qsizetype start = 0;
    while (start < text.size() && (title.isEmpty() || lines < LinesToSearchForDate)) {
        qsizetype end = text.indexOf(QLatin1Char('\n'), start);
        if (end < 0) {
            end = text.size();
        }
        const QStringView raw = QStringView(text).mid(start, end - start);
        const QStringView line = raw.trimmed();
        if (!line.isEmpty()) {
            ++lines;
            if (!article.published.isValid() && lines <= LinesToSearchForDate
                && line.size() <= LongestDateLine) {
                article.setPublished(parseDate(line), line.toString());
            }
            qsizetype leading = 0;
            while (raw[leading].isSpace()) {
                ++leading;
            }
            const qsizetype first = start + leading;
            if (title.isEmpty() && !article.isBoilerplate(first)) {
                const QString candidate = stripScraperPrefix(line.toString());
                if (firstLine.isEmpty()) {
                    firstLine = candidate;
                }
                // A substantial line: a lone word is a label, not the headline.
                if (FurnitureLine::wordCount(candidate) >= 3) {
                    title = candidate;
                }
            }
        }
        start = end + 1;
    }
    if (title.isEmpty()) {
        title = firstLine;
    }
    // A first line that is a whole paragraph has no headline: its first sentence stands in.
    if (title.size() > LongestTitle) {
        static const QRegularExpression sentenceEnd(QStringLiteral("[.!?][\"\\x{201D}]?\\s"));
        const qsizetype at = title.indexOf(sentenceEnd);
        if (at > 0 && at < LongestTitle) {
            title = title.left(at + 1);
        } else {
            // Cut at a word boundary and say so.
            const qsizetype space = title.lastIndexOf(QLatin1Char(' '), LongestTitle - 1);
            title = title.left(space > 0 ? space : LongestTitle) + QChar(0x2026);
        }
    }
    if (article.title.isEmpty()) {
        const auto [headline, outlet] = splitOutletSuffix(title, article.outlet);
        article.title = headline;
        if (article.outlet.isEmpty()) {
            article.outlet = outlet;
        }
    }
}

} // namespace factbench
