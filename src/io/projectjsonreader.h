#pragma once

#include "review/projectdata.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>

#include <memory>

namespace factbench {

class TextOffsets;

/// Turns the JSON of a current-version project file into ProjectData, checking every value on
/// the way; stops at the first problem and says what it is (ProjectReader adds the file name).
class ProjectJsonReader
{
public:
    /// Names a row in messages ("claim c12"); put into words only when something is wrong, so
    /// reading 50,000 sound claims translates nothing.
    struct RowName
    {
        const char *pattern;
        QString id;
        QString text() const;
    };

    /// At most this many rows of each table: far beyond any review, short of exhausting memory.
    static constexpr qsizetype maximumRows = 5'000'000;

    explicit ProjectJsonReader(const QString &baseDirectory);

    bool read(const QJsonObject &root, ProjectData *data);
    QString error() const { return m_error; }

private:
    bool fail(const QString &problem);
    bool readArticle(const QJsonObject &json, ProjectArticle *article);
    /// The claims facts may hold, or those the editor deleted.
    enum class ClaimList { Live, Dismissed };
    bool readClaim(const QJsonObject &json, ClaimList list, Claim *claim);
    bool readFigure(const QJsonObject &json, const RowName &where, Figure *figure);
    bool readCorrection(const QJsonObject &json, const RowName &where, ClaimCorrection *correction);
    bool readFact(const QJsonObject &json, ProjectFact *fact);
    bool readLogEntry(const QJsonObject &json, ReviewLogEntry *entry);
    bool readId(const QJsonObject &json, const char *what, QSet<QString> *seen, QString *id);
    /// A code point offset into an article's text, as a UTF-16 index.
    bool readOffset(const QJsonValue &value, const RowName &where, const TextOffsets &offsets,
        qsizetype codePoints, qsizetype *index);
    bool readString(const QJsonObject &json, QLatin1StringView key, const RowName &where,
        QString *out, bool required = false);
    /// An optional true or false (absent is false); anything else is an error.
    bool readFlag(const QJsonObject &json, QLatin1StringView key, const RowName &where, bool *out);

    QString m_baseDirectory;
    QString m_error;
    QSet<QString> m_articleIds;
    QSet<QString> m_claimIds;
    QSet<QString> m_factIds;
    QHash<QString, const ProjectArticle *> m_articles;
    /// Per article id: its text's offsets and length in code points, made once per article.
    QHash<QString, std::shared_ptr<const TextOffsets>> m_offsets;
    QHash<QString, ClaimKind> m_claimKinds;
    QHash<QString, QString> m_factOfClaim;
};

} // namespace factbench
