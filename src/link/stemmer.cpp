#include "stemmer.h"

#include <libstemmer.h>

namespace factbench {

Stemmer::Stemmer()
    : m_stemmer(sb_stemmer_new("english", "UTF_8"))
{ }

Stemmer::~Stemmer()
{
    sb_stemmer_delete(m_stemmer);
}

QString Stemmer::stem(QStringView word)
{
    // Most words come again as written: found without building a string.
    const auto known = m_asWritten.constFind(word);
    if (known != m_asWritten.cend()) {
        return *known;
    }
    const QString result = computeStem(word);
    m_asWritten.insert(word.toString(), result);
    return result;
}

QString Stemmer::computeStem(QStringView word)
{
    QString lower = word.toString().toLower();
    // Typographic apostrophes spell the same word as the straight one the stemmer knows.
    lower.replace(QChar(0x2019), QLatin1Char('\''));
    const auto cached = m_cache.constFind(lower);
    if (cached != m_cache.cend()) {
        return *cached;
    }
    const QByteArray utf8 = lower.toUtf8();
    const sb_symbol *stemmed = sb_stemmer_stem(
        m_stemmer, reinterpret_cast<const sb_symbol *>(utf8.constData()), int(utf8.size()));
    QString result = stemmed
        ? QString::fromUtf8(reinterpret_cast<const char *>(stemmed), sb_stemmer_length(m_stemmer))
        : lower;
    m_cache.insert(lower, result);
    return result;
}

} // namespace factbench
