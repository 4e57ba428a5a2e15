#include "numberparser.h"

#include "unitlexicon.h"
#include "wordkey.h"

#include <QVarLengthArray>

#include <algorithm>
#include <cmath>

namespace factbench {

namespace {

const WordKeyTable<double> &numberWords()
{
    static const WordKeyTable<double> words({
        {"zero", 0},
        {"one", 1},
        {"two", 2},
        {"three", 3},
        {"four", 4},
        {"five", 5},
        {"six", 6},
        {"seven", 7},
        {"eight", 8},
        {"nine", 9},
        {"ten", 10},
        {"eleven", 11},
        {"twelve", 12},
        {"thirteen", 13},
        {"fourteen", 14},
        {"fifteen", 15},
        {"sixteen", 16},
        {"seventeen", 17},
        {"eighteen", 18},
        {"nineteen", 19},
        {"twenty", 20},
        {"thirty", 30},
        {"forty", 40},
        {"fifty", 50},
        {"sixty", 60},
        {"seventy", 70},
        {"eighty", 80},
        {"ninety", 90},
        {"hundred", 100},
        {"thousand", 1e3},
        {"million", 1e6},
        {"billion", 1e9},
        {"trillion", 1e12},
        {"dozen", 12},
    });
    return words;
}

const WordKeyTable<int> &ordinalWords()
{
    static const WordKeyTable<int> words({
        {"first", 1},
        {"second", 2},
        {"third", 3},
        {"fourth", 4},
        {"fifth", 5},
        {"sixth", 6},
        {"seventh", 7},
        {"eighth", 8},
        {"ninth", 9},
        {"tenth", 10},
        {"eleventh", 11},
        {"twelfth", 12},
        {"thirteenth", 13},
        {"fifteenth", 15},
        {"twentieth", 20},
        {"hundredth", 100},
    });
    return words;
}

bool isScaleWord(double value)
{
    return value >= 100 && value != 12;
}

} // namespace

bool NumberParser::mayStartNumber(QStringView word)
{
    if (word.size() < 3 || word.size() > 9) {
        return word.size() == 1 && (word[0] == u'a' || word[0] == u'A');
    }
    // No character outside ASCII lowers to one of these initials: fold ASCII only.
    const char16_t initial = word[0].unicode();
    switch (initial >= u'A' && initial <= u'Z' ? initial + 32 : initial) {
    case 'a': // "a dozen", "a third"
    case 'd':
    case 'e':
    case 'f':
    case 'h':
    case 'm':
    case 'n':
    case 'o':
    case 'q':
    case 's':
    case 't':
    case 'b':
    case 'z':
        return true;
    default:
        return false;
    }
}

double NumberParser::wordValue(QStringView word)
{
    if (word.size() < 3 || word.size() > 9) {
        return -1;
    }
    switch (word[0].unicode() | 0x20) { // the initials of the number words
    case 'b':
    case 'd':
    case 'e':
    case 'f':
    case 'h':
    case 'm':
    case 'n':
    case 'o':
    case 's':
    case 't':
    case 'z':
        break;
    default:
        return -1;
    }
    return numberWords().value(word, -1.0);
}

bool NumberParser::mayBeOrdinal(QStringView word)
{
    if (word.size() < 5 || word.size() > 10) {
        return false;
    }
    switch (word[0].unicode() | 0x20) { // the initials of the ordinal words
    case 'e':
    case 'f':
    case 'h':
    case 'n':
    case 's':
    case 't':
        return true;
    default:
        return false;
    }
}

int NumberParser::ordinalValue(QStringView word)
{
    return mayBeOrdinal(word) ? ordinalWords().value(word, 0) : 0;
}

const WordShapes &NumberParser::wordShapes()
{
    static const WordShapes shapes = [] {
        WordShapes all({"a", "an", "half"});
        all.add(numberWords().shapes());
        all.add(ordinalWords().shapes());
        return all;
    }();
    return shapes;
}

double NumberParser::wordValueOfKey(quint64 key)
{
    return numberWords().value(key, -1);
}

int NumberParser::ordinalValueOfKey(quint64 key)
{
    return ordinalWords().value(key, 0);
}

std::optional<double> NumberParser::parseDigits(QStringView digits)
{
    qsizetype commas = 0;
    qsizetype dots = 0;
    for (const QChar c : digits) {
        commas += c == u',';
        dots += c == u'.';
    }
    QVarLengthArray<QChar, 32> plain;
    if (commas > 0 && dots <= 1) {
        // "5,000" and "1,234.56": commas group thousands (groups of three after the first).
        const qsizetype dot = digits.indexOf(u'.');
        const qsizetype wholeEnd = dot < 0 ? digits.size() : dot;
        qsizetype lastComma = -1;
        for (qsizetype k = 0; k <= wholeEnd; ++k) {
            if (k == wholeEnd || digits[k] == u',') {
                if (lastComma >= 0 && k - lastComma - 1 != 3) {
                    return std::nullopt;
                }
                lastComma = k < wholeEnd ? k : lastComma;
            }
        }
        for (const QChar c : digits) {
            if (c != u',') {
                plain.append(c);
            }
        }
    } else if (dots > 1 && commas == 0) {
        // "1.234.567": dots group thousands.
        for (const QChar c : digits) {
            if (c != u'.') {
                plain.append(c);
            }
        }
    } else if (commas == 0) {
        plain.append(digits.data(), digits.size());
    } else {
        return std::nullopt;
    }
    return readDecimal(QStringView(plain.data(), plain.size()));
}

std::optional<double> NumberParser::readDecimal(QStringView number)
{
    // Up to 15 digits and one point: the digits as an integer are exact in a double, and so
    // is the power of ten, so one division rounds exactly as QString::toDouble() does
    // (Clinger's fast path). Anything else is left to Qt.
    constexpr double PowersOfTen[]
        = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};
    quint64 significand = 0;
    int digitCount = 0;
    int fractionDigits = -1; // -1 until the point
    bool plain = !number.isEmpty();
    for (const QChar c : number) {
        const char16_t u = c.unicode();
        if (u >= u'0' && u <= u'9') {
            significand = 10 * significand + (u - u'0');
            ++digitCount;
            fractionDigits += fractionDigits >= 0;
        } else if (u == u'.' && fractionDigits < 0) {
            fractionDigits = 0;
        } else {
            plain = false;
            break;
        }
    }
    if (plain && digitCount > 0 && digitCount <= 15) {
        return double(significand) / PowersOfTen[std::max(fractionDigits, 0)];
    }
    bool ok = false;
    const double value = number.toDouble(&ok);
    return ok ? std::optional<double>(value) : std::nullopt;
}

