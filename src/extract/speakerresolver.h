#pragma once

#include "speakerphrase.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <QVarLengthArray>

namespace factbench {

/// Turns attributions into names within one article: "he" is the last person quoted, "it" the
/// last institution, "the Ukrainian president" the last person the article gave that title, and
/// "Trump" the fullest name the article uses for him (earlier if it can, else later).
class SpeakerResolver
{
public:
    /// `attributions` are all the article will ask about: only their surnames and titles are
    /// searched for in `text`.
    SpeakerResolver(QStringView text, const QList<Attribution> &attributions);

    /// The speaker's name for an attribution at `position`; call in text order, since "he"
    /// means the last person resolved before.
    QString resolve(const Attribution &attribution, qsizetype position);

    /// Records who spoke at `position` when it was found another way (a quote continuing the
    /// previous one), so that "he" refers to them.
    void remember(const QString &speaker);

private:
    /// Where the article spells out a quoted surname's full name.
    struct Mention
    {
        qsizetype position;
        QString name;
        QString best;
    };
    /// Where a title the quotes use alone stands before a name.
    struct TitledMention
    {
        qsizetype position;
        QString name;
        QString title; // lower case
        /// The words before the title and those between it and the name, as the text spells
        /// them: role words are compared with them lowered, and most are never compared.
        QVarLengthArray<QStringView, 8> qualifiers;

        bool hasTitle(QStringView word) const;
    };

    void findFullNames(const QString &surname, const QList<qsizetype> &positions);
    void findTitledNames(const QString &spelling, const QList<qsizetype> &positions);
    void rankSpellings();
    QString fullName(const QString &name, qsizetype position) const;
    QString roleHolder(const QString &role, qsizetype position) const;

    QStringView m_text;
    /// Surnames quoted alone ("Trump"), to complete from the article.
    QStringList m_lastNameStore;
    /// Titles quoted alone ("minister" of "the defence minister"), lower case.
    QStringList m_titleWords;
    QHash<QString, QList<Mention>> m_fullNames;
    QList<TitledMention> m_titled;
    QString m_lastPerson;
    QString m_lastInstitution;
};

} // namespace factbench
