#include "dateextractor.h"

#include "article/paragraphs.h"

#include "englishwords.h"
#include "numberparser.h"
#include "tokenizer.h"
#include "unitlexicon.h"
#include "wordkey.h"

#include <QDate>

#include <QHash>
#include <algorithm>

namespace factbench {

namespace {

int monthOf(QStringView word)
{
    static const WordKeyTable<int> months({
        {"january", 1},
        {"february", 2},
        {"march", 3},
        {"april", 4},
        {"may", 5},
        {"june", 6},
        {"july", 7},
        {"august", 8},
        {"september", 9},
        {"october", 10},
        {"november", 11},
        {"december", 12},
        {"jan", 1},
        {"feb", 2},
        {"mar", 3},
        {"apr", 4},
        {"jun", 6},
        {"jul", 7},
        {"aug", 8},
        {"sep", 9},
        {"sept", 9},
        {"oct", 10},
        {"nov", 11},
        {"dec", 12},
    });
    if (word.size() < 3 || word.size() > 9 || !word.front().isUpper()) {
        return 0;
    }
    switch (word.front().unicode()) { // the initials of the months
    case u'J':
    case u'F':
    case u'M':
    case u'A':
    case u'S':
    case u'O':
    case u'N':
    case u'D':
        return months.value(word, 0);
    default:
        return 0;
    }
}

bool isWeekday(QStringView word)
{
    static const WordKeyTable<bool> days({
        {"monday", true},
        {"tuesday", true},
        {"wednesday", true},
        {"thursday", true},
        {"friday", true},
        {"saturday", true},
        {"sunday", true},
    });
    return word.size() >= 6 && word.size() <= 9 && word.front().isUpper() && word.back() == u'y'
        && word.endsWith(u"day") && days.value(word, false);
}

/// Reads the dates of one paragraph.
class DateReader
{
public:
    DateReader(QStringView paragraph, qsizetype offset, const QList<Token> &tokens,
        QList<DateMention> &out)
        : m_view(paragraph, tokens, offset)
        , m_out(out)
    { }

    void run()
    {
        for (qsizetype i = 0; i < m_view.size();) {
            // Only numbers and capitalised words (months, weekdays) start a date.
            const Token &token = m_view.at(i);
            if (token.type == Token::Type::Symbol
                || (token.type == Token::Type::Word && !m_view.text(i).front().isUpper())) {
                ++i;
                continue;
            }
            const qsizetype next = readAt(i);
            i = next > i ? next : i + 1;
        }
    }

private:
    int smallNumber(qsizetype i, int max) const
    {
        if (!m_view.isNumber(i) || m_view.text(i).size() > 2) {
            return 0;
        }
        const int value = digitsValue(m_view.text(i));
        return value >= 1 && value <= max ? value : 0;
    }

    int yearAt(qsizetype i) const
    {
        if (!m_view.isNumber(i) || m_view.text(i).size() != 4) {
            return 0;
        }
        const int value = digitsValue(m_view.text(i));
        return value >= 1000 && value <= 2199 ? value : 0;
    }

    /// Skips an ordinal suffix glued to a day ("4th") and a comma; returns the next token.
    qsizetype afterDay(qsizetype i) const
    {
        if (m_view.isWord(i + 1) && m_view.glued(i + 1)) {
            const QStringView s = m_view.text(i + 1);
            if (s == u"st" || s == u"nd" || s == u"rd" || s == u"th") {
                ++i;
            }
        }
        return i + 1;
    }

    void add(qsizetype first, qsizetype last, const QString &iso)
    {
        DateMention date;
        date.range = {m_view.at(first).start, m_view.at(last).end};
        date.text = m_view.span(first, last).toString();
        date.iso = iso;
        m_out.append(std::move(date));
    }

    /// Appends `value` as `width` digits with leading zeros.
    static void appendDigits(QString &out, int value, int width)
    {
        char16_t digits[4];
        for (int k = width - 1; k >= 0; --k) {
            digits[k] = char16_t(u'0' + value % 10);
            value /= 10;
        }
        out.append(QStringView(digits, width));
    }

