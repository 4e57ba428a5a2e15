#include "speakerphrase.h"

#include "speakerwords.h"

#include <QVarLengthArray>

#include <algorithm>

namespace factbench {

namespace {

enum class Possessive { Kept, Dropped };

// The words with a space between, the last one's "’s" dropped when asked. Written into a string
// of the exact length, one allocation: every person's name the resolver finds is joined here.
QString joined(QSpan<const QStringView> words, Possessive possessive = Possessive::Kept)
{
    const auto wordAt = [&](qsizetype i) {
        return possessive == Possessive::Dropped && i + 1 == words.size()
            ? SpeakerWords::withoutPossessive(words[i])
            : words[i];
    };
    qsizetype length = 0;
    for (qsizetype i = 0; i < words.size(); ++i) {
        // A space before every word but the first non-empty one, as appending to the result
        // while it is still empty would leave out.
        length += (length > 0) + wordAt(i).size();
    }
    QString result(length, Qt::Uninitialized);
    QChar *out = result.data();
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QStringView word = wordAt(i);
        if (out != result.constData()) {
            *out++ = QLatin1Char(' ');
        }
        std::copy(word.begin(), word.end(), out);
        out += word.size();
    }
    return result;
}

bool isAcronym(QStringView word)
{
    qsizetype letters = 0;
    for (QChar c : word) {
        if (c.isLetter()) {
            if (!c.isUpper()) {
                return false;
            }
            ++letters;
        }
    }
    return letters >= 2;
}

} // namespace

QString SpeakerPhrase::personName(QSpan<const QStringView> run)
{
    const qsizetype from = nameStart(run);
    return from < run.size() ? spelledName(run.subspan(from)) : QString();
}

qsizetype SpeakerPhrase::nameStart(QSpan<const QStringView> run)
{
    qsizetype from = 0;
    for (qsizetype i = 0; i < run.size(); ++i) {
        if (SpeakerWords::isTitle(SpeakerWords::withoutPossessive(run[i]))) {
            from = i + 1;
        }
    }
    // "Ukraine’s Andrii Sybiha", "The Kremlin’s Dmitry Peskov": the owner is not the name.
    while (from < run.size()
        && ((SpeakerWords::isPossessive(run[from]) && from + 1 < run.size())
            || SpeakerWords::isStopWord(run[from]) || SpeakerWords::isNameConnector(run[from]))) {
        ++from;
    }
    if (from >= run.size()) {
        return run.size();
    }
    return std::max(from, run.size() - 3); // a name, not a sentence of capitalised words
}

QString SpeakerPhrase::spelledName(QSpan<const QStringView> words)
{
    return joined(words, Possessive::Dropped);
}

bool SpeakerPhrase::spellsInstitution(QSpan<const QStringView> words)
{
    // The words as spelledName() joins them: the last one's "’s" dropped.
    QVarLengthArray<QStringView, 8> spelled(words.begin(), words.end());
    if (!spelled.isEmpty()) {
        spelled.last() = SpeakerWords::withoutPossessive(spelled.last());
    }
    return SpeakerWords::isInstitutionName(spelled);
}

Attribution SpeakerPhrase::classify(QSpan<const QStringView> words)
{
    qsizetype begin = 0;
    const qsizetype end = words.size();
    bool pronoun = false; // whether words[begin] is a pronoun, asked once
    while (begin < end) {
        pronoun = SpeakerWords::isPronoun(words[begin]);
        if (pronoun
            || !(SpeakerWords::isDeterminer(words[begin])
                || SpeakerWords::isStopWord(words[begin]))) {
            break;
        }
        ++begin;
    }
    if (begin == end) {
        return {};
    }
    if (end - begin == 1 && pronoun) {
        return {Attribution::Kind::Pronoun, words[begin].toString().toLower()};
    }
    const QStringView last = words[end - 1];
    if (SpeakerWords::isCapitalised(last)) {
        qsizetype runStart = end - 1;
        while (runStart > begin
            && (SpeakerWords::isCapitalised(words[runStart - 1])
                || (SpeakerWords::isNameConnector(words[runStart - 1]) && runStart - 2 >= begin
                    && SpeakerWords::isCapitalised(words[runStart - 2])))) {
            --runStart;
        }
        while (runStart < end && SpeakerWords::isStopWord(words[runStart])) {
            ++runStart; // "The Kremlin", "However Trump"
        }
        if (runStart == end) {
            return {};
        }
        const QSpan<const QStringView> run = words.subspan(runStart, end - runStart);
        if (run.size() == 1 && SpeakerWords::isAnonymousSource(run.front())) {
            return {}; // "Officials said" at the start of a sentence
        }
        bool institution = run.size() == 1 && isAcronym(run.front());
        for (QStringView word : run) {
            institution = institution || SpeakerWords::isInstitutionWord(word);
        }
        if (institution) {
            return {Attribution::Kind::Institution, joined(run, Possessive::Dropped)};
        }
        const QString person = personName(run);
        if (person.isEmpty()) {
            return {Attribution::Kind::Role, joined(run).toLower()};
        }
        return {Attribution::Kind::Person, person};
    }
    if (SpeakerWords::isInstitutionWord(last)) {
        // "the country’s interior ministry" is the interior ministry; "Russia’s" stays.
        while (begin + 1 < end && SpeakerWords::isPossessive(words[begin])
            && !SpeakerWords::isCapitalised(words[begin])) {
            ++begin;
        }
        return {Attribution::Kind::Institution, joined(words.subspan(begin, end - begin))};
    }
    if (SpeakerWords::isRoleNoun(last)) {
        return {Attribution::Kind::Role, joined(words.subspan(begin, end - begin)).toLower()};
    }
    if (SpeakerWords::isSpeechNoun(last)) {
        // "Trump’s remarks" were Trump’s words.
        for (qsizetype i = end - 2; i >= begin; --i) {
            if (SpeakerWords::isPossessive(words[i]) && SpeakerWords::isCapitalised(words[i])) {
                QVarLengthArray<QStringView, 8> owner(words.begin() + begin, words.begin() + i + 1);
                owner.last() = SpeakerWords::withoutPossessive(owner.last());
                return classify(owner);
            }
        }
    }
    return {};
}

} // namespace factbench
