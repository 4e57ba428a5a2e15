#include "linkvocabulary.h"

#include "extract/wordset.h"

#include <QSet>
#include <QStringList>

namespace factbench {

namespace {

// Each line is one class: its name first, then the words that mean the same in news reports.
constexpr const char *NounClasses[] = {
    "drone drones uav uavs shahed shaheds",
    "person people persons civilians civilian residents resident individuals individual",
    "child children kids minors",
    "soldier soldiers troops servicemen",
    "missile missiles",
    "building buildings homes houses",
    "hour hours hrs",
    "year years",
};

constexpr const char *ActionClasses[] = {
    "launch launched fired fire sent send used unleashed",
    "intercept intercepted downed shot destroyed neutralised neutralized repelled",
    "evade evaded penetrating penetrated",
    "injure injured wounded hurt injuring injuries sustained",
    "kill killed dead died deaths killing",
    "hospitalise hospitalised hospitalized hospital",
    "damage damaged damaging",
    "evacuate evacuated evacuation",
    "rescue rescued saved",
    "arrest arrested detained",
    "missing",
    "flood flooded flooding inundated submerged",
    "displace displaced homeless",
    "hit hit struck",
};

const WordSet &stopWords()
{
    static const WordSet words(
        u"a an the and or but of in on at to for from by with as into onto over under about "
        u"after before than that this these those there their its it his her he she they we "
        u"you i is are was were be been being has have had do does did will would could should "
        u"may might can also said says say told according reported report reports added "
        u"not no so such which who whom whose what when where while all some any more most "
        u"other another one total further least nearly around almost just only up down out");
    return words;
}

} // namespace

LinkVocabulary::LinkVocabulary()
{
    const auto addClasses = [this](const auto &lines, QHash<QString, QString> *table) {
        for (const char *line : lines) {
            const QStringList words = QString::fromLatin1(line).split(QLatin1Char(' '));
            const QString name = words.first();
            for (const QString &word : words) {
                table->insert(m_stemmer.stem(word), name);
            }
        }
    };
    addClasses(NounClasses, &m_nouns);
    addClasses(ActionClasses, &m_actions);
}

QString LinkVocabulary::nounClass(QStringView word)
{
    const QString stem = m_stemmer.stem(word);
    return m_nouns.value(stem, stem);
}

QString LinkVocabulary::actionClass(QStringView word)
{
    return m_actions.value(m_stemmer.stem(word));
}

bool LinkVocabulary::isToll(QStringView actionClass)
{
    static const WordSet tolls(u"injure kill hospitalise missing");
    return tolls.contains(actionClass);
}

bool LinkVocabulary::isNewsAgency(const QString &speaker)
{
    static const QSet<QString> agencies = [] {
        QSet<QString> names;
        for (const char *name :
            {"tass", "ria novosti", "ria", "interfax", "reuters", "ap", "associated press", "afp",
                "agence france-presse", "ukrinform", "unian", "xinhua", "dpa", "ansa", "efe",
                "kyodo", "yonhap", "pti", "press trust of india", "ani", "anadolu", "irna", "kcna",
                "wafa", "bernama", "antara", "pap", "ctk", "tanjug", "belta", "state media"}) {
            names.insert(QString::fromLatin1(name));
        }
        return names;
    }();
    return agencies.contains(speaker.toLower());
}

bool LinkVocabulary::isPastMarker(QStringView word) const
{
    static const WordSet markers(u"ago previous previously earlier prior former");
    return markers.contains(word);
}

bool LinkVocabulary::isStopWord(QStringView word) const
{
    return word.size() < 2 || stopWords().contains(word);
}

} // namespace factbench
