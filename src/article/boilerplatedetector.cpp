#include "boilerplatedetector.h"

#include <QRegularExpression>

namespace factbench {

bool BoilerplateDetector::isFurnitureLine(const QString &line)
{
    // Prompts and labels that start a line of page furniture in news pages.
    static const QRegularExpression furniture(
        QStringLiteral(
            "^(?:sponsor(?:ed)?\\b|advertisement\\b|share (?:this|on)\\b|share\\s*$|"
            "sign up\\b|subscribe\\b|click here\\b|related(?: stories| articles)?\\s*:|"
            "read more\\b|more on\\b|photo\\s*:|image\\s*:|copyright\\b|\\x{00A9}|"
            "all rights reserved|follow us\\b|leave a comment|comments?\\s*\\(?\\d*\\)?\\s*$|"
            "rate this\\b|back\\s*$|topic\\s*$|next\\s*$|previous\\s*$)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    const QString trimmed = line.trimmed();
    if (trimmed.isEmpty()) {
        return false;
    }
    return furniture.match(trimmed).hasMatch();
}

TextRanges BoilerplateDetector::detect(const QString &text)
{
    TextRanges ranges;
    qsizetype lineStart = 0;
    while (lineStart <= text.size()) {
        qsizetype lineEnd = text.indexOf(QLatin1Char('\n'), lineStart);
        if (lineEnd < 0) {
            lineEnd = text.size();
        }
        const QString line = text.mid(lineStart, lineEnd - lineStart);
        if (isFurnitureLine(line)) {
            if (!ranges.isEmpty() && ranges.last().end + 1 >= lineStart) {
                ranges.last().end = lineEnd;
            } else {
                ranges.append({lineStart, lineEnd});
            }
        }
        lineStart = lineEnd + 1;
    }
    return ranges;
}

} // namespace factbench
