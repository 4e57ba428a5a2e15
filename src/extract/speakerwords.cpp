#include "speakerwords.h"

#include "wordset.h"

#include <QSet>
#include <QVarLengthArray>

#include <algorithm>

namespace factbench {

namespace {

bool contains(const WordSet &set, QStringView word)
{
    return set.contains(word);
}

} // namespace

bool SpeakerWords::isSpeechVerb(QStringView word)
{
    // "spoke" and "stressing" are left out on purpose: in news text they mostly report that
    // someone talked ("Putin spoke with Trump"), not whose words a quote holds.
    static const WordSet verbs(
        u"say says said saying tell tells told telling add adds added adding states stated "
        u"stating write writes wrote writing warn warns warned warning insist insists insisted "
        u"insisting notes noted noting ask asks asked describe describes described "
        u"describing calls called calling confirm confirms confirmed confirming announce "
        u"announces announced announcing reports reported claims claimed claiming "
        u"argue argues argued arguing explain explains explained explaining declare declares "
        u"declared declaring urge urges urged urging condemn condemns condemned condemning "
        u"admit admits admitted admitting acknowledge acknowledges acknowledged acknowledging "
        u" replies replied replying respond responds responded reiterate reiterates "
        u"reiterated reiterating maintain maintains maintained maintaining vow vows vowed vowing "
        u" promises promised pledges pledged predict predicts predicted suggest "
        u"suggests suggested recall recalls recalled remark remarked commented continued "
        u" tweets tweeted posts posted quipped joked shouted deny denies denied "
        u"dubs dubbed labelled labeled branded termed criticised criticized slammed hailed "
        u"decried lamented complained complains conceded cautioned emphasised emphasized "
        u"mentioned observed asserted asserting boasted recounted threatened demanded accused "
        u"accusing blamed blaming appealed");
    return contains(verbs, word);
}

bool SpeakerWords::isNounLikeVerb(QStringView word)
{
    static const WordSet words(
        u"calls call reports claims notes comments remarks tweets posts promises pledges "
        u"states post tweet dub");
    return contains(words, word);
}

bool SpeakerWords::isTitle(QStringView word)
{
    static const WordSet titles(
        u"president vice prime minister secretary spokesman spokeswoman spokesperson mayor "
        u"governor senator sen representative rep congressman congresswoman chancellor "
        u"ambassador general gen lieutenant lt colonel col major maj captain capt sergeant sgt "
        u"admiral commander chief head director chairman chairwoman chair ceo founder leader "
        u"king queen prince princess pope cardinal bishop archbishop rabbi imam dr doctor prof "
        u"professor mr mrs ms miss mx sir dame lord lady judge attorney deputy acting former "
        u"interim foreign interior defence defense affairs finance economy health justice envoy "
        u"state "
        u"official adviser advisor aide officer inspector sheriff councillor councilor mp mep "
        u"premier emir sheikh marshal commissioner president-elect secretary-general "
        u"director-general press first");
    return contains(titles, word);
}

bool SpeakerWords::isRoleNoun(QStringView word)
{
    static const WordSet roles(
        u"president minister spokesman spokeswoman spokesperson mayor governor senator "
        u"chancellor ambassador general commander chief leader secretary premier envoy aide "
        u"adviser advisor king queen pope director chairman chairwoman ceo head");
    return contains(roles, word);
}

bool SpeakerWords::isInstitutionWord(QStringView word)
{
    static const WordSet words(
        u"kremlin pentagon ministry ministries government administration office department "
        u"agency service council committee commission force forces army navy military police "
        u"court parliament congress senate cabinet presidency secretariat bureau embassy command "
        u"guard house bank company corporation group union organisation organization party "
        u"institute university media reuters interfax xinhua bloomberg");
    return contains(words, withoutPossessive(word));
}

bool SpeakerWords::isSpeechNoun(QStringView word)
{
    static const WordSet words(
        u"comments comment remarks statement statements words message post posts "
        u"reflections response reply interview speech letter tweet tweets address "
        u"readout account announcement testimony");
    return contains(words, word);
}

bool SpeakerWords::isAdverbOrAuxiliary(QStringView word)
{
    static const WordSet words(
        u"has have had was is were are would will could may might should can must did "
        u"does do not also later then again earlier further previously once still "
        u"already never himself herself itself too");
    if (word.size() > 4 && word.endsWith(u"ly") && !isCapitalised(word)) {
        return true; // "firmly", "repeatedly"
    }
    return contains(words, word);
}

bool SpeakerWords::isStopWord(QStringView word)
{
    static const WordSet words(
        u"the a an and or but nor so yet however meanwhile moreover then after before following "
        u"while when where which who whom whose that this these those as at by for from in into "
        u"of on onto to with without about against among amid amidst between during over under "
        u"upon since until than because if although though despite whether not no it he she "
        u"they we i you his her their its our my your there here what why how yesterday today "
        u"tonight according asked speaking noting responding adding saying also still even");
    return contains(words, word);
}

bool SpeakerWords::isDeterminer(QStringView word)
{
    static const WordSet words(u"the a an its his her their our this that these those");
    return contains(words, word);
}

bool SpeakerWords::isNameConnector(QStringView word)
{
    static const WordSet words(u"of de del della der van von bin al la le da du dos das");
    return !isCapitalised(word) && contains(words, word);
}

bool SpeakerWords::isAbbreviation(QStringView word)
{
    static const WordSet words(
        u"mr mrs ms dr prof gen sen rep gov lt col maj capt sgt st mt jr sr no vs etc adm pres");
    return contains(words, word);
}

bool SpeakerWords::isAnonymousSource(QStringView word)
{
    static const WordSet words(
        u"officials authorities witnesses residents analysts experts sources critics observers "
        u"locals doctors rescuers investigators prosecutors diplomats lawmakers activists "
        u"protesters people others some many both several organisers organizers");
    return contains(words, word);
}

bool SpeakerWords::isPronoun(QStringView word)
{
    static const WordSet words(u"he she it they we i you");
    return contains(words, word);
}

qsizetype SpeakerWords::wordEndFrom(QStringView text, qsizetype j, qsizetype limit)
{
    auto isJoiner = [](QChar c) {
        return c == QChar(0x2019) || c == QLatin1Char('\'') || c == QLatin1Char('-')
            || c == QChar(0x2010) || c == QLatin1Char('.');
    };
    for (;;) {
        if (j < limit
            && (isWordChar(text[j])
                || (isJoiner(text[j]) && j + 1 < limit && isWordChar(text[j + 1])))) {
            ++j;
        } else {
            return j;
        }
        // Runs of ASCII letters and digits first: all of most words, and short.
        const char16_t *data = text.utf16();
        while (j < limit && isAsciiLetterOrDigit(data[j])) {
            ++j;
        }
    }
}

QStringView SpeakerWords::wordBefore(QStringView text, qsizetype end)
{
    constexpr qsizetype Longest = 40;
    auto isSpace = [](QChar c) { return c == QLatin1Char(' ') || c == QChar(0x00A0); };
    // Most words are ASCII letters and digits after a space (or at the start, or longer than
    // the longest read), which the test below accepts whole: then nothing else is read.
    const qsizetype earliest = std::max<qsizetype>(0, end - Longest);
    qsizetype first = end;
    while (first > earliest && isAsciiLetterOrDigit(text[first - 1].unicode())) {
        --first;
    }
    if (first < end && (first == earliest || isSpace(text[first - 1]))) {
        return text.sliced(first, end - first);
    }
    qsizetype start = end;
    while (start > 0 && !isSpace(text[start - 1]) && start > end - Longest) {
        --start;
    }
    const QStringView word = text.mid(start, end - start);
    if (word.isEmpty() || wordEnd(text, start, end) != end || !isWordChar(text[start])) {
        return {};
    }
    return word;
}

bool SpeakerWords::isCapitalised(QStringView word)
{
    return !word.isEmpty() && word.front().isUpper();
}

bool SpeakerWords::isInstitutionName(const QString &name)
{
    QVarLengthArray<QStringView, 8> words;
    for (QStringView word : QStringView(name).tokenize(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        words.append(word);
    }
    return isInstitutionName(words);
}

bool SpeakerWords::isInstitutionName(QSpan<const QStringView> words)
{
    for (QStringView word : words) {
        if (isInstitutionWord(word)) {
            return true;
        }
    }
    if (words.size() == 1 && words.front().size() >= 2) {
        for (QChar c : words.front()) {
            if (c.isLetter() && !c.isUpper()) {
                return false;
            }
        }
        return true; // an acronym: "TASS", "BBC"
    }
    return false;
}

} // namespace factbench
