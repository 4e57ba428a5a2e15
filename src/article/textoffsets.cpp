#include "textoffsets.h"

#include <algorithm>

namespace factbench {

TextOffsets::TextOffsets(const QString &text)
{
    for (qsizetype i = 1; i < text.size(); ++i) {
        if (text.at(i).isLowSurrogate() && text.at(i - 1).isHighSurrogate()) {
            m_lowSurrogates.append(i);
        }
    }
}

qsizetype TextOffsets::toCodePoint(qsizetype utf16Index) const
{
    // Every low surrogate before the index is one UTF-16 unit that is not a code point.
    const auto before
        = std::lower_bound(m_lowSurrogates.cbegin(), m_lowSurrogates.cend(), utf16Index);
    return utf16Index - (before - m_lowSurrogates.cbegin());
}

qsizetype TextOffsets::toUtf16(qsizetype codePoint) const
{
    qsizetype index = codePoint;
    for (const qsizetype low : m_lowSurrogates) {
        if (low <= index) {
            ++index;
        } else {
            break;
        }
    }
    return index;
}

} // namespace factbench
