#include "factsheetbuilder.h"

#include "divergencesummary.h"
#include "reporttext.h"
#include "sourcepassage.h"

#include <QCryptographicHash>

namespace factbench {

namespace {

/// Confirmed facts first, then disputed, proposed and rejected: the order an editor reads.
int statusRank(FactStatus status)
{
    switch (status) {
    case FactStatus::Confirmed:
        return 0;
    case FactStatus::Disputed:
        return 1;
    case FactStatus::Proposed:
        return 2;
    case FactStatus::Rejected:
        return 3;
    }
    return 4;
}

FactSheetSource makeSource(const Claim &claim, qsizetype articleIndex,
    const FactSheetArticle &article, const TextOffsets &offsets)
{
    FactSheetSource source;
    source.claimId = claim.id;
    source.article = articleIndex;
    source.stated = claim.text;
    source.corrected = !claim.correction.isEmpty();
    if (claim.kind == ClaimKind::Figure) {
        source.value = ReportText::figureValue(claim);
        source.attribution = claim.figure.attribution;
    } else {
        // The comma that ends a quote before "he said" belongs to the sentence, not the words.
        source.value = claim.text.trimmed();
        while (!source.value.isEmpty() && QStringLiteral(",;:").contains(source.value.back())) {
            source.value.chop(1);
        }
        source.attribution = claim.speaker();
    }
    if (claim.orphaned) {
        // Its words are no longer in the article: nothing to point at but the words.
        source.start = source.end = -1;
        source.exact = claim.text;
        return source;
    }
    const SourcePassage passage(article.text, offsets, claim.range);
    source.passage = passage.passage();
    source.passageLink = passage.link(article.url);
    source.start = passage.start();
    source.end = passage.end();
    source.exact = passage.exact();
    source.prefix = passage.prefix();
    source.suffix = passage.suffix();
    return source;
}

} // namespace

bool FactSheetBuilder::isInScope(FactStatus status, FactSheetScope scope)
{
    switch (scope) {
    case FactSheetScope::Confirmed:
        return status == FactStatus::Confirmed;
    case FactSheetScope::Disputed:
        return status == FactStatus::Confirmed || status == FactStatus::Disputed;
    case FactSheetScope::All:
        return true;
    }
    return false;
}

FactSheet FactSheetBuilder::build(const ProjectData &data, FactSheetScope scope)
{
    FactSheet sheet;
    sheet.scope = scope;

    QHash<QString, qsizetype> articleIndex;
    QList<TextOffsets> offsets;
    QCryptographicHash key(QCryptographicHash::Sha256);
    for (const ProjectArticle &projectArticle : data.articles) {
        const Article &article = projectArticle.article;
        articleIndex.insert(projectArticle.id, sheet.articles.size());
        FactSheetArticle cited;
        cited.id = projectArticle.id;
        cited.outlet = article.outlet;
        cited.title = article.title;
        cited.published = article.publishedIso();
        cited.url = article.url;
        cited.byline = article.byline;
        cited.source = article.source;
        cited.sha256 = projectArticle.sha256;
        cited.text = article.text;
        sheet.articles.append(cited);
        offsets.append(TextOffsets(article.text));
        key.addData(projectArticle.sha256.toLatin1());
    }
    sheet.reviewKey = QString::fromLatin1(key.result().toHex());

    QHash<QString, const ReviewLogEntry *> lastDecision;
    for (const ReviewLogEntry &entry : data.log) {
        if (!entry.factId.isEmpty()) {
            lastDecision.insert(entry.factId, &entry);
        }
    }
    QHash<QString, const Claim *> claims;
    for (const Claim &claim : data.claims) {
        claims.insert(claim.id, &claim);
    }

    for (const ProjectFact &fact : data.facts) {
        if (!isInScope(fact.status, scope)) {
            continue;
        }
        FactSheetEntry entry;
        entry.factId = fact.id;
        entry.kind = fact.kind;
        entry.label = fact.label;
        entry.status = fact.status;
        entry.verifiedValue = fact.verifiedValue;
        entry.verdict = fact.verdict;
        entry.note = fact.note;
        entry.agreement = fact.agreement;
        entry.linkerReason = fact.reason;
        if (const ReviewLogEntry *decision = lastDecision.value(fact.id)) {
            entry.editor = decision->editor;
            entry.decided = decision->time;
        }
        for (const QString &member : fact.members) {
            const Claim *claim = claims.value(member);
            const qsizetype index = claim ? articleIndex.value(claim->articleId, -1) : -1;
            if (index < 0) {
                continue; // The reader refuses dangling ids; a hand-made ProjectData may not.
            }
            entry.sources.append(
                makeSource(*claim, index, sheet.articles.at(index), offsets.at(index)));
        }
        // The articles' order, and inside one article the order of the text.
        std::stable_sort(entry.sources.begin(), entry.sources.end(),
            [](const FactSheetSource &a, const FactSheetSource &b) {
                return std::pair(a.article, a.start) < std::pair(b.article, b.start);
            });
        entry.divergent = DivergenceSummary::isDivergent(entry);
        entry.resolution = DivergenceSummary::describe(sheet, entry);
        sheet.entries.append(entry);
    }
    std::stable_sort(sheet.entries.begin(), sheet.entries.end(),
        [](const FactSheetEntry &a, const FactSheetEntry &b) {
            return statusRank(a.status) < statusRank(b.status);
        });

    for (const FactSheetEntry &entry : sheet.entries) {
        if (!entry.editor.isEmpty() && !sheet.editors.contains(entry.editor)) {
            sheet.editors.append(entry.editor);
        }
        if (entry.decided.isValid()
            && (!sheet.lastDecision.isValid() || entry.decided > sheet.lastDecision)) {
            sheet.lastDecision = entry.decided;
        }
    }
    return sheet;
}

} // namespace factbench
