#include "figureextractor.h"

#include "article/paragraphs.h"

#include "englishwords.h"
#include "figurecontext.h"
#include "lowerword.h"
#include "numberparser.h"
#include "tokenizer.h"
#include "unitlexicon.h"
#include "wordkey.h"
#include "wordset.h"

#include <QLoggingCategory>

#include <algorithm>
#include <cmath>

Q_LOGGING_CATEGORY(lcExtract, "factbench.extract", QtInfoMsg)

namespace factbench {

namespace {

/// Reads the figures of one paragraph.
class ParagraphReader
{
public:
    ParagraphReader(QStringView paragraph, qsizetype offset, const QList<Token> &tokens,
        const FigureExtractor::Exclusions &exclusions, SentenceBoundaries &sentences,
        QList<Figure> &out)
        : m_paragraph(paragraph)
        , m_offset(offset)
        , m_tokens(tokens)
        , m_view(paragraph, m_tokens, offset)
        , m_exclusions(exclusions)
        , m_sentences(sentences)
        , m_out(out)
    { }

    void run()
    {
        const qsizetype firstFigure = m_out.size();
        for (qsizetype i = 0; i < m_view.size();) {
            if (m_view.at(i).type == Token::Type::Symbol) {
                ++i; // a symbol starts no figure ("$" and "-" are read from the number)
                continue;
            }
            const qsizetype next = tryFigureAt(i);
            i = next > i ? next : i + 1;
        }
        shareUnits(firstFigure);
    }

private:
    /// Bare numbers take the unit of their neighbours in the sentence: "435 homes by open sale
    /// and 187 by tender", "fell 58.06 points to 16,369.03". Percentages are not shared: the
    /// level after "rose 0.4% to" is not a percentage.
    void shareUnits(qsizetype firstFigure)
    {
        auto donor = [](const Figure &figure) {
            return figure.kind != FigureKind::Percent && !figure.unit.isEmpty()
                && figure.kind != FigureKind::Age && figure.kind != FigureKind::Ordinal
                && !figure.valueHigh;
        };
        const qsizetype count = m_out.size() - firstFigure;
        if (count < 2) {
            return;
        }
        // One pass each way: the nearest donor before (then after) in the same sentence.
        QList<qsizetype> sentence(count);
        for (qsizetype f = 0; f < count; ++f) {
            sentence[f] = sentenceIndexAt(m_out[firstFigure + f].range.start);
        }
        QList<qsizetype> before(count, -1);
        QList<qsizetype> after(count, -1);
        for (qsizetype f = 1; f < count; ++f) {
            const qsizetype previous = firstFigure + f - 1;
            before[f] = sentence[f] != sentence[f - 1] ? -1
                : donor(m_out[previous])               ? previous
                                                       : before[f - 1];
        }
        for (qsizetype f = count - 2; f >= 0; --f) {
            const qsizetype next = firstFigure + f + 1;
            after[f] = sentence[f] != sentence[f + 1] ? -1
                : donor(m_out[next])                  ? next
                                                      : after[f + 1];
        }
        for (qsizetype f = 0; f < count; ++f) {
            Figure &figure = m_out[firstFigure + f];
            if (figure.kind != FigureKind::Other || !figure.unit.isEmpty()
                || !figure.counted.isEmpty()) {
                continue;
            }
            const qsizetype from = before[f] >= 0 ? before[f] : after[f];
            if (from >= 0) {
                figure.kind = m_out[from].kind;
                figure.unit = m_out[from].unit;
                figure.counted = m_out[from].counted;
            }
        }
    }

    qsizetype sentenceIndexAt(qsizetype textPosition)
    {
        findSentences();
        const qsizetype position = textPosition - m_offset;
        return std::upper_bound(m_sentenceStarts.cbegin(), m_sentenceStarts.cend(), position)
            - m_sentenceStarts.cbegin();
    }

    // --- sentences -------------------------------------------------------------------------

    void findSentences()
    {
        if (m_sentenceStarts.isEmpty()) {
            m_sentenceStarts = m_sentences.inParagraph(m_offset, m_offset + m_paragraph.size());
        }
    }

    /// First and last token of the sentence holding token i.
    std::pair<qsizetype, qsizetype> sentenceOf(qsizetype i)
    {
        findSentences();
        const qsizetype position = m_view.at(i).start - m_offset;
        auto it = std::upper_bound(m_sentenceStarts.cbegin(), m_sentenceStarts.cend(), position);
        const qsizetype start = *(it - 1);
        const qsizetype end = it == m_sentenceStarts.cend() ? m_paragraph.size() : *it;
        // Tokens are sorted by position: find the sentence's ends by binary search, and read
        // no further than a window around the number, so a text without full stops stays linear.
        auto tokenAt = [this](qsizetype paragraphPosition) {
            return std::lower_bound(m_tokens.cbegin(), m_tokens.cend(),
                       paragraphPosition + m_offset,
                       [](const Token &token, qsizetype p) { return token.start < p; })
                - m_tokens.cbegin();
        };
        const qsizetype first = std::max(tokenAt(start), i - ContextWindow);
        const qsizetype last = std::min(tokenAt(end) - 1, i + ContextWindow);
        return {first, std::max(first, last)};
    }

    /// How many tokens either side of a number its context may reach.
    static constexpr qsizetype ContextWindow = 60;

    // --- recognising a figure ---------------------------------------------------------------

    LowerWord lower(qsizetype i) const { return LowerWord(m_view.text(i)); }

    bool excluded(qsizetype i) const { return m_exclusions.contains(m_view.at(i).start); }

