#include "sourcepassage.h"

#include <QUrl>

namespace factbench {

namespace {

bool isTerminator(QChar c)
{
    return c == QLatin1Char('.') || c == QLatin1Char('!') || c == QLatin1Char('?')
        || c == QChar(0x3002) || c == QChar(0x061F) || c == QChar(0x06D4);
}

bool isCloser(QChar c)
{
    return c == QLatin1Char('"') || c == QLatin1Char('\'') || c == QLatin1Char(')')
        || c == QChar(0x201D) || c == QChar(0x2019) || c == QChar(0x00BB);
}

/// Where the sentence ending at or after `from` ends: after its terminator and closing quotes,
/// or at a line break.
qsizetype sentenceEnd(const QString &text, qsizetype from)
{
    for (qsizetype i = from; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('\n')) {
            return i;
        }
        if (isTerminator(text.at(i))) {
            qsizetype after = i + 1;
            while (after < text.size() && isCloser(text.at(after))) {
                ++after;
            }
            // CJK full stops need no space after them.
            if (after == text.size() || text.at(after).isSpace() || text.at(i) == QChar(0x3002)) {
                return after;
            }
        }
    }
    return text.size();
}

/// Where the sentence holding `position` starts: after the previous sentence's end or line break.
qsizetype sentenceStart(const QString &text, qsizetype position)
{
    for (qsizetype i = position - 1; i >= 0; --i) {
        if (text.at(i) == QLatin1Char('\n')) {
            return i + 1;
        }
        if (text.at(i).isSpace()) {
            qsizetype before = i;
            while (before > 0 && isCloser(text.at(before - 1))) {
                --before;
            }
            if (before > 0 && isTerminator(text.at(before - 1))) {
                return i + 1;
            }
        }
        if (text.at(i) == QChar(0x3002)) {
            return i + 1;
        }
    }
    return 0;
}

/// Moves `index` off the low half of a surrogate pair, so no cut splits a character.
qsizetype onCharacter(const QString &text, qsizetype index)
{
    if (index > 0 && index < text.size() && text.at(index).isLowSurrogate()) {
        return index - 1;
    }
    return index;
}

QString percentEncoded(const QString &text)
{
    // '-', ',' and '&' delimit a text directive; everything else outside unreserved is encoded.
    return QString::fromLatin1(QUrl::toPercentEncoding(text, {}, "-,&"));
}

} // namespace

SourcePassage::SourcePassage(
    const QString &text, const TextOffsets &offsets, const TextRange &range)
{
    const qsizetype claimStart = std::clamp<qsizetype>(range.start, 0, text.size());
    const qsizetype claimEnd = std::clamp<qsizetype>(range.end, claimStart, text.size());

    // A quote may end with its own full stop: the sentence may end inside the claim's last
    // character, never before it.
    qsizetype start = sentenceStart(text, claimStart);
    qsizetype end = sentenceEnd(text, std::max(claimStart, claimEnd - 1));
    while (start < claimStart && text.at(start).isSpace()) {
        ++start;
    }
    QString before;
    QString after;
    if (end - start > maximumLength) {
        const qsizetype room
            = std::max<qsizetype>(0, (maximumLength - (claimEnd - claimStart)) / 2);
        if (claimStart - start > room) {
            start = onCharacter(text, claimStart - room);
            const qsizetype space = text.indexOf(QLatin1Char(' '), start);
            start = space >= 0 && space < claimStart ? space + 1 : start;
            before = QStringLiteral("…");
        }
        if (end - claimEnd > room) {
            end = onCharacter(text, claimEnd + room);
            const qsizetype space = text.lastIndexOf(QLatin1Char(' '), end - 1);
            end = space >= claimEnd ? space : end;
            after = QStringLiteral("…");
        }
    }
    m_fragmentText = text.mid(start, end - start).simplified();
    m_passage = before + m_fragmentText + after;

    m_start = offsets.toCodePoint(claimStart);
    m_end = offsets.toCodePoint(claimEnd);
    const qsizetype length = offsets.toCodePoint(text.size());
    m_exact = text.mid(claimStart, claimEnd - claimStart);
    const qsizetype prefixStart
        = offsets.toUtf16(std::max<qsizetype>(0, m_start - contextCodePoints));
    m_prefix = text.mid(prefixStart, claimStart - prefixStart);
    const qsizetype suffixEnd = offsets.toUtf16(std::min(length, m_end + contextCodePoints));
    m_suffix = text.mid(claimEnd, suffixEnd - claimEnd);
}

bool SourcePassage::isWebUrl(const QString &url)
{
    const QUrl parsed(url, QUrl::StrictMode);
    const QString scheme = parsed.scheme().toLower();
    return parsed.isValid() && !parsed.host().isEmpty()
        && (scheme == QLatin1String("https") || scheme == QLatin1String("http"));
}

QString SourcePassage::link(const QString &url) const
{
    if (!isWebUrl(url) || m_fragmentText.isEmpty()) {
        return {};
    }
    QUrl withoutFragment(url);
    withoutFragment.setFragment({});
    const QStringList words = m_fragmentText.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    // A text directive names the first and the last words of a long passage, which keeps the
    // link short and still matches the whole sentence.
    constexpr int wordsEachSide = 4;
    QString directive;
    if (words.size() <= 2 * wordsEachSide + 2) {
        directive = percentEncoded(words.join(QLatin1Char(' ')));
    } else {
        directive = percentEncoded(words.mid(0, wordsEachSide).join(QLatin1Char(' ')))
            + QLatin1Char(',')
            + percentEncoded(words.mid(words.size() - wordsEachSide).join(QLatin1Char(' ')));
    }
    return withoutFragment.toString(QUrl::FullyEncoded) + QStringLiteral("#:~:text=") + directive;
}

} // namespace factbench
