#include "gluedwords.h"

#include <QDir>
#include <QHash>
#include <QLoggingCategory>
#include <QMutex>
#include <QStandardPaths>

#include <hunspell/hunspell.hxx>

#include <algorithm>
#include <memory>
#include <vector>

Q_LOGGING_CATEGORY(lcGluedWords, "factbench.extract.gluedwords", QtWarningMsg)

namespace factbench {

namespace {

/// The English dictionaries and the answers given so far. Hunspell is not thread-safe, so
/// every use holds the mutex; the extractor asks only about a few words of each figure.
class Dictionaries
{
public:
    static Dictionaries &instance()
    {
        static Dictionaries dictionaries;
        return dictionaries;
    }

    qsizetype splitPoint(QStringView lowerWord)
    {
        QMutexLocker locker(&m_mutex);
        if (m_spellers.empty()) {
            return 0;
        }
        const auto known = m_splits.constFind(lowerWord);
        if (known != m_splits.cend()) {
            return *known;
        }
        const qsizetype point = computeSplitPoint(lowerWord);
        m_splits.insert(lowerWord.toString(), point);
        return point;
    }

    bool available() const { return !m_spellers.empty(); }

private:
    Dictionaries()
    {
        const QStringList folders = QStandardPaths::locateAll(QStandardPaths::GenericDataLocation,
            QStringLiteral("hunspell"), QStandardPaths::LocateDirectory);
        for (const char *language : {"en_US", "en_GB"}) {
            for (const QString &folder : folders) {
                const QDir dir(folder);
                const QString aff = dir.filePath(QLatin1String(language) + QLatin1String(".aff"));
                const QString dic = dir.filePath(QLatin1String(language) + QLatin1String(".dic"));
                if (QFile::exists(aff) && QFile::exists(dic)) {
                    m_spellers.push_back(std::make_unique<Hunspell>(
                        QFile::encodeName(aff).constData(), QFile::encodeName(dic).constData()));
                    break;
                }
            }
        }
        if (m_spellers.empty()) {
            qCInfo(lcGluedWords) << "no English Hunspell dictionary in" << folders
                                 << "; glued words are not split";
        }
    }

    bool isWord(const std::string &word)
    {
        for (const std::unique_ptr<Hunspell> &speller : m_spellers) {
            if (speller->spell(word)) {
                return true;
            }
        }
        return false;
    }

    qsizetype computeSplitPoint(QStringView word)
    {
        // Only plain lower-case words: a name, a number or an abbreviation is not glued prose.
        if (word.size() < GluedWords::ShortestGlued
            || !std::all_of(
                word.cbegin(), word.cend(), [](QChar c) { return c >= u'a' && c <= u'z'; })) {
            return 0;
        }
        // ASCII, which the dictionaries' UTF-8 reads alike: one byte a letter.
        const std::string letters = word.toLatin1().toStdString();
        if (isWord(letters)) {
            return 0;
        }
        for (qsizetype point = word.size() - GluedWords::ShortestPart;
             point >= GluedWords::ShortestPart; --point) {
            if (isWord(letters.substr(point)) && isWord(letters.substr(0, point))) {
                return point;
            }
        }
        return 0;
    }

    QMutex m_mutex;
    std::vector<std::unique_ptr<Hunspell>> m_spellers;
    QHash<QString, qsizetype> m_splits;
};

} // namespace

qsizetype GluedWords::splitPoint(QStringView lowerWord)
{
    return Dictionaries::instance().splitPoint(lowerWord);
}

bool GluedWords::available()
{
    return Dictionaries::instance().available();
}

} // namespace factbench