    /// Digits glued into a name or code: "F-16", "COVID-19", "#5", "PS5" (a Word with digits
    /// is already one token).
    bool partOfName(qsizetype i) const
    {
        if (!m_view.glued(i)) {
            return false;
        }
        if ((m_view.isSymbol(i - 1, u'-') || m_view.isSymbol(i - 1, u'/')
                || m_view.isSymbol(i - 1, u'+') || m_view.isSymbol(i - 1, u'.'))
            && m_view.glued(i - 1) && m_view.isWord(i - 2)
            && !m_view.is(i - 2, QLatin1StringView("sub"))
            && !m_view.is(i - 2, QLatin1StringView("minus"))) {
            return true;
        }
        if (m_view.isSymbol(i - 1, u',') && m_view.glued(i - 1) && m_view.isWord(i - 2)
            && m_view.text(i - 2).back().isDigit()) {
            return true; // "PS21,700": the rest of a code
        }
        return m_view.isSymbol(i - 1, u'#') || m_view.isSymbol(i - 1, u'@');
    }

    /// A number right after a capitalised label that names something: "Section 427",
    /// "Game 7", "Apollo 11". Sentence-initial words and currency codes are not labels.
    bool afterLabel(qsizetype i, qsizetype sentenceFirst) const
    {
        const qsizetype prev = i - 1;
        if (prev <= sentenceFirst || !m_view.isCapitalized(prev) || m_view.glued(i)
            || monthLike(m_view.text(prev))) {
            return false;
        }
        const LowerWord lowerWord = lower(prev);
        const QStringView word = lowerWord.view();
        if (word.endsWith(QLatin1String("'s")) || word.endsWith(u"\u2019s")) {
            return false; // "Kyiv's 10 districts"
        }
        static const WordSet notLabels(u"us about over some nearly almost around rs rm usd eur gbp "
                                       u"inr nis aud jpy cny i");
        if (notLabels.contains(word)) {
            return false;
        }
        return true;
    }

    /// "category 4 hurricane", "page 12", "row 21": a number that names a position.
    bool afterLowerCaseLabel(qsizetype i) const
    {
        // The last six are stock indices: "the sp 500", "ftse 100".
        static const WordSet labels(
            u"category level grade number no page chapter section article route channel row seat "
            u"room gate flight platform phase stage tier round game week season episode volume "
            u"version model series district ward zone lane sp ftse stoxx nikkei russell asx");
        return m_view.isWord(i - 1) && !m_view.glued(i) && m_view.text(i).size() <= 3
            && labels.contains(lower(i - 1).view())
            && !UnitLexicon::unitAt(m_view, i + 1).matched();
    }

    /// Mixed-case product names before a number: "iPhone 11", "eBay 5".
    bool afterProductName(qsizetype i) const
    {
        if (!m_view.isWord(i - 1) || m_view.glued(i)) {
            return false;
        }
        const QStringView word = m_view.text(i - 1);
        return word.size() > 1 && word.front().isLower()
            && std::any_of(word.begin() + 1, word.end(), [](QChar c) { return c.isUpper(); });
    }

    static bool monthLike(QStringView word)
    {
        static const QStringList months
            = {QStringLiteral("Jan"), QStringLiteral("Feb"), QStringLiteral("Mar"),
                QStringLiteral("Apr"), QStringLiteral("May"), QStringLiteral("Jun"),
                QStringLiteral("Jul"), QStringLiteral("Aug"), QStringLiteral("Sep"),
                QStringLiteral("Oct"), QStringLiteral("Nov"), QStringLiteral("Dec")};
        return word.size() >= 3 && months.contains(word.first(3));
    }

    qsizetype tryFigureAt(qsizetype i)
    {
        // Most words start no figure: tell them by their spelling before the exclusion lookup.
        if (m_view.isWord(i) && !mayStartFigure(i)) {
            return i + 1;
        }
        if (excluded(i)) {
            return i + 1;
        }
        if (m_view.isNumber(i)) {
            return tryDigitsAt(i);
        }
        if (m_view.isWord(i)) {
            return tryWordsAt(i);
        }
        return i + 1;
    }