    // Written by hand rather than with QDate::toString and QString::arg: dates are many.
    // Years are 1000..2199 and months and days small, so the widths always hold.
    static QString isoDate(int year, int month, int day)
    {
        QString iso;
        if (year && month && day) {
            if (!QDate::isValid(year, month, day)) {
                return iso; // what QDate(...).toString() gives for "30 February"
            }
            iso.reserve(10);
            appendDigits(iso, year, 4);
            iso.append(u'-');
            appendDigits(iso, month, 2);
            iso.append(u'-');
            appendDigits(iso, day, 2);
        } else if (year && month) {
            iso.reserve(7);
            appendDigits(iso, year, 4);
            iso.append(u'-');
            appendDigits(iso, month, 2);
        } else if (month && day) {
            iso.reserve(7);
            iso.append(u"--");
            appendDigits(iso, month, 2);
            iso.append(u'-');
            appendDigits(iso, day, 2);
        } else if (year) {
            iso = QString::number(year);
        } else {
            iso.append(u"--");
            appendDigits(iso, month, 2);
        }
        return iso;
    }

    qsizetype readAt(qsizetype i)
    {
        if (m_view.isWord(i)) {
            if (const int month = monthOf(m_view.text(i))) {
                return readMonthFirst(i, month);
            }
            if (isWeekday(m_view.text(i))) {
                // "Friday, July 4" is one mention.
                qsizetype next = i + 1;
                if (m_view.isSymbol(next, u',')) {
                    ++next;
                }
                if (m_view.isWord(next) && monthOf(m_view.text(next))) {
                    const qsizetype end = readMonthFirst(next, monthOf(m_view.text(next)), i);
                    if (end > next + 1) {
                        return end;
                    }
                }
                add(i, i, QString());
                return i + 1;
            }
            return i + 1;
        }
        if (!m_view.isNumber(i)) {
            return i + 1;
        }
        // ISO dates: 2025-07-04.
        if (yearAt(i) && m_view.isSymbol(i + 1, u'-') && m_view.glued(i + 1)
            && smallNumber(i + 2, 12) && m_view.glued(i + 2) && m_view.isSymbol(i + 3, u'-')
            && smallNumber(i + 4, 31) && m_view.glued(i + 4)) {
            add(i, i + 4, isoDate(yearAt(i), smallNumber(i + 2, 12), smallNumber(i + 4, 31)));
            return i + 5;
        }
        // Numeric dates: "04/07/2025", "7/4/25" (the order is not known: no ISO value).
        if (smallNumber(i, 31) && m_view.isSymbol(i + 1, u'/') && m_view.glued(i + 1)
            && smallNumber(i + 2, 31) && m_view.glued(i + 2) && m_view.isSymbol(i + 3, u'/')
            && m_view.isNumber(i + 4) && m_view.glued(i + 4)) {
            add(i, i + 4, yearAt(i + 4) ? QString::number(yearAt(i + 4)) : QString());
            return i + 5;
        }
        // Day first: "4 July 2025", "4th July".
        if (const int day = smallNumber(i, 31)) {
            const qsizetype monthToken = afterDay(i);
            if (m_view.isWord(monthToken) && monthOf(m_view.text(monthToken))) {
                const int month = monthOf(m_view.text(monthToken));
                if (const int year = yearAt(monthToken + 1)) {
                    add(i, monthToken + 1, isoDate(year, month, day));
                    return monthToken + 2;
                }
                add(i, monthToken, isoDate(0, month, day));
                return monthToken + 1;
            }
        }
        // Clock times: "9am", "9 a.m.", "10:30", "9.30pm".
        if (const qsizetype end = readClock(i); end > i) {
            return end;
        }
        // Decades: "1990s".
        if (yearAt(i) && m_view.is(i + 1, QLatin1StringView("s")) && m_view.glued(i + 1)) {
            add(i, i + 1, QString::number(yearAt(i)).left(3));
            return i + 2;
        }
        // "A.D. 1000", "AD 79": years of any size after an era.
        if (m_view.isNumber(i) && m_view.text(i).size() <= 4 && !m_view.text(i).contains(u',')
            && (m_view.is(i - 1, QLatin1StringView("AD"))
                || (m_view.isSymbol(i - 1, u'.') && m_view.is(i - 2, QLatin1StringView("D"))
                    && m_view.isSymbol(i - 3, u'.') && m_view.is(i - 4, QLatin1StringView("A"))))) {
            add(i, i, m_view.text(i).toString());
            // "between A.D. 1000 and 1260": the second year shares the era.
            if (m_view.is(i + 1, QLatin1StringView("and")) && m_view.isNumber(i + 2)
                && m_view.text(i + 2).size() <= 4) {
                add(i + 2, i + 2, m_view.text(i + 2).toString());
                return i + 3;
            }
            return i + 1;
        }
        if (const int year = yearAt(i); year && standaloneYear(i)) {
            add(i, i, isoDate(year, 0, 0));
        }
        return i + 1;
    }

