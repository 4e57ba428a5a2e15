#include "quotescanner.h"

#include "charactersearch.h"
#include "speakerwords.h"

#include <QVarLengthArray>

namespace factbench {

namespace {

enum class Mark { Double, Low, Straight, Single, StraightSingle, Guillemet, SingleGuillemet };

struct OpenMark
{
    Mark mark;
    qsizetype position;
    qsizetype paragraphStart;
};

bool isWordChar(QChar c)
{
    return SpeakerWords::isWordChar(c);
}

// The character a paragraph starts with when it continues a quotation of this kind.
QChar openingChar(Mark mark)
{
    switch (mark) {
    case Mark::Double:
        return QChar(0x201C);
    case Mark::Low:
        return QChar(0x201E);
    case Mark::Straight:
        return QLatin1Char('"');
    case Mark::Single:
        return QChar(0x2018);
    case Mark::StraightSingle:
        return QLatin1Char('\'');
    case Mark::Guillemet:
        return QChar(0x00AB);
    case Mark::SingleGuillemet:
        return QChar(0x2039);
    }
    return {};
}

class Scanner
{
public:
    explicit Scanner(QStringView text)
        : m_text(text)
    { }

    QList<QuoteSpan> run()
    {
        // Most characters are neither marks nor line breaks: the search passes over them.
        static constexpr char16_t Marks[] = {u'\n', u'"', u'\''};
        const CharacterSearch search(Marks, 0xAB); // from «, all marks are beyond ASCII
        for (qsizetype i = search.next(m_text, 0); i >= 0; i = search.next(m_text, i + 1)) {
            step(i);
        }
        endParagraphsOfSpans(m_text.size());
        return m_spans;
    }

private:
    QChar at(qsizetype i) const { return i >= 0 && i < m_text.size() ? m_text[i] : QChar(); }

    qsizetype find(Mark mark) const
    {
        for (qsizetype k = m_stack.size() - 1; k >= 0; --k) {
            if (m_stack[k].mark == mark) {
                return k;
            }
        }
        return -1;
    }

    void open(Mark mark, qsizetype position)
    {
        // The same kind of mark opening again while one is open means the first was never
        // closed: quotes nest by alternating double and single marks.
        const qsizetype same = find(mark);
        if (same >= 0) {
            m_stack.resize(same);
        }
        if (m_stack.isEmpty()) {
            m_paragraphs = 0;
        }
        if (m_stack.size() < 16) {
            m_stack.append({mark, position, m_paragraphStart});
        }
    }

    void close(qsizetype index, qsizetype position)
    {
        if (index > 0) {
            m_stack.resize(index); // an inner quote ended; the outer one goes on
            return;
        }
        const qsizetype start = m_stack.first().position;
        const qsizetype paragraphStart = m_stack.first().paragraphStart;
        m_stack.clear();
        if (position - start > QuoteScanner::MaximumLength) {
            return;
        }
        for (qsizetype k = start + 1; k < position; ++k) {
            if (m_text[k].isLetterOrNumber()) {
                m_spans.append({start, position, m_paragraphs > 0, paragraphStart, -1});
                return;
            }
        }
    }

    // A paragraph ends inside a quotation: it goes on only when the next paragraph opens with
    // the same mark, which is how a quotation of several paragraphs is written.
    void endParagraph(qsizetype i)
    {
        endParagraphsOfSpans(i);
        m_paragraphStart = i + 1;
        if (m_stack.isEmpty()) {
            return;
        }
        qsizetype j = i;
        while (j < m_text.size() && (m_text[j].isSpace() || m_text[j] == QLatin1Char('\n'))) {
            ++j;
        }
        if (j < m_text.size() && m_text[j] == openingChar(m_stack.first().mark)
            && m_paragraphs < QuoteScanner::MaximumParagraphs) {
            m_stack.resize(1);
            m_continuation = j;
            ++m_paragraphs;
        } else {
            m_stack.clear();
        }
    }

    // The quotations closed since the last line break end their paragraph at `end`.
    void endParagraphsOfSpans(qsizetype end)
    {
        for (; m_unended < m_spans.size(); ++m_unended) {
            m_spans[m_unended].paragraphEnd = end;
        }
    }

    void step(qsizetype i)
    {
        const QChar c = m_text[i];
        const char16_t u = c.unicode();
        if (u == u'\n') {
            endParagraph(i);
            return;
        }
        if (i == m_continuation) {
            m_continuation = -1;
            return;
        }
        switch (u) {
        case u'\u201C': { // “ opens, or closes a German „
            const qsizetype low = find(Mark::Low);
            if (low >= 0) {
                close(low, i);
            } else {
                open(Mark::Double, i);
            }
            break;
        }
        case u'\u201D': { // ”
            qsizetype index = find(Mark::Double);
            const qsizetype low = find(Mark::Low);
            index = std::max(index, low);
            if (index >= 0) {
                close(index, i);
            }
            break;
        }
        case u'\u201E':
            open(Mark::Low, i);
            break;
        case u'"': {
            const qsizetype index = find(Mark::Straight);
            const bool spaceBefore = at(i - 1).isNull() || at(i - 1).isSpace();
            const bool spaceAfter = at(i + 1).isNull() || at(i + 1).isSpace();
            if (index >= 0 && !(spaceBefore && !spaceAfter)) {
                close(index, i);
            } else if (!spaceAfter) {
                open(Mark::Straight, i); // also drops an open one whose closer never came
            }
            break;
        }
        case u'\u2018': // ‘ opens at the start of a word only
            if (!isWordChar(at(i - 1))) {
                open(Mark::Single, i);
            }
            break;
        case u'\u2019': { // ’ is an apostrophe when a letter follows ("didn’t", "Ukraine’s")
            if (isWordChar(at(i + 1))) {
                break;
            }
            const qsizetype index = find(Mark::Single);
            if (index >= 0) {
                close(index, i);
            }
            break;
        }
        case u'\'': {
            const bool wordBefore = isWordChar(at(i - 1));
            const bool wordAfter = isWordChar(at(i + 1));
            if (wordBefore && wordAfter) {
                break; // "Trump's"
            }
            const qsizetype index = find(Mark::StraightSingle);
            if (index >= 0 && !wordAfter && !at(i - 1).isSpace()) {
                close(index, i);
            } else if (!wordBefore && wordAfter) {
                open(Mark::StraightSingle, i);
            }
            break;
        }
        case u'\u00AB':
            open(Mark::Guillemet, i);
            break;
        case u'\u00BB': {
            const qsizetype index = find(Mark::Guillemet);
            if (index >= 0) {
                close(index, i);
            }
            break;
        }
        case u'\u2039':
            open(Mark::SingleGuillemet, i);
            break;
        case u'\u203A': {
            const qsizetype index = find(Mark::SingleGuillemet);
            if (index >= 0) {
                close(index, i);
            }
            break;
        }
        default:
            break;
        }
    }

    QStringView m_text;
    QVarLengthArray<OpenMark, 16> m_stack;
    QList<QuoteSpan> m_spans;
    qsizetype m_continuation = -1;
    qsizetype m_paragraphStart = 0; // after the last line break passed
    qsizetype m_unended = 0; // the first span whose paragraphEnd is not known yet
    int m_paragraphs = 0;
};

} // namespace

QList<QuoteSpan> QuoteScanner::scan(QStringView text)
{
    return Scanner(text).run();
}

} // namespace factbench
