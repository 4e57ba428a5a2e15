#include "jsonstreamwriter.h"

#include <QLocale>

#include <cmath>

namespace factbench {

JsonStreamWriter::JsonStreamWriter()
{
    m_hasElement.append(false);
}

void JsonStreamWriter::newline()
{
    if (m_singleLineDepth > 0) {
        return;
    }
    m_out += '\n';
    m_out.append(QByteArray(4 * m_depth, ' '));
}

void JsonStreamWriter::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_hasElement.last()) {
        m_out += m_singleLineDepth > 0 ? ", " : ",";
    }
    m_hasElement.last() = true;
    if (m_depth > 0) {
        newline();
    }
}

void JsonStreamWriter::beginObject(Layout layout)
{
    beforeValue();
    m_out += '{';
    ++m_depth;
    m_hasElement.append(false);
    if (layout == Layout::SingleLine && m_singleLineDepth == 0) {
        m_singleLineDepth = m_depth;
    }
}

void JsonStreamWriter::endObject()
{
    const bool endsSingleLine = m_singleLineDepth == m_depth;
    --m_depth;
    if (m_hasElement.takeLast()) {
        newline();
    }
    m_out += '}';
    if (endsSingleLine) {
        m_singleLineDepth = 0;
    }
    if (m_depth == 0) {
        m_out += '\n';
    }
}

void JsonStreamWriter::beginArray()
{
    beforeValue();
    m_out += '[';
    ++m_depth;
    m_hasElement.append(false);
}

void JsonStreamWriter::endArray()
{
    --m_depth;
    if (m_hasElement.takeLast()) {
        newline();
    }
    m_out += ']';
}

void JsonStreamWriter::key(const char *name)
{
    beforeValue();
    m_out += '"';
    m_out += name; // Keys are the program's own ASCII names: nothing to escape.
    m_out += "\": ";
    m_afterKey = true;
}

void JsonStreamWriter::appendEscaped(const QString &text)
{
    m_out += '"';
    if (QStringView(text).isValidUtf16()) {
        appendEscapedUtf8(text.toUtf8());
    } else {
        // UTF-8 has no lone surrogates (toUtf8() puts replacement characters); JSON escapes keep
        // them, so a string read from a file is written back exactly.
        qsizetype runStart = 0;
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar c = text.at(i);
            if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
                ++i;
            } else if (c.isSurrogate()) {
                appendEscapedUtf8(QStringView(text).sliced(runStart, i - runStart).toUtf8());
                m_out += "\\u";
                m_out += QByteArray::number(c.unicode(), 16).rightJustified(4, '0');
                runStart = i + 1;
            }
        }
        appendEscapedUtf8(QStringView(text).sliced(runStart).toUtf8());
    }
    m_out += '"';
}

void JsonStreamWriter::appendEscapedUtf8(const QByteArray &utf8)
{
    static const char hex[] = "0123456789abcdef";
    for (const char c : utf8) {
        switch (c) {
        case '"':
            m_out += "\\\"";
            break;
        case '\\':
            m_out += "\\\\";
            break;
        case '\n':
            m_out += "\\n";
            break;
        case '\t':
            m_out += "\\t";
            break;
        case '\r':
            m_out += "\\r";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                m_out += "\\u00";
                m_out += hex[(c >> 4) & 0xF];
                m_out += hex[c & 0xF];
            } else {
                m_out += c;
            }
        }
    }
}

void JsonStreamWriter::value(const QString &text)
{
    beforeValue();
    appendEscaped(text);
}

void JsonStreamWriter::value(double number)
{
    beforeValue();
    if (!std::isfinite(number)) {
        m_out += "null"; // JSON has no infinity; the reader refuses it as a value.
    } else if (number == std::floor(number) && std::abs(number) < 9007199254740992.0) {
        m_out += QByteArray::number(qint64(number));
    } else {
        m_out += QByteArray::number(number, 'g', QLocale::FloatingPointShortest);
    }
}

void JsonStreamWriter::value(qint64 number)
{
    beforeValue();
    m_out += QByteArray::number(number);
}

void JsonStreamWriter::value(bool flag)
{
    beforeValue();
    m_out += flag ? "true" : "false";
}

void JsonStreamWriter::value(const std::optional<double> &number)
{
    if (number) {
        value(*number);
    } else {
        nullValue();
    }
}

void JsonStreamWriter::nullValue()
{
    beforeValue();
    m_out += "null";
}

void JsonStreamWriter::value(const QStringList &texts)
{
    beginArray();
    for (const QString &text : texts) {
        value(text);
    }
    endArray();
}

void JsonStreamWriter::inlineArray(std::initializer_list<qint64> numbers)
{
    beforeValue();
    m_out += '[';
    bool first = true;
    for (const qint64 number : numbers) {
        if (!first) {
            m_out += ", ";
        }
        first = false;
        m_out += QByteArray::number(number);
    }
    m_out += ']';
}

QByteArray JsonStreamWriter::take()
{
    return std::exchange(m_out, {});
}

} // namespace factbench