    /// A four-digit number is a year unless a unit, a plural noun, a currency or a range
    /// makes it an amount ("2000 calories", "$2000", "2000 to 2500 people").
    bool standaloneYear(qsizetype i) const
    {
        if (yearAt(i) < 1500 || yearAt(i) > 2200 || m_view.glued(i)) {
            return false;
        }
        qsizetype ignored = 0;
        if (UnitLexicon::currencyBefore(m_view, i - 1, &ignored).matched()) {
            return false;
        }
        if (UnitLexicon::unitAt(m_view, i + 1).matched()) {
            return false;
        }
        // "2000 - 2500 calories", "1000 to 2000 hires": the first end of a range of amounts.
        if ((m_view.isSymbol(i + 1, u'-') || m_view.is(i + 1, QLatin1StringView("to")))
            && m_view.isNumber(i + 2) && m_view.text(i + 2).size() == 4 && !yearAt(i + 2)
            && m_view.isWord(i + 3)) {
            return false;
        }
        // A plural noun in lower case: "2000 calories"; "2010 BCS" is a name after a year.
        if (m_view.isWord(i + 1) && m_view.text(i + 1).front().isLower()
            && EnglishWords::isPluralNoun(m_view.text(i + 1).toString().toLower())) {
            return false;
        }
        return true;
    }

    qsizetype readClock(qsizetype i)
    {
        const int hour
            = m_view.isNumber(i) && m_view.text(i).size() <= 2 ? digitsValue(m_view.text(i)) : -1;
        if (hour < 0 || hour > 24) {
            // "9.30" is one number token; handled below.
            if (!(m_view.isNumber(i) && m_view.text(i).contains(u'.'))) {
                return i;
            }
        }
        int h = hour;
        int minute = 0;
        qsizetype last = i;
        if (hour < 0) {
            const auto parts = m_view.text(i).split(u'.');
            if (parts.size() != 2 || parts[1].size() != 2) {
                return i;
            }
            h = parts[0].toInt();
            minute = parts[1].toInt();
        } else if (m_view.isSymbol(i + 1, u':') && m_view.glued(i + 1) && m_view.isNumber(i + 2)
            && m_view.text(i + 2).size() == 2 && m_view.glued(i + 2)) {
            minute = digitsValue(m_view.text(i + 2));
            last = i + 2;
            // Seconds: "17:09:07".
            if (m_view.isSymbol(i + 3, u':') && m_view.glued(i + 3) && m_view.isNumber(i + 4)
                && m_view.text(i + 4).size() == 2 && m_view.glued(i + 4)) {
                last = i + 4;
            }
        }
        // am / pm, glued or spaced, with or without dots.
        qsizetype k = last + 1;
        bool pm = false;
        bool meridiem = false;
        if (m_view.is(k, QLatin1StringView("am")) || m_view.is(k, QLatin1StringView("pm"))) {
            meridiem = true;
            pm = m_view.is(k, QLatin1StringView("pm"));
            last = k;
        } else if ((m_view.is(k, QLatin1StringView("a")) || m_view.is(k, QLatin1StringView("p")))
            && m_view.isSymbol(k + 1, u'.') && m_view.is(k + 2, QLatin1StringView("m"))) {
            meridiem = true;
            pm = m_view.is(k, QLatin1StringView("p"));
            last = k + 2 + (m_view.isSymbol(k + 3, u'.') ? 1 : 0);
        }
        const bool colon = last > i && !meridiem;
        if (!meridiem && !colon) {
            return i;
        }
        if (h > 23 || minute > 59 || (meridiem && (h < 1 || h > 12))) {
            return i;
        }
        if (meridiem) {
            h = (h % 12) + (pm ? 12 : 0);
        }
        QString iso;
        iso.reserve(6);
        iso.append(u'T');
        appendDigits(iso, h, 2);
        iso.append(u':');
        appendDigits(iso, minute, 2);
        add(i, last, iso);
        return last + 1;
    }

