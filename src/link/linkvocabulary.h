#pragma once

#include "stemmer.h"

#include <QHash>
#include <QString>
#include <QStringView>

namespace factbench {

/// The words the linker compares claims by, reduced to classes: a stem stands for its
/// synonyms ("UAVs" and "drones" are one noun class, "wounded" and "injured" one action).
/// The tables are small and general news vocabulary; anything not in them is its own class.
class LinkVocabulary
{
public:
    LinkVocabulary();

    /// The class of a counted noun or unit: "drones", "UAVs" -> "drone"; "civilians" -> "person".
    QString nounClass(QStringView word);
    /// The class of a governing action, or empty when `word` is not an action the linker knows:
    /// "wounded" -> "injure", "shot" -> "intercept".
    QString actionClass(QStringView word);
    /// Whether an action class counts casualties ("injure", "kill"): a toll that rises as
    /// reports come in, so two values of it may be one fact told at different times.
    static bool isToll(QStringView actionClass);
    /// Whether a speaker is a news agency ("TASS", "Reuters"): it relays what others said, so a
    /// quote it carries may be anyone's words, as if no speaker were named.
    static bool isNewsAgency(const QString &speaker);
    /// Words that say nothing about what a figure counts ("the", "said", "on").
    bool isStopWord(QStringView word) const;
    /// Words that move a figure before the event reported ("ago", "previous", "earlier").
    bool isPastMarker(QStringView word) const;
    QString stem(QStringView word) { return m_stemmer.stem(word); }

private:
    Stemmer m_stemmer;
    QHash<QString, QString> m_nouns;
    QHash<QString, QString> m_actions;
};

} // namespace factbench
