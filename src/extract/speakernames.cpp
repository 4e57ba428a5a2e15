#include "speakernames.h"

#include "speakerwords.h"

#include <QHash>
#include <QSet>

namespace factbench {

namespace {

// How often a spelling is used: in how many articles first, then in how many quotes.
struct Usage
{
    QSet<qsizetype> articles;
    int quotes = 0;
    qsizetype firstSeen = 0;
};

bool usedMore(const Usage &a, const Usage &b)
{
    if (a.articles.size() != b.articles.size()) {
        return a.articles.size() > b.articles.size();
    }
    if (a.quotes != b.quotes) {
        return a.quotes > b.quotes;
    }
    return a.firstSeen < b.firstSeen;
}

// Lower case, accents and punctuation gone: "Radosław" and "Radoslaw" are one spelling.
QString folded(QStringView word)
{
    const QString decomposed = word.toString().normalized(QString::NormalizationForm_KD);
    QString result;
    for (QChar c : decomposed) {
        if (!c.isLetter()) {
            continue;
        }
        // Letters that do not decompose into a base letter and a mark.
        switch (c.toLower().unicode()) {
        case u'\u0142': // ł
            result += QLatin1Char('l');
            break;
        case u'\u00F8': // ø
            result += QLatin1Char('o');
            break;
        case u'\u0111': // đ
            result += QLatin1Char('d');
            break;
        case u'\u00DF': // ß
            result += QStringLiteral("ss");
            break;
        default:
            result += c.toLower();
        }
    }
    return result;
}

// Transliterations of one surname differ in their ending: Zelensky, Zelenskiy, Zelenskyy.
QString surnameKey(QStringView surname)
{
    QString key = folded(surname);
    for (QStringView ending : {u"yy", u"iy", u"ij", u"ii", u"yi", u"y", u"i"}) {
        if (key.size() > ending.size() + 3 && key.endsWith(ending)) {
            key.chop(ending.size());
            break;
        }
    }
    return key;
}

QString institutionKey(const QString &name)
{
    QString key = name.toLower();
    key.replace(QChar(0x2019), QLatin1Char('\''));
    if (key.startsWith(u"the ")) {
        key.remove(0, 4);
    }
    return key.simplified();
}

} // namespace

void SpeakerNames::unify(QList<Extraction> &extractions)
{
    QHash<QString, Usage> usage;
    qsizetype seen = 0;
    for (qsizetype a = 0; a < extractions.size(); ++a) {
        for (const Quote &quote : std::as_const(extractions[a].quotes)) {
            if (quote.speaker.isEmpty()) {
                continue;
            }
            Usage &entry = usage[quote.speaker];
            if (entry.quotes++ == 0) {
                entry.firstSeen = seen++;
            }
            entry.articles.insert(a);
        }
    }

    // Group spellings: institutions by their normalised name, people by surname and, for full
    // names, first name.
    QHash<QString, QStringList> groups; // key -> spellings
    QHash<QString, QString> groupOf; // spelling -> key
    QHash<QString, QSet<QString>> fullNamesBySurname; // surname key -> full-name group keys
    for (auto it = usage.cbegin(); it != usage.cend(); ++it) {
        const QString &name = it.key();
        QString key;
        if (SpeakerWords::isInstitutionName(name)) {
            key = QStringLiteral("institution:") + institutionKey(name);
        } else {
            const QList<QStringView> words
                = QStringView(name).split(QLatin1Char(' '), Qt::SkipEmptyParts);
            const QString surname = surnameKey(words.last());
            if (words.size() >= 2) {
                key = QStringLiteral("person:") + surname + QLatin1Char(':')
                    + folded(words.first());
                fullNamesBySurname[surname].insert(key);
            } else {
                key = QStringLiteral("short:") + surname;
            }
        }
        groups[key].append(name);
        groupOf.insert(name, key);
    }

    QHash<QString, QString> canonicalOfGroup;
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        QString best = it.value().first();
        for (const QString &name : it.value()) {
            if (usedMore(usage[name], usage[best])) {
                best = name;
            }
        }
        canonicalOfGroup.insert(it.key(), best);
    }

    QHash<QString, QString> canonical;
    for (auto it = groupOf.cbegin(); it != groupOf.cend(); ++it) {
        QString key = it.value();
        if (key.startsWith(u"short:")) {
            // "Trump" joins "Donald Trump" only when one person of that surname is quoted.
            const QSet<QString> full = fullNamesBySurname.value(key.mid(6));
            if (full.size() == 1) {
                key = *full.cbegin();
            }
        }
        canonical.insert(it.key(), canonicalOfGroup.value(key));
    }

    for (Extraction &extraction : extractions) {
        for (Quote &quote : extraction.quotes) {
            if (!quote.speaker.isEmpty()) {
                quote.speaker = canonical.value(quote.speaker, quote.speaker);
            }
        }
    }
}

} // namespace factbench