    /// "July 4, 2025", "Jul 4", "February 2022", "June"; `first` may start earlier (weekday).
    qsizetype readMonthFirst(qsizetype i, int month, qsizetype first = -1)
    {
        if (first < 0) {
            first = i;
        }
        qsizetype k = i + 1;
        if (m_view.isSymbol(k, u'.') && m_view.glued(k)) {
            ++k; // "Sept."
        }
        if (const int day = smallNumber(k, 31)) {
            qsizetype afterDayToken = afterDay(k);
            qsizetype yearToken = afterDayToken;
            if (m_view.isSymbol(yearToken, u',')) {
                ++yearToken;
            }
            if (const int year = yearAt(yearToken)) {
                add(first, yearToken, isoDate(year, month, day));
                return yearToken + 1;
            }
            // "Sept. 20-24": a span of days.
            qsizetype lastDay = afterDayToken - 1;
            if (m_view.isSymbol(afterDayToken, u'-') && m_view.glued(afterDayToken)
                && smallNumber(afterDayToken + 1, 31)) {
                lastDay = afterDayToken + 1;
            }
            add(first, lastDay, isoDate(0, month, day));
            return lastDay + 1;
        }
        if (const int year = yearAt(k)) {
            add(first, k, isoDate(year, month, 0));
            return k + 1;
        }
        // A month on its own. "May" and "March" are also verbs: only after a preposition.
        const QStringView word = m_view.text(i);
        if (word == u"May" || word == u"March" || word.size() == 3) {
            static const QStringList before
                = {QStringLiteral("in"), QStringLiteral("since"), QStringLiteral("until"),
                    QStringLiteral("by"), QStringLiteral("early"), QStringLiteral("late"),
                    QStringLiteral("mid"), QStringLiteral("last"), QStringLiteral("next"),
                    QStringLiteral("of"), QStringLiteral("from"), QStringLiteral("through")};
            if (!m_view.isWord(i - 1)
                || !before.contains(m_view.text(i - 1).toString().toLower())) {
                return i + 1;
            }
        }
        add(first, i, isoDate(0, month, 0));
        return i + 1;
    }

    TokenView m_view;
    QList<DateMention> &m_out;
};

} // namespace

void DateExtractor::readParagraph(
    QStringView paragraph, qsizetype offset, const QList<Token> &tokens, QList<DateMention> &dates)
{
    DateReader(paragraph, offset, tokens, dates).run();
}

DateExtractor::BoilerplateFilter::BoilerplateFilter(const TextRanges &boilerplate)
    : m_furniture(boilerplate)
{
    std::sort(m_furniture.begin(), m_furniture.end(),
        [](const TextRange &a, const TextRange &b) { return a.start < b.start; });
}

bool DateExtractor::BoilerplateFilter::reported(const DateMention &date)
{
    while (m_next < m_furniture.size() && m_furniture[m_next].end <= date.range.start) {
        ++m_next;
    }
    return m_next >= m_furniture.size() || !m_furniture[m_next].overlaps(date.range);
}

QList<DateMention> DateExtractor::extract(const QString &text, const TextRanges &boilerplate)
{
    QList<DateMention> dates;
    forEachParagraph(text, [&dates](QStringView paragraph, qsizetype offset) {
        readParagraph(paragraph, offset, Tokenizer::tokenize(paragraph, offset), dates);
    });
    // Dates inside boilerplate are still dates (they keep their numbers out of the figures),
    // but they are not reported.
    BoilerplateFilter filter(boilerplate);
    QList<DateMention> reported;
    for (const DateMention &date : std::as_const(dates)) {
        if (filter.reported(date)) {
            reported.append(date);
        }
    }
    return reported;
}

} // namespace factbench
