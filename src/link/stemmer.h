#pragma once

#include <QHash>
#include <QString>
#include <QStringView>

struct sb_stemmer;

namespace factbench {

/// English Snowball stems ("launched" -> "launch", "injuries" -> "injuri") from Debian's
/// libstemmer, lower-cased and cached: a run of articles repeats a few thousand words.
/// Not thread-safe; give each thread its own.
class Stemmer
{
public:
    Stemmer();
    ~Stemmer();
    Stemmer(const Stemmer &) = delete;
    Stemmer &operator=(const Stemmer &) = delete;

    QString stem(QStringView word);

private:
    QString computeStem(QStringView word);

    sb_stemmer *m_stemmer;
    QHash<QString, QString> m_cache;
    /// The stems of words as written ("Drones", "drones"), looked up by view.
    QHash<QString, QString> m_asWritten;
};

} // namespace factbench
