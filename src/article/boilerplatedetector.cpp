#include "boilerplatedetector.h"

#include "furnitureline.h"

#include <QList>

namespace factbench {

namespace {

using Kind = FurnitureLine::Kind;

struct Line
{
    qsizetype start = 0;
    qsizetype end = 0; // exclusive, before the newline
    Kind kind = Kind::None;
    bool blank = true;
    bool furniture = false;
};

QList<Line> classifyLines(const QString &text)
{
    QList<Line> lines;
    qsizetype start = 0;
    while (start <= text.size()) {
        qsizetype end = text.indexOf(QLatin1Char('\n'), start);
        if (end < 0) {
            end = text.size();
        }
        Line line;
        line.start = start;
        line.end = end;
        const QStringView view = QStringView(text).mid(start, end - start);
        line.blank = view.trimmed().isEmpty();
        if (!line.blank) {
            line.kind = FurnitureLine::classify(view);
            line.furniture = line.kind != Kind::None;
        }
        lines.append(line);
        start = end + 1;
    }
    return lines;
}

QStringView viewOf(const QString &text, const Line &line)
{
    return QStringView(text).mid(line.start, line.end - line.start);
}

// After "More on ..." or "Related" come other stories: section labels, headlines, dates and
// teaser sentences, the numbers of which are not this article's. The list runs while its lines
// look like list items; a teaser sentence belongs to it only when a date or furniture line
// follows, so a body paragraph after a short list is left alone. Returns the last list line.
qsizetype relatedListEnd(const QString &text, const QList<Line> &lines, qsizetype heading)
{
    constexpr qsizetype LongestTeaser = 300;
    qsizetype last = heading;
    bool teaserPending = false;
    for (qsizetype i = heading + 1; i < lines.size(); ++i) {
        const Line &line = lines[i];
        if (line.blank) {
            continue;
        }
        const QStringView view = viewOf(text, line);
        if (line.kind != Kind::None) {
            last = i;
            teaserPending = false;
        } else if (teaserPending) {
            break;
        } else if (FurnitureLine::isShortLabel(view) || FurnitureLine::isHeadlineLike(view)) {
            last = i;
        } else if (view.trimmed().size() <= LongestTeaser) {
            teaserPending = true;
        } else {
            break;
        }
    }
    return last;
}

// A short label ("Diverging Reports Breakdown") is furniture when it stands against furniture:
// a subheading in the body stands between paragraphs.
void markLabelsNextToFurniture(const QString &text, QList<Line> &lines)
{
    const auto pass = [&](qsizetype from, qsizetype to, qsizetype step) {
        bool previousIsFurniture = false;
        for (qsizetype i = from; i != to; i += step) {
            Line &line = lines[i];
            if (line.blank) {
                continue;
            }
            if (!line.furniture && previousIsFurniture
                && FurnitureLine::isShortLabel(viewOf(text, line))) {
                line.furniture = true;
            }
            // A date line is no evidence: a short headline stands right above its date.
            previousIsFurniture = line.furniture && line.kind != Kind::Date;
        }
    };
    pass(0, lines.size(), 1);
    pass(lines.size() - 1, -1, -1);
}

// Appends [start, end), joining it to the previous range when only whitespace lies between.
void append(const QString &text, TextRanges &ranges, qsizetype start, qsizetype end)
{
    if (start >= end) {
        return;
    }
    if (!ranges.isEmpty()) {
        TextRange &last = ranges.last();
        qsizetype gap = last.end;
        while (gap < start && text[gap].isSpace()) {
            ++gap;
        }
        if (gap >= start) {
            last.end = std::max(last.end, end);
            return;
        }
    }
    ranges.append({start, end});
}

} // namespace

bool BoilerplateDetector::isFurnitureLine(const QString &line)
{
    return FurnitureLine::isFurniture(line);
}

TextRanges BoilerplateDetector::detect(const QString &text)
{
    QList<Line> lines = classifyLines(text);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines[i].kind == Kind::RelatedHeading) {
            const qsizetype last = relatedListEnd(text, lines, i);
            for (qsizetype j = i + 1; j <= last; ++j) {
                lines[j].furniture = !lines[j].blank;
            }
            i = last;
        }
    }
    markLabelsNextToFurniture(text, lines);

    TextRanges ranges;
    for (const Line &line : std::as_const(lines)) {
        if (line.blank) {
            continue;
        }
        if (line.furniture) {
            append(text, ranges, line.start, line.end);
            continue;
        }
        // Inside a body line only credits are furniture: the caption itself may carry a date.
        const QStringView view = viewOf(text, line);
        qsizetype from = 0;
        while (true) {
            const auto [start, end] = FurnitureLine::parentheticalCredit(view, from);
            if (start < 0) {
                break;
            }
            append(text, ranges, line.start + start, line.start + end);
            from = end;
        }
        const qsizetype credit = FurnitureLine::creditTailStart(view);
        if (credit > 0) {
            append(text, ranges, line.start + credit, line.end);
        }
    }
    return ranges;
}

} // namespace factbench
