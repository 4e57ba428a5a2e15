#include "htmlnestinglimiter.h"

#include <QByteArrayView>

#include <cstring>

namespace factbench {

namespace {

bool isAsciiLetter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool isNameCharacter(char c)
{
    return isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '-' || c == ':' || c == '_';
}

bool isOneOf(QByteArrayView name, std::initializer_list<const char *> names)
{
    for (const char *candidate : names) {
        if (name.compare(QByteArrayView(candidate), Qt::CaseInsensitive) == 0) {
            return true;
        }
    }
    return false;
}

// Elements with no end tag, and elements that close themselves when a sibling opens (<p>, <li>,
// <td>, ...): counting them as open would make a long list look deep.
bool leavesDepthAlone(QByteArrayView name)
{
    return isOneOf(name,
        {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
            "track", "wbr", "param", "keygen", "p", "li", "dt", "dd", "tr", "td", "th", "option",
            "optgroup", "rb", "rt", "rtc", "rp", "thead", "tbody", "tfoot", "colgroup", "caption",
            "html", "head", "body"});
}

bool isRawText(QByteArrayView name)
{
    return isOneOf(
        name, {"script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes"});
}

qsizetype find(const QByteArray &html, const char *needle, qsizetype from)
{
    return html.indexOf(needle, from);
}

// The '>' that closes the tag opened at `from`, skipping quoted attribute values.
qsizetype tagEnd(const char *data, qsizetype size, qsizetype from)
{
    char quote = 0;
    for (qsizetype i = from; i < size; ++i) {
        const char c = data[i];
        if (quote) {
            if (c == quote) {
                quote = 0;
            }
        } else if (c == '"' || c == '\'') {
            qsizetype j = i - 1;
            while (j > from && (data[j] == ' ' || data[j] == '\t' || data[j] == '\n')) {
                --j;
            }
            if (data[j] == '=') {
                quote = c;
            }
        } else if (c == '>') {
            return i;
        }
    }
    return -1;
}

// The index just past the end tag of a raw-text element (</script>, ...), or the page's end.
qsizetype skipRawText(const QByteArray &html, QByteArrayView name, qsizetype from)
{
    const QByteArray closing = "</" + name.toByteArray().toLower();
    qsizetype at = from;
    while (true) {
        at = html.indexOf("</", at);
        if (at < 0) {
            return html.size();
        }
        if (QByteArrayView(html).mid(at, closing.size()).compare(closing, Qt::CaseInsensitive)
            == 0) {
            const qsizetype end = html.indexOf('>', at);
            return end < 0 ? html.size() : end + 1;
        }
        at += 2;
    }
}

} // namespace

qsizetype HtmlNestingLimiter::limit(QByteArray &html, int maximumDepth)
{
    const qsizetype size = html.size();
    const char *data = html.constData();
    qsizetype blanked = 0;
    qsizetype depth = 0;
    qsizetype i = 0;
    while (i < size) {
        const char *open = static_cast<const char *>(std::memchr(data + i, '<', size - i));
        if (!open) {
            break;
        }
        i = open - data;
        if (QByteArrayView(data + i, size - i).startsWith("<!--")) {
            const qsizetype end = find(html, "-->", i + 4);
            i = end < 0 ? size : end + 3;
            continue;
        }
        const bool closing = i + 1 < size && data[i + 1] == '/';
        const qsizetype nameStart = i + (closing ? 2 : 1);
        if (nameStart >= size || !isAsciiLetter(data[nameStart])) {
            if (nameStart < size && (data[nameStart] == '!' || data[nameStart] == '?')) {
                const qsizetype end = html.indexOf('>', nameStart);
                i = end < 0 ? size : end + 1;
            } else {
                ++i;
            }
            continue;
        }
        qsizetype nameEnd = nameStart;
        while (nameEnd < size && isNameCharacter(data[nameEnd])) {
            ++nameEnd;
        }
        const QByteArrayView name(data + nameStart, nameEnd - nameStart);
        const qsizetype end = tagEnd(data, size, nameEnd);
        if (end < 0) {
            break;
        }
        const bool selfClosing = data[end - 1] == '/';
        bool blank = false;
        if (!closing && isRawText(name)) {
            i = skipRawText(html, name, end + 1);
            continue;
        }
        if (!closing && name.compare("plaintext", Qt::CaseInsensitive) == 0) {
            break; // the rest of the page is text
        }
        if (!leavesDepthAlone(name) && !selfClosing) {
            if (!closing) {
                ++depth;
                blank = depth > maximumDepth;
            } else if (depth > 0) {
                blank = depth > maximumDepth;
                --depth;
            }
        }
        if (blank) {
            data = html.data(); // detaches once; the sizes do not change
            std::memset(html.data() + i, ' ', end + 1 - i);
            ++blanked;
        }
        i = end + 1;
    }
    return blanked;
}

} // namespace factbench