    qsizetype tryDigitsAt(qsizetype i)
    {
        if (partOfName(i)) {
            return i + 1;
        }
        // Clock times and scores: "4:39", "9-2" handled below.
        if (m_view.isSymbol(i + 1, u':') && m_view.glued(i + 1) && m_view.isNumber(i + 2)
            && m_view.glued(i + 2)) {
            return i + 3;
        }
        const auto [sentenceFirst, sentenceLast] = sentenceOf(i);
        if ((afterLabel(i, sentenceFirst) || afterProductName(i) || afterLowerCaseLabel(i)
                || (m_view.isSymbol(i - 1, u'(') && m_view.isSymbol(i + 1, u')')
                    && m_view.text(i).size() <= 2))
            && !UnitLexicon::unitAt(m_view, i + 1).matched()) {
            // Skip the whole code: "Charlton 2-1", "ISO 3888-2".
            qsizetype end = i + 1;
            while (m_view.glued(end) && m_view.at(end).type == Token::Type::Symbol
                && m_view.isNumber(end + 1) && m_view.glued(end + 1)) {
                end += 2;
            }
            return end;
        }
        // Scores and results: "ended 2-2", "beat Charlton 2-1", "at 89-89".
        if (m_view.isSymbol(i + 1, u'-') && m_view.glued(i + 1) && m_view.isNumber(i + 2)
            && m_view.glued(i + 2) && m_view.text(i).size() <= 3 && m_view.text(i + 2).size() <= 3
            && digitsValue(m_view.text(i + 2)) <= digitsValue(m_view.text(i))
            && !UnitLexicon::unitAt(m_view, i + 3).matched()) {
            return i + 3;
        }
        // A word glued before the digits is a currency code ("RM120,000", "US$5") or a code.
        qsizetype currencyFirst = -1;
        UnitMatch currency = UnitLexicon::currencyBefore(m_view, i - 1, &currencyFirst);
        if (currency.matched() && !m_view.glued(i)
            && m_view.at(i - 1).type == Token::Type::Symbol) {
            currency = {}; // "$ 5" with a space is rare and usually a table artefact
        }
        if (!currency.matched() && m_view.glued(i) && m_view.isWord(i - 1)) {
            return i + 1;
        }
        auto number = NumberParser::parseAt(m_view, i);
        if (!number) {
            return i + 1;
        }
        // "1/16", "1\u204432": a fraction; "24/7" and "7/4" are not quantities.
        if ((m_view.isSymbol(i + 1, u'/') || m_view.isSymbol(i + 1, u'\u2044'))
            && m_view.glued(i + 1) && m_view.isNumber(i + 2) && m_view.glued(i + 2)
            && !currency.matched()) {
            const double denominator = m_view.text(i + 2).toDouble();
            if (denominator <= number->value || denominator == 0 || m_view.isSymbol(i + 3, u'/')) {
                return i + 3;
            }
            number->value /= denominator;
            number->lastToken = i + 2;
        }
        // "1.99×10−30": scientific notation.
        if (m_view.isSymbol(i + 1, u'\u00D7') && m_view.text(i + 2) == u"10"
            && m_view.glued(i + 2)) {
            qsizetype k = i + 3;
            double sign = 1;
            if ((m_view.isSymbol(k, u'-') || m_view.isSymbol(k, u'\u2212')) && m_view.glued(k)) {
                sign = -1;
                ++k;
            } else if (m_view.isSymbol(k, u'^') && m_view.glued(k)) {
                ++k;
            }
            if (m_view.isNumber(k) && m_view.glued(k)) {
                number->value *= std::pow(10.0, sign * m_view.text(k).toDouble());
                number->lastToken = k;
            }
        }
        // Signed values: "-1.3%", "minus 5", "minus-260 degrees".
        qsizetype spanFirst = currency.matched() ? currencyFirst : i;
        // "COVID -19" is a code; "FTSE -0.6%" a signed change.
        const bool afterCode = m_view.isWord(i - 2) && isUpperCaseWord(m_view.text(i - 2))
            && !UnitLexicon::unitAt(m_view, i + 1).matched();
        if (!currency.matched() && m_view.glued(i)
            && (m_view.isSymbol(i - 1, u'-') || m_view.isSymbol(i - 1, u'\u2212'))
            && !m_view.glued(i - 1) && !afterCode) {
            number->value = -number->value;
            spanFirst = i - 1;
        } else if (!currency.matched() && m_view.is(i - 1, QLatin1StringView("minus"))) {
            number->value = -number->value;
            spanFirst = i - 1;
        } else if (!currency.matched() && m_view.isSymbol(i - 1, u'-') && m_view.glued(i)
            && m_view.is(i - 2, QLatin1StringView("minus"))) {
            number->value = -number->value;
            spanFirst = i - 2;
        }
        std::optional<Qualifier> prefix;
        if (m_view.isSymbol(spanFirst - 1, u'-') && m_view.glued(spanFirst)
            && m_view.is(spanFirst - 2, QLatin1StringView("sub"))) {
            spanFirst -= 2; // "sub-300 sq m"
            prefix = Qualifier::LessThan;
        }
        return buildFigure(
            *number, currency, spanFirst, sentenceFirst, sentenceLast, std::nullopt, prefix);
    }

    /// False for a word tryWordsAt() surely skips: no "hour-long", no ordinal, and no word
    /// NumberParser::parseAt() or the "tens of thousands" rule could read.
    bool mayStartFigure(qsizetype i) const
    {
        // Most words fail on their length and initial; the rest are looked up by their key,
        // once for all the lists.
        const QStringView word = m_view.text(i);
        static const WordShapes figureWords = [] {
            WordShapes shapes({"tens", "hundreds"});
            shapes.add(NumberParser::wordShapes());
            return shapes;
        }();
        if (!figureWords.mayHold(word)) {
            return followedByLong(i);
        }
        const bool numberShape = NumberParser::mayStartNumber(word);
        const bool ordinalShape = NumberParser::mayBeOrdinal(word);
        if (!numberShape && !ordinalShape) {
            return followedByLong(i);
        }
        const quint64 key = wordKey(word);
        if (key == 0) {
            return mayStartFigureAsSpelled(i); // not plain ASCII letters: the general tests
        }
        static constexpr quint64 A = wordKey(u"a");
        static constexpr quint64 Half = wordKey(u"half");
        static constexpr quint64 Tens = wordKey(u"tens");
        static constexpr quint64 Hundreds = wordKey(u"hundreds");
        if (numberShape
            && (NumberParser::wordValueOfKey(key) >= 0 || key == A || key == Half || key == Tens
                || key == Hundreds)) {
            return true;
        }
        return NumberParser::ordinalValueOfKey(key) > 0 || followedByLong(i);
    }

    /// "hour-long": the word is followed by a glued "-long".
    bool followedByLong(qsizetype i) const
    {
        return m_view.isSymbol(i + 1, u'-') && m_view.glued(i + 1)
            && m_view.is(i + 2, QLatin1StringView("long")) && m_view.glued(i + 2);
    }

    bool mayStartFigureAsSpelled(qsizetype i) const
    {
        const QStringView word = m_view.text(i);
        if (NumberParser::mayStartNumber(word)
            && (NumberParser::wordValue(word) >= 0 || m_view.is(i, QLatin1StringView("a"))
                || m_view.is(i, QLatin1StringView("half"))
                || m_view.is(i, QLatin1StringView("tens"))
                || m_view.is(i, QLatin1StringView("hundreds")))) {
            return true;
        }
        return NumberParser::ordinalValue(word) > 0
            || (m_view.isSymbol(i + 1, u'-') && m_view.glued(i + 1)
                && m_view.is(i + 2, QLatin1StringView("long")) && m_view.glued(i + 2));
    }

