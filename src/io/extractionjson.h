#pragma once

#include "article/article.h"
#include "extract/claims.h"
#include "link/fact.h"

#include <QJsonArray>
#include <QJsonObject>

namespace factbench {

/// The JSON of `factbench-cli extract` (shared/docs/CLI-CONTRACT.md): offsets in code points.
class ExtractionJson
{
public:
    static QJsonObject article(const Article &article, const Extraction &extraction);
    /// {"articles": [...]} for a run of articles and their extractions (same length).
    static QJsonObject run(const QList<Article> &articles, const QList<Extraction> &extractions);
    /// One fact of `factbench-cli link`: id, kind, label, members, divergent, values, reason.
    static QJsonObject fact(const Fact &fact);
    /// run() with the "facts" list of `factbench-cli link`.
    static QJsonObject linkedRun(const QList<Article> &articles,
        const QList<Extraction> &extractions, const QList<Fact> &facts);
};

} // namespace factbench
