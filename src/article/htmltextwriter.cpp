#include "htmltextwriter.h"

#include "htmlnode.h"

#include <cstring>

namespace factbench {

namespace {

int sequenceLength(unsigned char lead)
{
    if (lead < 0x80) {
        return 1;
    }
    if ((lead >> 5) == 0x6) {
        return 2;
    }
    if ((lead >> 4) == 0xE) {
        return 3;
    }
    return (lead >> 3) == 0x1E ? 4 : 1;
}

bool isHtmlSpace(char32_t c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

} // namespace

HtmlTextWriter::HtmlTextWriter(QByteArrayView page)
    : m_page(page)
{ }

qsizetype HtmlTextWriter::toUtf16(qsizetype byteOffset)
{
    if (byteOffset < m_byte) {
        m_byte = 0;
        m_utf16 = 0;
    }
    while (m_byte < byteOffset && m_byte < m_page.size()) {
        const int length = sequenceLength(static_cast<unsigned char>(m_page[m_byte]));
        m_utf16 += length == 4 ? 2 : 1;
        m_byte += length;
    }
    return m_utf16;
}

void HtmlTextWriter::requestBreak(Break kind)
{
    if (kind > m_break) {
        m_break = kind;
    }
}

void HtmlTextWriter::put(QChar c, qsizetype offset)
{
    if (!m_text.isEmpty()) {
        if (m_break != Break::None) {
            const int newlines = m_break == Break::Paragraph ? 2 : 1;
            for (int i = 0; i < newlines; ++i) {
                m_text.append(QLatin1Char('\n'));
                m_offsets.append(offset);
            }
        } else if (m_space) {
            m_text.append(QLatin1Char(' '));
            m_offsets.append(offset);
        }
    }
    m_break = Break::None;
    m_space = false;
    m_text.append(c);
    m_offsets.append(offset);
}

void HtmlTextWriter::writeText(const GumboNode *textNode)
{
    const GumboText &text = textNode->v.text;
    const qsizetype length = qsizetype(std::strlen(text.text));
    // Without entities the decoded text is the source itself and maps character by character;
    // otherwise every character points at the start of its text node.
    const bool exact = text.original_text.length == size_t(length)
        && std::memcmp(text.original_text.data, text.text, size_t(length)) == 0;
    const qsizetype nodeStart = qsizetype(text.start_pos.offset);
    qsizetype i = 0;
    while (i < length) {
        const auto lead = static_cast<unsigned char>(text.text[i]);
        const int sequence = std::min<qsizetype>(sequenceLength(lead), length - i);
        const QString character = lead < 0x80 ? QString(QLatin1Char(char(lead)))
                                              : QString::fromUtf8(text.text + i, sequence);
        const qsizetype offset = toUtf16(nodeStart + (exact ? i : 0));
        i += sequence;
        const char32_t c = character.isEmpty() ? 0 : character.at(0).unicode();
        if (m_preformatted > 0 && c == '\n') {
            requestBreak(Break::Line);
            continue;
        }
        if (m_preformatted == 0 && isHtmlSpace(c)) {
            m_space = true;
            continue;
        }
        for (QChar unit : character) {
            put(unit, offset);
        }
    }
}

void HtmlTextWriter::write(
    const GumboNode *node, const std::function<bool(const GumboNode *)> &skip)
{
    struct Frame
    {
        const GumboNode *node;
        unsigned int next;
    };
    // Block edges break the text the same way on the way in and out; <br> only enters.
    const auto separate = [this](GumboTag tag) {
        if (tag == GUMBO_TAG_LI || tag == GUMBO_TAG_TR || tag == GUMBO_TAG_DT
            || tag == GUMBO_TAG_DD) {
            requestBreak(Break::Line);
        } else if (tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH) {
            m_space = true;
        } else if (HtmlNode::isBlock(tag)) {
            requestBreak(Break::Paragraph);
        }
    };
    const auto enter = [this, &separate](const GumboNode *element) {
        const GumboTag tag = HtmlNode::tag(element);
        if (tag == GUMBO_TAG_BR) {
            requestBreak(Break::Line);
        } else {
            separate(tag);
        }
        if (tag == GUMBO_TAG_PRE || tag == GUMBO_TAG_TEXTAREA) {
            ++m_preformatted;
        }
    };
    const auto leave = [this, &separate](const GumboNode *element) {
        const GumboTag tag = HtmlNode::tag(element);
        separate(tag);
        if (tag == GUMBO_TAG_PRE || tag == GUMBO_TAG_TEXTAREA) {
            --m_preformatted;
        }
    };

    QList<Frame> stack;
    if (HtmlNode::isElement(node)) {
        enter(node);
    }
    stack.append({node, 0});
    while (!stack.isEmpty()) {
        Frame &frame = stack.last();
        const GumboVector *children = HtmlNode::children(frame.node);
        if (!children || frame.next >= children->length) {
            if (HtmlNode::isElement(frame.node)) {
                leave(frame.node);
            } else if (frame.node->type == GUMBO_NODE_TEXT
                || frame.node->type == GUMBO_NODE_WHITESPACE
                || frame.node->type == GUMBO_NODE_CDATA) {
                writeText(frame.node);
            }
            stack.removeLast();
            continue;
        }
        const auto *child = static_cast<const GumboNode *>(children->data[frame.next++]);
        if (HtmlNode::isElement(child)) {
            if (skip(child)) {
                // Keep the words on either side of a skipped block apart.
                if (HtmlNode::isBlock(HtmlNode::tag(child))) {
                    requestBreak(Break::Paragraph);
                } else {
                    m_space = true;
                }
                continue;
            }
            enter(child);
        }
        stack.append({child, 0}); // `frame` is not used after this
    }
}

} // namespace factbench
