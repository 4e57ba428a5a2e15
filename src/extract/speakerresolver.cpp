#include "speakerresolver.h"

#include "linewords.h"
#include "lowerword.h"
#include "speakerwords.h"
#include "wordoccurrences.h"

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
    // Every surname and both spellings of every title ("minister" and "Minister": two exact
    // searches beat a folding one), found in one pass over the text.
    constexpr qsizetype MaximumNames = 64;
    const qsizetype names = std::min(m_lastNameStore.size(), MaximumNames);
    QList<WordOccurrences::Word> words;
    for (qsizetype n = 0; n < names; ++n) {
        words.append({m_lastNameStore[n], m_lastNameStore[n].size()});
    }
    for (const QString &title : std::as_const(m_titleWords)) {
        for (const QString &spelling : {title, title.left(1).toUpper() + title.mid(1)}) {
            words.append({spelling, spelling.toLower().size()});
        }
    }
    const WordOccurrences occurrences(m_text, words);
    for (qsizetype n = 0; n < names; ++n) {
        findFullNames(m_lastNameStore[n], occurrences.positionsOf(n));
    }
    for (qsizetype w = names; w < words.size(); ++w) {
        findTitledNames(words[w].text, occurrences.positionsOf(w));
    }
    std::sort(m_titled.begin(), m_titled.end(),
        [](const TitledMention &a, const TitledMention &b) { return a.position < b.position; });
    rankSpellings();
}

namespace {

using Words = QVarLengthArray<QStringView, 8>;

bool isSpace(QChar c)
{
    return c == QLatin1Char(' ') || c == QChar(0x00A0);
}

// Up to `count` words before `position` in the same clause, nearest last. With `belongs`, the
// words stop before the nearest one it refuses: the same words as the run at the end of the
// list without it, read no further.
Words wordsBefore(QStringView text, qsizetype position, qsizetype count,
    bool (*belongs)(QStringView word) = nullptr)
{
    Words words;
    qsizetype end = position;
    while (words.size() < count && end > 0 && isSpace(text[end - 1])) {
        while (end > 0 && isSpace(text[end - 1])) {
            --end;
        }
        QStringView word = SpeakerWords::wordBefore(text, end);
        if (word.isEmpty() && end > 1 && text[end - 1] == QLatin1Char('.')) {
            word = SpeakerWords::wordBefore(text, end - 1); // "Mr."
            if (!SpeakerWords::isAbbreviation(word)) {
                word = {};
            }
        }
        if (word.isEmpty() || (belongs && !belongs(word))) {
            break;
        }
        words.append(word);
        end = word.data() - text.data();
    }
    std::reverse(words.begin(), words.end());
    return words;
}

// A word that may stand in a name before the surname: "Volodymyr", "bin".
bool mayBeInName(QStringView word)
{
    return SpeakerWords::isCapitalised(word) || SpeakerWords::isNameConnector(word);
}

// Whether the line holding `position` is a headline in title case ("Kyiv Endures Record Drone
// Assault as Putin Dismisses Trump’s Peace Overture"): its capitals are not names.
bool inTitleCaseLine(QStringView text, qsizetype position)
{
    // A headline is short: look no further than that for its ends, so a text of one long
    // line costs no more than a short one.
    constexpr qsizetype LongestHeadline = 240;
    const qsizetype after = text.sliced(position, std::min(LongestHeadline, text.size() - position))
                                .indexOf(QLatin1Char('\n'));
    if (after < 0 && text.size() - position > LongestHeadline) {
        return false;
    }
    const qsizetype end = after < 0 ? text.size() : position + after;
    // The last line break before: searched forwards, since Qt compares eight characters at a
    // time only that way, and a paragraph's lines are long.
    const qsizetype from = std::max<qsizetype>(0, position - LongestHeadline);
    const QStringView preceding = text.sliced(from, position - from);
    qsizetype before = -1;
    for (qsizetype at = preceding.indexOf(QLatin1Char('\n')); at >= 0;
         at = preceding.indexOf(QLatin1Char('\n'), at + 1)) {
        before = at;
    }
    if (before < 0 && from > 0) {
        return false;
    }
    const qsizetype start = before < 0 ? 0 : from + before + 1;
    const QStringView line = text.sliced(start, end - start);
    // A line with fewer capitals than three times its lower-case words has fewer than three
    // quarters of its words capitalised, as the count below would find: prose, not counted.
    const LineWords::Bounds bounds = LineWords::bounds(line);
    if (bounds.capitalisedAtMost < 3 * bounds.lowerCaseWordsAtLeast) {
        return false;
    }
    const LineWords::Counts counts = LineWords::count(line);
    constexpr int ShortestHeadline = 5;
    return counts.words >= ShortestHeadline && counts.capitalised * 4 >= counts.words * 3;
}

} // namespace

