#include "speakerresolver.h"

#include "speakerwords.h"

namespace factbench {

namespace {

bool isJoiner(QChar c)
{
    return c == QChar(0x2019) || c == QLatin1Char('\'') || c == QLatin1Char('-')
        || c == QChar(0x2010) || c == QLatin1Char('.');
}

} // namespace

SpeakerResolver::SpeakerResolver(QStringView text, const QList<Attribution> &attributions)
    : m_text(text)
{
    for (const Attribution &attribution : attributions) {
        if (attribution.kind == Attribution::Kind::Person && !attribution.phrase.contains(u' ')) {
            m_lastNames.insert(attribution.phrase);
        } else if (attribution.kind == Attribution::Kind::Role) {
            m_needTitles = true;
        }
    }
    if (!m_lastNames.isEmpty() || m_needTitles) {
        scanMentions();
    }
}

// One pass over the text collecting runs of capitalised words ("Ukrainian President Volodymyr
// Zelensky"): only those ending in a name the article quotes, or carrying a title when some
// quote names its speaker by title alone, are kept.
void SpeakerResolver::scanMentions()
{
    QList<QStringView> run;
    QList<QStringView> before;
    qsizetype runStart = 0;
    bool gapIsSpace = true;
    auto flush = [&]() {
        while (!run.isEmpty() && !SpeakerWords::isCapitalised(run.last())) {
            run.removeLast(); // a connector ("of") that no capitalised word followed
        }
        if (!run.isEmpty()) {
            addMention(run, runStart, before);
            before.append(run); // "US president Donald Trump": "US" titles the next run
            while (before.size() > 3) {
                before.removeFirst();
            }
        }
        run.clear();
    };
    const qsizetype size = m_text.size();
    qsizetype i = 0;
    while (i < size) {
        const QChar c = m_text[i];
        if (!c.isLetterOrNumber()) {
            gapIsSpace = gapIsSpace && c.isSpace() && c != QLatin1Char('\n');
            ++i;
            continue;
        }
        qsizetype j = i + 1;
        while (j < size
            && (m_text[j].isLetterOrNumber() || m_text[j].isMark()
                || (isJoiner(m_text[j]) && j + 1 < size && m_text[j + 1].isLetterOrNumber()))) {
            ++j;
        }
        const QStringView word = m_text.mid(i, j - i);
        if (j < size && m_text[j] == QLatin1Char('.') && SpeakerWords::isAbbreviation(word)) {
            ++j; // "Mr." does not end the run
        }
        if (!gapIsSpace) {
            flush();
            before.clear();
        }
        if (SpeakerWords::isCapitalised(word)) {
            if (run.isEmpty()) {
                runStart = i;
            }
            run.append(word);
        } else if (!run.isEmpty() && SpeakerWords::isNameConnector(word)) {
            run.append(word);
        } else {
            flush();
            before.append(word);
            if (before.size() > 3) {
                before.removeFirst();
            }
        }
        gapIsSpace = true;
        i = j;
    }
    flush();
}

void SpeakerResolver::addMention(
    const QList<QStringView> &run, qsizetype position, const QList<QStringView> &before)
{
    const QString last = SpeakerWords::withoutPossessive(run.last()).toString();
    const bool wanted = m_lastNames.contains(last);
    if (!wanted && !m_needTitles) {
        return;
    }
    const QString name = SpeakerPhrase::personName(run);
    if (name.isEmpty() || SpeakerWords::isInstitutionName(name)) {
        return;
    }
    const qsizetype nameWords = name.count(u' ') + 1;
    if (wanted && nameWords >= 2) {
        m_fullNames[last].append({position, name, {}});
    }
    if (m_needTitles) {
        QStringList titles;
        bool titled = false;
        for (QStringView word : before) {
            titles.append(word.toString().toLower());
            titled = titled || SpeakerWords::isTitle(word);
        }
        for (qsizetype k = 0; k + nameWords < run.size(); ++k) {
            titles.append(run[k].toString().toLower());
            titled = titled || SpeakerWords::isTitle(run[k]);
        }
        if (titled) {
            m_titled.append({position, name, titles});
        }
    }
}

QString SpeakerResolver::fullName(const QString &name, qsizetype position) const
{
    const auto found = m_fullNames.constFind(name);
    if (found == m_fullNames.constEnd()) {
        return name;
    }
    // The spelling the article uses most before this point; failing that, the first one after.
    QHash<QString, int> counts;
    QString best;
    for (const Mention &mention : *found) {
        if (mention.position >= position) {
            if (best.isEmpty()) {
                best = mention.name;
            }
            break;
        }
        const int count = ++counts[mention.name];
        if (count >= counts.value(best)) {
            best = mention.name;
        }
    }
    return best.isEmpty() ? name : best;
}

QString SpeakerResolver::roleHolder(const QString &role, qsizetype position) const
{
    QStringList words;
    for (const QString &word : role.split(u' ', Qt::SkipEmptyParts)) {
        if (!SpeakerWords::isDeterminer(word)) {
            words.append(word);
        }
    }
    for (qsizetype i = m_titled.size() - 1; i >= 0; --i) {
        const Mention &mention = m_titled[i];
        if (mention.position >= position) {
            continue;
        }
        bool all = true;
        for (const QString &word : words) {
            all = all && mention.titles.contains(word);
        }
        if (all) {
            return mention.name;
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