    qsizetype tryWordsAt(qsizetype i)
    {
        const QStringView word = m_view.text(i);
        // "hour-long", "day-long": one of that unit.
        if (m_view.isSymbol(i + 1, u'-') && m_view.glued(i + 1)
            && m_view.is(i + 2, QLatin1StringView("long")) && m_view.glued(i + 2)) {
            const UnitMatch unit = UnitLexicon::unitAt(m_view, i);
            if (unit.matched() && unit.kind == FigureKind::Duration && unit.lastToken == i) {
                const auto [sentenceFirst, sentenceLast] = sentenceOf(i);
                qsizetype qualifierStart = i;
                Figure figure;
                figure.qualifier
                    = FigureContext::qualifierBefore(m_view, i, sentenceFirst, &qualifierStart);
                figure.value = 1;
                figure.kind = FigureKind::Duration;
                figure.unit = unit.unit;
                figure.counted = word.toString();
                finish(std::move(figure), i, i + 2, sentenceFirst, sentenceLast, {});
                return i + 3;
            }
        }
        if (NumberParser::ordinalValue(word) > 0) {
            return readOrdinal(i, i, NumberParser::ordinalValue(word));
        }
        if (!NumberParser::mayStartNumber(word)) {
            return i + 1;
        }
        // "tens of thousands", "hundreds of millions": a range of magnitudes.
        if ((m_view.is(i, QLatin1StringView("tens")) || m_view.is(i, QLatin1StringView("hundreds")))
            && m_view.is(i + 1, QLatin1StringView("of")) && m_view.isWord(i + 2)) {
            const double scale = UnitLexicon::scaleOf(m_view.text(i + 2), false);
            if (scale >= 1e3) {
                const double base = m_view.is(i, QLatin1StringView("tens")) ? 10 : 100;
                ParsedNumber number;
                number.value = base * scale;
                number.firstToken = i;
                number.lastToken = i + 2;
                number.fromWords = true;
                const auto [sentenceFirst, sentenceLast] = sentenceOf(i);
                return buildFigure(number, {}, i, sentenceFirst, sentenceLast, base * 10 * scale);
            }
        }
        auto number = NumberParser::parseAt(m_view, i);
        if (!number) {
            return i + 1;
        }
        if (number->fromWords && number->value == 0.5 && m_view.isWord(i - 1)
            && NumberParser::ordinalValue(m_view.text(i - 1)) > 0) {
            return i + 1; // "the second half" of a game
        }
        // "a five-year plan", "a two-day visit": a number word joined to its unit modifies
        // the noun after it; it states no figure of its own.
        if (m_view.isSymbol(number->lastToken + 1, u'-') && m_view.glued(number->lastToken + 1)
            && m_view.glued(number->lastToken + 2)) {
            const UnitMatch unit = UnitLexicon::unitAt(m_view, number->lastToken + 2);
            if (unit.matched() && unit.kind == FigureKind::Duration
                && !m_view.isSymbol(unit.lastToken + 1, u'-')) {
                return unit.lastToken + 1;
            }
        }
        const auto [sentenceFirst, sentenceLast] = sentenceOf(i);
        // "no one", "the one who", "this one": pronouns, not counts.
        if (number->value == 1 && !number->scaled) {
            const LowerWord before(i > sentenceFirst ? m_view.text(i - 1) : QStringView());
            static const WordSet pronounUses(u"no the this that any every which each someone only");
            if (pronounUses.contains(before.view()) && !m_view.isWord(number->lastToken + 1)) {
                return number->lastToken + 1;
            }
        }
        return buildFigure(*number, {}, i, sentenceFirst, sentenceLast);
    }

    /// "third year", "21st consecutive month": an ordinal written over tokens `first`..`last`
    /// that quantifies the time unit after it. Returns the token after what it read.
    qsizetype readOrdinal(qsizetype first, qsizetype last, double value)
    {
        qsizetype next = last + 1;
        while (m_view.is(next, QLatin1StringView("consecutive"))
            || m_view.is(next, QLatin1StringView("straight"))
            || m_view.is(next, QLatin1StringView("full"))) {
            ++next;
        }
        const UnitMatch unit = UnitLexicon::unitAt(m_view, next);
        // "the 20th century" names a time, like a date.
        if (!unit.matched() || unit.kind != FigureKind::Duration || unit.unit == u"century"
            || unit.unit == u"decade") {
            return last + 1;
        }
        const auto [sentenceFirst, sentenceLast] = sentenceOf(first);
        Figure figure;
        figure.value = value;
        figure.kind = FigureKind::Ordinal;
        figure.unit = unit.unit;
        figure.counted = m_view.text(next).toString();
        finish(std::move(figure), first, last, sentenceFirst, sentenceLast, {});
        return unit.lastToken + 1;
    }

    // --- building the figure ----------------------------------------------------------------