// Every place the article names a quoted surname, with the capitalised words before it
// ("Ukrainian President Volodymyr Zelensky").
void SpeakerResolver::findFullNames(const QString &surname, const QList<qsizetype> &positions)
{
    QList<Mention> &mentions = m_fullNames[surname];
    for (const qsizetype at : positions) {
        qsizetype p = at;
        while (p > 0 && isSpace(m_text[p - 1])) {
            --p;
        }
        if (p == at || p == 0 || !m_text[p - 1].isLetter()) {
            continue;
        }
        // Most mentions follow a lower-case word ("as Trump said"), and the run is empty at
        // once: the name would be the surname alone, which has nothing to complete.
        Words run = wordsBefore(m_text, at, 6, mayBeInName);
        if (run.isEmpty() || inTitleCaseLine(m_text, at)) {
            continue;
        }
        run.append(m_text.mid(at, surname.size()));
        // The name's words are tested before it is spelled: only a name of two words or more
        // (one with a space) that no institution word makes an institution is kept.
        const qsizetype start = SpeakerPhrase::nameStart(run);
        if (run.size() - start < 2) {
            continue;
        }
        const QSpan<const QStringView> words = QSpan<const QStringView>(run).subspan(start);
        if (!SpeakerPhrase::spellsInstitution(words)) {
            mentions.append({at, SpeakerPhrase::spelledName(words), {}});
        }
    }
}

// Every place a title the quotes use alone ("the defence minister") stands before a name
// ("Defence Minister Lena Berg"), with the words that qualify it.
void SpeakerResolver::findTitledNames(const QString &spelling, const QList<qsizetype> &positions)
{
    const QString title = spelling.toLower();
    for (const qsizetype at : positions) {
        Words run;
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
        const qsizetype start = SpeakerPhrase::nameStart(run);
        if (start == run.size()) {
            continue; // no word, or only titles
        }
        const QSpan<const QStringView> words = QSpan<const QStringView>(run).subspan(start);
        if (SpeakerPhrase::spellsInstitution(words)) {
            continue;
        }
        TitledMention mention {at, SpeakerPhrase::spelledName(words), title, {}};
        for (QStringView word : wordsBefore(m_text, at, 3)) {
            mention.qualifiers.append(word);
        }
        for (qsizetype k = 0; k < start; ++k) {
            mention.qualifiers.append(run[k]);
        }
        m_titled.append(std::move(mention));
    }
}

void SpeakerResolver::rankSpellings()
{
    // For each mention, the spelling used most often up to it (the latest on a tie), so that
    // every lookup is a binary search.
    for (auto it = m_fullNames.begin(); it != m_fullNames.end(); ++it) {
        QHash<QString, int> counts;
        QString best;
        int bestCount = 0; // counts.value(best), kept rather than looked up again
        for (Mention &mention : it.value()) {
            const int count = ++counts[mention.name];
            if (count >= bestCount) {
                best = mention.name;
                bestCount = count;
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

bool SpeakerResolver::TitledMention::hasTitle(QStringView word) const
{
    return word == title
        || std::any_of(qualifiers.cbegin(), qualifiers.cend(),
            [word](QStringView qualifier) { return LowerWord(qualifier).view() == word; });
}

QString SpeakerResolver::roleHolder(const QString &role, qsizetype position) const
{
    constexpr qsizetype MaximumLookBack = 200;
    Words words;
    for (QStringView word : QStringView(role).tokenize(u' ', Qt::SkipEmptyParts)) {
        if (!SpeakerWords::isDeterminer(word)) {
            words.append(word);
        }
    }
    const auto after = std::lower_bound(m_titled.cbegin(), m_titled.cend(), position,
        [](const TitledMention &mention, qsizetype p) { return mention.position < p; });
    for (auto it = after; it != m_titled.cbegin() && after - it < MaximumLookBack;) {
        --it;
        const bool all = std::all_of(
            words.cbegin(), words.cend(), [&](QStringView word) { return it->hasTitle(word); });
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
