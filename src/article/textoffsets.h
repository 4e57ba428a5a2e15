#pragma once

#include <QList>
#include <QString>

namespace factbench {

/// Converts between QString (UTF-16) indices and Unicode code point offsets, as the CLI
/// contract and W3C Web Annotation count them.
class TextOffsets
{
public:
    explicit TextOffsets(const QString &text);

    qsizetype toCodePoint(qsizetype utf16Index) const;
    qsizetype toUtf16(qsizetype codePoint) const;

private:
    // UTF-16 indices of the low surrogates; empty for text without astral characters, which
    // keeps the common case free.
    QList<qsizetype> m_lowSurrogates;
};

} // namespace factbench