    qsizetype buildFigure(const ParsedNumber &parsed, UnitMatch currency, qsizetype spanFirst,
        qsizetype sentenceFirst, qsizetype sentenceLast, std::optional<double> high = std::nullopt,
        std::optional<Qualifier> prefix = std::nullopt)
    {
        if (parsed.ordinal) {
            return readOrdinal(parsed.firstToken, parsed.lastToken, parsed.value);
        }
        Figure figure;
        figure.value = parsed.value;
        figure.valueHigh = high;
        qsizetype last = parsed.lastToken;
        bool scaled = parsed.scaled;

        // Currency scale glued or spaced: "$35m", "£2bn", "$5 million".
        if (currency.matched() && !scaled && m_view.isWord(last + 1)) {
            const double scale = UnitLexicon::scaleOf(m_view.text(last + 1), true);
            if (scale > 0) {
                figure.value *= scale;
                scaled = true;
                ++last;
            }
        }
        // "35m of its devices": a glued m before "of" or a plural noun is a million.
        if (!currency.matched() && !scaled && m_view.isWord(last + 1) && m_view.glued(last + 1)) {
            const QStringView suffix = m_view.text(last + 1);
            const bool million = suffix == u"M"
                || (suffix == u"m"
                    && (m_view.is(last + 2, QLatin1StringView("of"))
                        || FigureContext::countedAt(m_view, last + 2, sentenceLast, true).found()));
            if (million || suffix == u"bn" || suffix == u"B") {
                figure.value *= million ? 1e6 : 1e9;
                scaled = true;
                ++last;
            }
        }

        // Ranges: "between 60 and 80", "60 to 80", "10-12", "three or four".
        last = readRange(
            figure, parsed, currency, spanFirst, last, sentenceFirst, sentenceLast, scaled);

        // The unit after the number (or after the range).
        UnitMatch unit;
        qsizetype unitFirst = last + 1;
        if (m_view.isSymbol(unitFirst, u'-') && m_view.glued(unitFirst)
            && m_view.isWord(unitFirst + 1) && m_view.glued(unitFirst + 1)) {
            ++unitFirst; // "40-year-old", "13-hour", "5-kilometre"
        }
        if (!currency.matched()) {
            unit = UnitLexicon::unitAt(m_view, unitFirst);
            // Single letters are units only when glued to the number ("5m", "20C").
            if (unit.matched() && unit.lastToken == unitFirst && m_view.text(unitFirst).size() == 1
                && !m_view.glued(unitFirst) && m_view.text(unitFirst) != u"%") {
                unit = {};
            }
            if (unit.matched() && unit.unit == u"metre" && m_view.text(unitFirst) == u"m"
                && scaled) {
                unit = {};
            }
        }
        if (unit.matched() && unit.unit == u"pound-mass") {
            unit = {};
        }
        if (m_view.is(unitFirst, QLatin1StringView("pounds")) && !currency.matched()) {
            // Pounds of money follow a scale word; pounds of weight do not.
            unit = scaled
                ? UnitMatch {QStringLiteral("pound sterling"), FigureKind::Money, unitFirst}
                : UnitMatch {QStringLiteral("pound-mass"), FigureKind::Measure, unitFirst};
        }

        if (!currency.matched() && m_view.glued(last + 1)
            && m_view.at(last + 1).type == Token::Type::Symbol) {
            qsizetype ignored = 0;
            const UnitMatch after = UnitLexicon::currencyBefore(m_view, last + 1, &ignored);
            if (after.matched() && ignored == last + 1) {
                currency = after; // "1,200€"
                ++last;
                unit = {};
            }
        }
        if (!currency.matched() && !unit.matched()
            && m_view.is(spanFirst - 1, QLatin1StringView("magnitude"))) {
            unit = {QStringLiteral("magnitude"), FigureKind::Measure, last};
            unitFirst = spanFirst - 1; // "a magnitude 6.1 earthquake"
        }
        CountedNoun noun;
        if (currency.matched()) {
            figure.kind = FigureKind::Money;
            figure.unit = currency.unit;
            if (m_view.isWord(last + 1)) {
                const UnitMatch after = UnitLexicon::unitAt(m_view, last + 1);
                if (after.matched() && after.kind == FigureKind::Money) {
                    last = after.lastToken; // "$5 USD"
                }
            }
            const UnitMatch rate = UnitLexicon::rateAt(m_view, last + 1);
            if (rate.matched()) {
                figure.unit += QStringLiteral(" per ") + rate.unit; // "$5 a share"
            }
        } else if (unit.matched()) {
            figure.kind = unit.kind;
            figure.unit = unit.unit;
            figure.counted = unitFirst < spanFirst
                ? m_view.text(unitFirst).toString()
                : m_view.span(unitFirst, unit.lastToken).toString();
            // Ages: "40-year-old", "40 years old", "aged 40".
            const qsizetype after = unit.lastToken + 1;
            if (unit.unit == u"year"
                && ((m_view.isSymbol(after, u'-') && m_view.is(after + 1, QLatin1StringView("old")))
                    || m_view.is(after, QLatin1StringView("old")))) {
                figure.kind = FigureKind::Age;
                figure.unit = QStringLiteral("year of age");
                unit.lastToken = m_view.isSymbol(after, u'-') ? after + 1 : after;
            }
            last = unit.lastToken;
            if (figure.kind != FigureKind::Age) {
                const UnitMatch rate = UnitLexicon::rateAt(m_view, last + 1);
                if (rate.matched()) {
                    figure.unit += QStringLiteral(" per ") + rate.unit; // "40 hours a week"
                }
            }
        } else {
            noun = countedFor(figure, parsed, last, sentenceLast);
            if (noun.lastToken == -2) {
                return last + 1; // "787 Dreamliner", "11 Pro": a model name
            }
            if (noun.found()) {
                figure.counted = noun.counted;
                figure.unit = noun.singular;
            } else if (parsed.fromWords) {
                return parsed.lastToken + 1; // a number word that counts nothing: "one of the"
            }
            // "Jamie Armstrong, 25, said": an age in apposition to a name.
            const bool apposition = !noun.found() && m_view.isSymbol(spanFirst - 1, u',')
                && m_view.isCapitalized(spanFirst - 2)
                && (m_view.isSymbol(last + 1, u',') || m_view.isSymbol(last + 1, u')'))
                && figure.value >= 1 && figure.value <= 120 && m_view.text(spanFirst).size() <= 3;
            if (apposition || m_view.is(spanFirst - 1, QLatin1StringView("aged"))
                || m_view.is(spanFirst - 1, QLatin1StringView("age"))) {
                figure.kind = FigureKind::Age;
                figure.unit = QStringLiteral("year of age");
            }
        }

        // "dozens" has gone; a bare year-like number with no unit is a year, not a figure.
        if (!currency.matched() && !unit.matched() && !noun.found() && !parsed.fromWords
            && looksLikeYear(parsed)) {
            return last + 1;
        }
        qsizetype qualifierStart = spanFirst;
        const Qualifier before
            = FigureContext::qualifierBefore(m_view, spanFirst, sentenceFirst, &qualifierStart);
        figure.qualifier = prefix.value_or(before);
        if (m_view.is(last + 1, QLatin1StringView("or"))
            && m_view.is(last + 2, QLatin1StringView("more"))) {
            figure.qualifier = Qualifier::AtLeast;
        }
        if (m_view.isSymbol(last + 1, u'+') && m_view.glued(last + 1)) {
            figure.qualifier = Qualifier::AtLeast;
            ++last;
        }
        finish(std::move(figure), spanFirst, last, sentenceFirst, sentenceLast, noun);
        return (noun.found() ? std::max(last, parsed.lastToken) : last) + 1;
    }

