#include "speakerresolver.h"

#include "speakerwords.h"

#include <QVarLengthArray>

#include <algorithm>

namespace factbench {

SpeakerResolver::SpeakerResolver(QStringView text, const QList<Attribution> &attributions)
    : m_text(text)
{
    for (const Attribution &attribution : attributions) {
        if (attribution.kind == Attribution::Kind::Person && !attribution.phrase.contains(u' ')
            && !m_lastNameStore.contains(attribution.phrase)) {
            m_lastNameStore.append(attribution.phrase);
        } else if (attribution.kind == Attribution::Kind::Role) {
            const QString title = attribution.phrase.section(u' ', -1);
            if (!m_titleWords.contains(title)) {
                m_titleWords.append(title);
            }
        }
    }
    findFullNames();
    findTitledNames();
    rankSpellings();
}

namespace {

using Words = QVarLengthArray<QStringView, 8>;

bool isSpace(QChar c)
{
    return c == QLatin1Char(' ') || c == QChar(0x00A0);
}

// The word that ends at `end`, or an empty view when punctuation comes first.
QStringView wordBefore(QStringView text, qsizetype end)
{
    qsizetype start = end;
    while (start > 0 && !isSpace(text[start - 1]) && start > end - 40) {
        --start;
    }
    const QStringView word = text.mid(start, end - start);
    if (word.isEmpty() || SpeakerWords::wordEnd(text, start, end) != end
        || !SpeakerWords::isWordChar(text[start])) {
        return {};
    }
    return word;
}

// Up to `count` words before `position` in the same clause, nearest last.
Words wordsBefore(QStringView text, qsizetype position, qsizetype count)
{
    Words words;
    qsizetype end = position;
    while (words.size() < count && end > 0 && isSpace(text[end - 1])) {
        while (end > 0 && isSpace(text[end - 1])) {
            --end;
        }
        QStringView word = wordBefore(text, end);
        if (word.isEmpty() && end > 1 && text[end - 1] == QLatin1Char('.')) {
            word = wordBefore(text, end - 1); // "Mr."
            if (!SpeakerWords::isAbbreviation(word)) {
                word = {};
            }
        }
        if (word.isEmpty()) {
            break;
        }
        words.append(word);
        end = word.data() - text.data();
    }
    std::reverse(words.begin(), words.end());
    return words;
}

// Where `needle` next occurs: the search for its first character is vectorised by Qt, which
// makes this several times faster than a general substring search on long texts.
qsizetype find(QStringView text, QStringView needle, qsizetype from)
{
    const QChar first = needle.front();
    for (qsizetype at = text.indexOf(first, from); at >= 0; at = text.indexOf(first, at + 1)) {
        if (text.sliced(at).startsWith(needle)) {
            return at;
        }
    }
    return -1;
}

// Whether the word found at [start, end) stands alone: "Trump" in "Trump’s", not in "Trumpet".
bool isWholeWord(QStringView text, qsizetype start, qsizetype end)
{
    return (start == 0 || !SpeakerWords::isWordChar(text[start - 1]))
        && (end == text.size() || !SpeakerWords::isWordChar(text[end]));
}

// Whether the line holding `position` is a headline in title case ("Kyiv Endures Record Drone
// Assault as Putin Dismisses Trump’s Peace Overture"): its capitals are not names.
bool inTitleCaseLine(QStringView text, qsizetype position)
{
    // A headline is short: look no further than that for its ends, so a text of one long
    // line costs no more than a short one.
    constexpr qsizetype LongestHeadline = 240;
    const qsizetype from = std::max<qsizetype>(0, position - LongestHeadline);
    const qsizetype before = text.sliced(from, position - from).lastIndexOf(QLatin1Char('\n'));
    if (before < 0 && from > 0) {
        return false;
    }
    const qsizetype start = before < 0 ? 0 : from + before + 1;
    const qsizetype after = text.sliced(position, std::min(LongestHeadline, text.size() - position))
                                .indexOf(QLatin1Char('\n'));
    if (after < 0 && text.size() - position > LongestHeadline) {
        return false;
    }
    const qsizetype end = after < 0 ? text.size() : position + after;
    int words = 0;
    int capitalised = 0;
    bool inWord = false;
    for (qsizetype i = start; i < end; ++i) {
        const bool letter = text[i].isLetter();
        if (letter && !inWord) {
            ++words;
            capitalised += text[i].isUpper();
        }
        inWord = letter || (inWord && SpeakerWords::isWordChar(text[i]));
    }
    constexpr int ShortestHeadline = 5;
    return words >= ShortestHeadline && capitalised * 4 >= words * 3;
}

} // namespace

// Every place the article names a quoted surname, with the capitalised words before it
// ("Ukrainian President Volodymyr Zelensky"): a search per name, not a pass per word.
void SpeakerResolver::findFullNames()
{
    constexpr qsizetype MaximumNames = 64;
    for (qsizetype n = 0; n < m_lastNameStore.size() && n < MaximumNames; ++n) {
        const QString &surname = m_lastNameStore[n];
        QList<Mention> &mentions = m_fullNames[surname];
        for (qsizetype at = find(m_text, surname, 0); at >= 0;
             at = find(m_text, surname, at + surname.size())) {
            if (!isWholeWord(m_text, at, at + surname.size())) {
                continue;
            }
            // Most mentions follow a lower-case word ("as Trump said"): nothing to complete.
            qsizetype p = at;
            while (p > 0 && isSpace(m_text[p - 1])) {
                --p;
            }
            if (p == at || p == 0 || !m_text[p - 1].isLetter() || inTitleCaseLine(m_text, at)) {
                continue;
            }
            const Words before = wordsBefore(m_text, at, 6);
            QList<QStringView> run;
            for (qsizetype k = before.size() - 1; k >= 0; --k) {
                if (!SpeakerWords::isCapitalised(before[k])
                    && !SpeakerWords::isNameConnector(before[k])) {
                    break;
                }
                run.prepend(before[k]);
            }
            run.append(m_text.mid(at, surname.size()));
            const QString name = SpeakerPhrase::personName(run);
            if (name.contains(u' ') && !SpeakerWords::isInstitutionName(name)) {
                mentions.append({at, name, {}, {}});
            }
        }
    }
}

// Every place a title the quotes use alone ("the defence minister") stands before a name
// ("Defence Minister Lena Berg"), with the words that qualify it.
void SpeakerResolver::findTitledNames()
{
    QStringList spellings; // "minister" and "Minister": two exact searches beat a folding one
    for (const QString &title : std::as_const(m_titleWords)) {
        spellings.append(title);
        spellings.append(title.left(1).toUpper() + title.mid(1));
    }
    for (const QString &spelling : std::as_const(spellings)) {
        const QString title = spelling.toLower();
        for (qsizetype at = find(m_text, spelling, 0); at >= 0;
             at = find(m_text, spelling, at + spelling.size())) {
            if (!isWholeWord(m_text, at, at + title.size())) {
                continue;
            }
            QList<QStringView> run;
            qsizetype p = at + title.size();
            while (run.size() < 5 && p < m_text.size() && isSpace(m_text[p])) {
                while (p < m_text.size() && isSpace(m_text[p])) {
                    ++p;
                }
                if (p == m_text.size() || !SpeakerWords::isWordChar(m_text[p])) {
                    break;
                }
                const qsizetype end = SpeakerWords::wordEnd(m_text, p, m_text.size());
                const QStringView word = m_text.mid(p, end - p);
                if (!SpeakerWords::isCapitalised(word)) {
                    break;
                }
                run.append(word);
                p = end;
            }
            if (run.isEmpty()) {
                continue;
            }
            const QString name = SpeakerPhrase::personName(run);
            if (name.isEmpty() || SpeakerWords::isInstitutionName(name)) {
                continue;
            }
            QStringList titles;
            for (QStringView word : wordsBefore(m_text, at, 3)) {
                titles.append(word.toString().toLower());
            }
            titles.append(title);
            for (qsizetype k = 0; k + name.count(u' ') + 1 < run.size(); ++k) {
                titles.append(run[k].toString().toLower());
            }
            m_titled.append({at, name, titles, {}});
        }
    }
    std::sort(m_titled.begin(), m_titled.end(),
        [](const Mention &a, const Mention &b) { return a.position < b.position; });
}

void SpeakerResolver::rankSpellings()
{
    // For each mention, the spelling used most often up to it (the latest on a tie), so that
    // every lookup is a binary search.
    for (auto it = m_fullNames.begin(); it != m_fullNames.end(); ++it) {
        QHash<QString, int> counts;
        QString best;
        for (Mention &mention : it.value()) {
            const int count = ++counts[mention.name];
            if (count >= counts.value(best)) {
                best = mention.name;
            }
            mention.best = best;
        }
    }
}

QString SpeakerResolver::fullName(const QString &name, qsizetype position) const
{
    const auto found = m_fullNames.constFind(name);
    if (found == m_fullNames.constEnd() || found->isEmpty()) {
        return name;
    }
    // The spelling the article uses most before this point; failing that, the first one after.
    const auto after = std::lower_bound(found->cbegin(), found->cend(), position,
        [](const Mention &mention, qsizetype p) { return mention.position < p; });
    return after == found->cbegin() ? after->name : std::prev(after)->best;
}

QString SpeakerResolver::roleHolder(const QString &role, qsizetype position) const
{
    constexpr qsizetype MaximumLookBack = 200;
    QStringList words;
    for (const QString &word : role.split(u' ', Qt::SkipEmptyParts)) {
        if (!SpeakerWords::isDeterminer(word)) {
            words.append(word);
        }
    }
    const auto after = std::lower_bound(m_titled.cbegin(), m_titled.cend(), position,
        [](const Mention &mention, qsizetype p) { return mention.position < p; });
    for (auto it = after; it != m_titled.cbegin() && after - it < MaximumLookBack;) {
        --it;
        bool all = true;
        for (const QString &word : words) {
            all = all && it->titles.contains(word);
        }
        if (all) {
            return it->name;
        }
    }
    return {};
}

QString SpeakerResolver::resolve(const Attribution &attribution, qsizetype position)
{
    switch (attribution.kind) {
    case Attribution::Kind::None:
        return {};
    case Attribution::Kind::Person:
        m_lastPerson = fullName(attribution.phrase, position);
        return m_lastPerson;
    case Attribution::Kind::Institution:
        m_lastInstitution = attribution.phrase;
        return m_lastInstitution;
    case Attribution::Kind::Pronoun:
        if (attribution.phrase == u"he" || attribution.phrase == u"she") {
            return m_lastPerson;
        }
        return attribution.phrase == u"it" ? m_lastInstitution : QString();
    case Attribution::Kind::Role: {
        const QString holder = roleHolder(attribution.phrase, position);
        if (!holder.isEmpty()) {
            m_lastPerson = holder;
        }
        return holder;
    }
    }
    return {};
}

void SpeakerResolver::remember(const QString &speaker)
{
    if (speaker.isEmpty()) {
        return;
    }
    if (SpeakerWords::isInstitutionName(speaker)) {
        m_lastInstitution = speaker;
    } else {
        m_lastPerson = speaker;
    }
}

} // namespace factbench