std::optional<ParsedNumber> NumberParser::parseAt(const TokenView &tokens, qsizetype first)
{
    ParsedNumber number;
    number.firstToken = first;
    qsizetype i = first;

    if (tokens.isNumber(i)) {
        const auto value = parseDigits(tokens.text(i));
        if (!value) {
            return std::nullopt;
        }
        number.value = *value;
        number.lastToken = i;
        // "21st", "3rd": ordinals.
        if (tokens.isWord(i + 1) && tokens.glued(i + 1)) {
            const QStringView suffix = tokens.text(i + 1);
            if (suffix == u"st" || suffix == u"nd" || suffix == u"rd" || suffix == u"th") {
                number.ordinal = true;
                number.lastToken = i + 1;
                return number;
            }
        }
        // Scale words, glued ("1.2bn", "5k") or not ("3 million", "4 hundred million").
        qsizetype k = i + 1;
        while (tokens.isWord(k)) {
            const QStringView word = tokens.text(k);
            const double scale = equalsIgnoringCase(word, QLatin1StringView("hundred"))
                ? 100
                : UnitLexicon::scaleOf(word, false);
            if (scale <= 0 || !(tokens.glued(k) || word.size() > 2)) {
                break;
            }
            number.value *= scale;
            number.scale *= scale;
            number.scaled = true;
            number.lastToken = k;
            ++k;
        }
        return number;
    }

    if (!tokens.isWord(i)) {
        return std::nullopt;
    }
    // Fractions: "half", "a third", "a quarter", "two-thirds".
    const QStringView word = tokens.text(i);
    bool leadingArticle = false;
    if (equalsIgnoringCase(word, QLatin1StringView("a"))
        || equalsIgnoringCase(word, QLatin1StringView("an"))) {
        leadingArticle = true;
        ++i;
        if (!tokens.isWord(i)) {
            return std::nullopt;
        }
        const QStringView next = tokens.text(i);
        if (equalsIgnoringCase(next, QLatin1StringView("third"))
            || equalsIgnoringCase(next, QLatin1StringView("quarter"))) {
            number.value = equalsIgnoringCase(next, QLatin1StringView("third")) ? 1.0 / 3 : 0.25;
            number.fromWords = true;
            number.lastToken = i;
            return number;
        }
        const double v = wordValue(next);
        // "a dozen", "a hundred", "a thousand", "a million": never "a one".
        if (v != 12 && !isScaleWord(v)) {
            return std::nullopt;
        }
    } else if (equalsIgnoringCase(word, QLatin1StringView("half"))) {
        number.value = 0.5;
        number.fromWords = true;
        number.lastToken = i;
        return number;
    }

    // Cardinal words: ((units|tens[-units]) scale*)+ with optional "and".
    double total = 0;
    double current = leadingArticle ? 1 : 0;
    bool any = false;
    qsizetype last = i;
    while (tokens.isWord(i)) {
        double v = wordValue(tokens.text(i));
        if (v < 0) {
            break;
        }
        qsizetype consumed = i;
        // "twenty-three"
        if (v >= 20 && v < 100 && tokens.isSymbol(i + 1, u'-') && tokens.glued(i + 1)
            && tokens.isWord(i + 2) && tokens.glued(i + 2)) {
            const double unit = wordValue(tokens.text(i + 2));
            if (unit > 0 && unit < 10) {
                v += unit;
                consumed = i + 2;
            }
        }
        if (isScaleWord(v)) {
            if (!any && !leadingArticle) {
                break; // "hundred" alone does not start a number
            }
            if (v == 100) {
                current = (current == 0 ? 1 : current) * 100;
            } else {
                total += (current == 0 ? 1 : current) * v;
                current = 0;
            }
            number.scaled = true;
        } else if (v == 12 && (leadingArticle || any)) {
            current = (current == 0 ? 1 : current) * 12; // "a dozen", "two dozen"
        } else {
            if (any && current != 0 && !(current >= 20 && current < 100 && v < 10)
                && std::fmod(current, 100) != 0) {
                break; // "five six" is two numbers
            }
            current += v;
        }
        any = true;
        last = consumed;
        i = consumed + 1;
        // "one hundred and twenty"
        if (tokens.is(i, QLatin1StringView("and")) && tokens.isWord(i + 1)
            && wordValue(tokens.text(i + 1)) > 0 && wordValue(tokens.text(i + 1)) < 100
            && std::fmod(current, 100) == 0 && current >= 100) {
            ++i;
        }
    }
    if (!any) {
        return std::nullopt;
    }
    number.value = total + current;
    number.fromWords = true;
    // "one fourth", "two-thirds", "three quarters": a fraction.
    qsizetype denominatorToken = last + 1;
    if (tokens.isSymbol(denominatorToken, u'-') && tokens.glued(denominatorToken)) {
        ++denominatorToken;
    }
    if (tokens.isWord(denominatorToken) && number.value >= 1 && number.value < 10
        && !number.scaled) {
        QString word = tokens.text(denominatorToken).toString().toLower();
        if (word.endsWith(u's')) {
            word.chop(1);
        }
        const int denominator = word == u"quarter" ? 4 : word == u"half" ? 2 : ordinalValue(word);
        if (denominator > 2 || word == u"quarter") {
            number.value /= denominator;
            number.lastToken = denominatorToken;
            return number;
        }
    }
    if (number.scaled) {
        // The factor of the last scale word: "five thousand" is 5 x 1000.
        for (const double factor : {1e12, 1e9, 1e6, 1e3, 100.0}) {
            if (number.value >= factor && std::fmod(number.value, factor) == 0) {
                number.scale = factor;
                break;
            }
        }
    }
    number.lastToken = last;
    return number;
}

} // namespace factbench