    /// True when a verb of change or "by" stands just before token `first`.
    bool precededByChange(qsizetype first, qsizetype sentenceFirst) const
    {
        static const WordSet changes(
            u"by rose fell increased decreased climbed dropped jumped grew declined gained lost "
            u"slipped surged slid tumbled plunged soared added shed up down raised cut lowered "
            u"edged rises falls advanced eased");
        for (qsizetype k = first - 1; k >= sentenceFirst && k >= first - 3; --k) {
            if (!m_view.isWord(k)) {
                return false;
            }
            if (changes.contains(lower(k).view())) {
                return true;
            }
        }
        return false;
    }

    /// "largest", "worst": "one of the largest attacks" ranks, it does not count.
    static bool isSuperlative(QStringView word)
    {
        static const WordSet notSuperlatives(u"interest forest protest request arrest test west "
                                             u"guest quest contest harvest nest chest crest "
                                             u"manifest");
        if (word == u"best" || word == u"worst" || word == u"most" || word == u"least") {
            return true;
        }
        return word.size() > 4 && word.endsWith(QLatin1String("est"))
            && !notSuperlatives.contains(word);
    }

    bool looksLikeYear(const ParsedNumber &parsed) const
    {
        const QStringView text = m_view.text(parsed.firstToken);
        return parsed.firstToken == parsed.lastToken && text.size() == 4 && parsed.value >= 1900
            && parsed.value <= 2100;
    }

    /// Reads the second end of a range after token `last`; returns the new last token.
    qsizetype readRange(Figure &figure, const ParsedNumber &parsed, const UnitMatch &currency,
        qsizetype spanFirst, qsizetype last, qsizetype sentenceFirst, qsizetype sentenceLast,
        bool scaled)
    {
        if (figure.valueHigh) {
            return last;
        }
        const bool between = spanFirst - 1 >= sentenceFirst
            && m_view.is(spanFirst - 1, QLatin1StringView("between"));
        qsizetype link = last + 1;
        // A unit may stand between the two ends: "5% to 10%", "252 miles to 287 miles"; then
        // the second end must carry it too ("rose 6.5% to 164p" is a change and a level).
        const UnitMatch midUnit = UnitLexicon::unitAt(m_view, link);
        if (midUnit.matched() && midUnit.kind != FigureKind::Money) {
            link = midUnit.lastToken + 1;
        }
        const bool hyphen = m_view.isSymbol(link, u'-') || m_view.isSymbol(link, u'\u2013');
        // A spaced hyphen links a range only when a unit follows: "2000 - 2500 calories".
        const bool dash = hyphen
            && (m_view.isSymbol(link, u'\u2013') || m_view.glued(link)
                || UnitLexicon::unitAt(m_view, link + 2).matched()
                || (m_view.isWord(link + 2) && EnglishWords::isPluralNoun(lower(link + 2).view())));
        const bool slash = currency.matched() && m_view.isSymbol(link, u'/') && m_view.glued(link);
        const bool to = m_view.is(link, QLatin1StringView("to"));
        const bool andLink = between && m_view.is(link, QLatin1StringView("and"));
        const bool orLink = parsed.fromWords && m_view.is(link, QLatin1StringView("or"));
        if (!dash && !to && !andLink && !orLink && !slash) {
            return last;
        }
        // The second end may repeat the currency: "$US160 million to $US171 million".
        qsizetype second = link + 1;
        if (currency.matched()) {
            for (int k = 0; k < 2 && !m_view.isNumber(second) && m_view.valid(second)
                 && (m_view.at(second).type == Token::Type::Symbol || m_view.isWord(second))
                 && m_view.glued(second + 1);
                 ++k) {
                ++second;
            }
        }
        if (link + 1 > sentenceLast || excluded(second)) {
            return last;
        }
        auto high = NumberParser::parseAt(m_view, second);
        if (!high || high->ordinal || (orLink && !high->fromWords)) {
            return last;
        }
        double highValue = high->value;
        qsizetype highLast = high->lastToken;
        if (currency.matched() && !high->scaled && m_view.isWord(highLast + 1)) {
            const double scale = UnitLexicon::scaleOf(m_view.text(highLast + 1), true);
            if (scale > 0) {
                highValue *= scale;
                ++highLast;
                // "$89 to $93 billion": the scale belongs to both ends.
                if (!scaled) {
                    figure.value *= scale;
                }
            }
        } else if (high->scaled && !scaled && figure.value * high->scale <= highValue) {
            figure.value *= high->scale; // "four to five thousand", "$10 to $15 billion"
        }
        // Scores and counts written as "9-2" or "89-89" fall, not rise: not a range.
        if (dash && highValue <= figure.value) {
            return last;
        }
        if (midUnit.matched() && midUnit.kind != FigureKind::Money) {
            const UnitMatch highUnit = UnitLexicon::unitAt(m_view, highLast + 1);
            if (!highUnit.matched() || highUnit.unit != midUnit.unit) {
                return last;
            }
        }
        // "from 4.8 to 4.7 percent", "from up to 252 miles to 287 miles": the span a quantity
        // moved over or ranges across, in the order written.
        const qsizetype start = spanFirst;
        qsizetype qualifierStart = start;
        FigureContext::qualifierBefore(m_view, start, sentenceFirst, &qualifierStart);
        const bool from = to
            && (m_view.is(qualifierStart - 1, QLatin1StringView("from"))
                || (m_view.is(qualifierStart - 1, QLatin1StringView("the"))
                    && m_view.is(qualifierStart - 2, QLatin1StringView("from"))));
        if (to && !from) {
            if (highValue <= figure.value) {
                return last; // "cut 10 to 8" is a change, two figures
            }
            // "increased by $43.6 billion to $419.2 billion", "rose 5% to 7%": a change and the
            // level it reached, each with its unit.
            if ((currency.matched() || midUnit.matched())
                && precededByChange(start, sentenceFirst)) {
                return last;
            }
        }
        figure.valueHigh = highValue;
        return highLast;
    }

    /// The noun a count counts, with partitives: "Fourteen of the 23 people", "72 out of
    /// the 550 drones", "two of the missiles".
    CountedNoun countedFor(
        const Figure &figure, const ParsedNumber &parsed, qsizetype last, qsizetype sentenceLast)
    {
        const bool plural = figure.value != 1 || figure.valueHigh.has_value();
        qsizetype k = last + 1;
        const bool partitive = m_view.is(k, QLatin1StringView("of"))
            || (m_view.is(k, QLatin1StringView("out"))
                && m_view.is(k + 1, QLatin1StringView("of")));
        const bool fraction = parsed.fromWords && parsed.value < 1 && parsed.value > 0;
        if (fraction && (partitive || m_view.is(k, QLatin1StringView("the")))) {
            // "a third of those screened", "half the condos": a share of what follows.
            CountedNoun noun = FigureContext::countedAt(m_view, k + 1, sentenceLast, true);
            noun.firstToken = noun.headToken = noun.lastToken = k;
            noun.counted.clear();
            noun.singular.clear();
            return noun;
        }
        if (partitive) {
            k += m_view.is(k, QLatin1StringView("out")) ? 2 : 1;
            // Determiners and possessives: "the", "its", "the city's".
            static const WordSet determiners(u"the its their these those a an his her our record "
                                             u"total further reported estimated");
            for (int guard = 0; guard < 4 && m_view.isWord(k); ++guard) {
                const LowerWord lowerWord = lower(k);
                const QStringView word = lowerWord.view();
                if (determiners.contains(word) || word.endsWith(QLatin1String("'s"))
                    || word.endsWith(u"\u2019s")) {
                    ++k;
                    continue;
                }
                break;
            }
            if (m_view.isNumber(k)
                || (m_view.isWord(k) && NumberParser::wordValue(m_view.text(k)) > 0)) {
                auto total = NumberParser::parseAt(m_view, k);
                if (total) {
                    const CountedNoun noun = FigureContext::countedAt(
                        m_view, total->lastToken + 1, sentenceLast, true);
                    return referredTo(noun, total->value, k, parsed.lastToken);
                }
            }
            // "two of the missiles": a plural noun, not "one of the largest".
            CountedNoun noun = FigureContext::countedAt(m_view, k, sentenceLast, true);
            if (noun.found() && EnglishWords::isPluralNoun(lower(noun.headToken).view())) {
                for (qsizetype t = noun.firstToken; t <= noun.headToken; ++t) {
                    if (isSuperlative(lower(t).view())) {
                        return {};
                    }
                }
                return noun;
            }
            return {};
        }
        // "eight more picks", "two other players".
        if ((m_view.is(k, QLatin1StringView("more")) || m_view.is(k, QLatin1StringView("other"))
                || m_view.is(k, QLatin1StringView("additional")))
            && m_view.isWord(k + 1) && !EnglishWords::isFunctionWord(lower(k + 1).view())) {
            ++k;
        }
        // "550 drones, up from a previous record of 537 launched last week": a verb right after
        // the number elides the noun, which is the one the sentence counted before.
        if (const Figure *before = elidesNoun(k) ? previousCountInSentence(k) : nullptr) {
            return nounOf(*before, parsed.lastToken);
        }
        CountedNoun noun = FigureContext::countedAt(m_view, k, sentenceLast, plural);
        // "787 Dreamliner", "11 Pro", "4 Started": a capitalised singular after a number names
        // a model or starts a new phrase; plural peoples and groups ("5 Americans") count. A
        // fraction names nothing: "0.5 WAR", "2.5 F" are measures.
        bool properName = noun.found() && figure.value < 1000
            && figure.value == std::floor(figure.value)
            && !EnglishWords::isPluralNoun(lower(noun.headToken).view());
        for (qsizetype t = noun.firstToken; properName && t <= noun.headToken; ++t) {
            properName = !m_view.isWord(t) || m_view.isCapitalized(t);
        }
        if (properName && noun.firstToken == k) {
            CountedNoun name;
            name.lastToken = -2; // marks "names something": no figure at all
            return name;
        }
        if (noun.found()) {
            return referredTo(noun, figure.value, parsed.firstToken, parsed.lastToken);
        }
        // "a pick or two", "a day or two": the noun just before.
        if (parsed.fromWords && m_view.is(parsed.firstToken - 1, QLatin1StringView("or"))
            && m_view.isWord(parsed.firstToken - 2)
            && !EnglishWords::isFunctionWord(lower(parsed.firstToken - 2).view())) {
            noun.counted = m_view.text(parsed.firstToken - 2).toString();
            noun.singular = FigureContext::singularOf(lower(parsed.firstToken - 2).view());
            noun.firstToken = noun.headToken = noun.lastToken = parsed.lastToken;
            return noun;
        }
        // "33 more", "two others": the noun of the figure before, in the same sentence.
        const bool more
            = m_view.is(k, QLatin1StringView("more")) || m_view.is(k, QLatin1StringView("others"));
        if (const Figure *before = more ? previousCountInSentence(k) : nullptr) {
            return nounOf(*before, k);
        }
        // "injured 14", "killed at least 12": casualty verbs count people.
        static const WordSet casualtyVerbs(
            u"injured injuring killed killing wounded wounding hurt hospitalised hospitalized "
            u"evacuated rescued arrested detained displaced kills kill injures dead");
        qsizetype verb = parsed.firstToken - 1;
        qsizetype ignored = 0;
        if (FigureContext::qualifierBefore(m_view, parsed.firstToken, 0, &ignored)
            != Qualifier::Equal) {
            verb = ignored - 1;
        }
        if (m_view.isWord(verb) && casualtyVerbs.contains(lower(verb).view())) {
            noun.counted = QStringLiteral("people");
            noun.singular = QStringLiteral("person");
            noun.firstToken = noun.headToken = noun.lastToken = parsed.lastToken;
        }
        return noun;
    }

    /// "Fourteen people were injured ... Four of the 14 remain in hospital": a number after
    /// "the" with no plural noun after it refers back to the count of that value earlier in the
    /// paragraph, and counts its noun. `numberFirst` is where that number starts; the noun
    /// returned stands at token `at`.
    CountedNoun referredTo(
        const CountedNoun &noun, double value, qsizetype numberFirst, qsizetype at) const
    {
        if (!m_view.is(numberFirst - 1, QLatin1StringView("the"))
            || (noun.found() && EnglishWords::isPluralNoun(lower(noun.headToken).view()))) {
            return noun;
        }
        for (auto it = m_out.crbegin(); it != m_out.crend() && it->range.start >= m_offset; ++it) {
            if (it->kind == FigureKind::Count && it->value == value && !it->valueHigh
                && !it->counted.isEmpty()) {
                return nounOf(*it, at);
            }
        }
        return noun;
    }

    /// The noun an earlier figure counts, standing at token `at` where the text leaves it out.
    static CountedNoun nounOf(const Figure &earlier, qsizetype at)
    {
        CountedNoun noun;
        noun.counted = earlier.counted;
        noun.singular = earlier.unit;
        noun.firstToken = noun.headToken = noun.lastToken = at;
        return noun;
    }

    /// Whether token `k`, right after a number, is a verb that leaves the counted noun out
    /// ("537 launched"). A saying verb ("the 12 reported in the morning") names no action to
    /// give the figure a concept, so it does not.
    bool elidesNoun(qsizetype k) const
    {
        if (!m_view.isWord(k)) {
            return false;
        }
        const LowerWord word = lower(k);
        return EnglishWords::isPastVerb(word.view()) && !EnglishWords::isPluralNoun(word.view())
            && !EnglishWords::isSayingVerb(word.view());
    }

    /// The figure before token `k` in its sentence, when it counts a noun.
    const Figure *previousCountInSentence(qsizetype k)
    {
        if (m_out.isEmpty() || m_out.last().counted.isEmpty()
            || m_out.last().range.start < m_view.at(sentenceOf(k).first).start) {
            return nullptr;
        }
        return &m_out.last();
    }

    void finish(Figure &&figure, qsizetype first, qsizetype last, qsizetype sentenceFirst,
        qsizetype sentenceLast, const CountedNoun &noun)
    {
        figure.range = {m_view.at(first).start, m_view.at(last).end};
        figure.text = m_view.span(first, last).toString();
        if (figure.counted.isEmpty() && !noun.found() && figure.unit.isEmpty()) {
            figure.kind = figure.kind == FigureKind::Count ? FigureKind::Other : figure.kind;
        }
        figure.conceptName = noun.found()
            ? FigureContext::conceptFor(m_view, noun, first, sentenceFirst, sentenceLast)
            : figure.counted;
        // One sentence, one source: read it once for all the figures of the sentence.
        if (m_attributionSentence != sentenceFirst) {
            m_attributionSentence = sentenceFirst;
            m_attribution = FigureContext::attributionIn(m_view, sentenceFirst, sentenceLast);
        }
        figure.attribution = m_attribution;
        m_out.append(std::move(figure));
    }

    QStringView m_paragraph;
    qsizetype m_offset;
    const QList<Token> &m_tokens;
    TokenView m_view;
    const FigureExtractor::Exclusions &m_exclusions;
    SentenceBoundaries &m_sentences;
    QList<Figure> &m_out;
    QList<qsizetype> m_sentenceStarts;
    qsizetype m_attributionSentence = -1;
    QString m_attribution;
};

} // namespace

FigureExtractor::Exclusions::Exclusions(QSpan<const TextRange> ranges)
    : m_ranges(ranges.begin(), ranges.end())
{
    std::sort(m_ranges.begin(), m_ranges.end(),
        [](const TextRange &a, const TextRange &b) { return a.start < b.start; });
}

bool FigureExtractor::Exclusions::contains(qsizetype position) const
{
    auto it = std::upper_bound(m_ranges.cbegin(), m_ranges.cend(), position,
        [](qsizetype p, const TextRange &r) { return p < r.start; });
    // Ranges may overlap (a date inside boilerplate): look back over a few.
    for (int k = 0; k < 4 && it != m_ranges.cbegin(); ++k) {
        --it;
        if (it->contains(position)) {
            return true;
        }
    }
    return false;
}

void FigureExtractor::readParagraph(QStringView paragraph, qsizetype offset,
    const QList<Token> &tokens, const Exclusions &exclusions, SentenceBoundaries &sentences,
    QList<Figure> &figures)
{
    // Paragraphs are read whole even when they start in boilerplate: furniture may end
    // mid-paragraph, and the exclusions skip what lies inside it.
    if (!paragraph.trimmed().isEmpty()) {
        ParagraphReader(paragraph, offset, tokens, exclusions, sentences, figures).run();
    }
}

QList<Figure> FigureExtractor::extract(
    const QString &text, const TextRanges &boilerplate, const QList<DateMention> &dates)
{
    QList<Figure> figures;
    TextRanges ranges = boilerplate;
    for (const DateMention &date : dates) {
        ranges.append(date.range);
    }
    const Exclusions exclusions(ranges);
    SentenceBoundaries sentences(text);
    forEachParagraph(text, [&](QStringView paragraph, qsizetype offset) {
        if (!paragraph.trimmed().isEmpty()) {
            readParagraph(paragraph, offset, Tokenizer::tokenize(paragraph, offset), exclusions,
                sentences, figures);
        }
    });
    qCDebug(lcExtract) << "figures:" << figures.size();
    return figures;
}

} // namespace factbench
