#include "project.h"

#include "analysiscommand.h"
#include "articlecommands.h"
#include "claimcommands.h"
#include "factcommands.h"
#include "io/projectreader.h"
#include "io/projectwriter.h"

#include <QDateTime>
#include <QFileInfo>
#include <QLockFile> // complete type for the unique_ptr member
#include <QSettings>
#include <QUndoStack>

#include <algorithm>

namespace factbench {

namespace {

int idNumber(const QString &id, QChar prefix)
{
    return id.startsWith(prefix) ? QStringView(id).mid(1).toInt() : 0;
}

template<typename T>
int largestNumber(const QList<T> &rows, QChar prefix)
{
    int largest = 0;
    for (const T &row : rows) {
        largest = std::max(largest, idNumber(row.id, prefix));
    }
    return largest;
}

} // namespace

Project::Project(QObject *parent)
    : QObject(parent)
    , m_undoStack(new QUndoStack(this))
{
    m_editorName = QSettings().value(QStringLiteral("review/editorName")).toString();
    if (m_editorName.isEmpty()) {
        m_editorName = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    }
}

Project::~Project() = default;

QDateTime Project::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

const ProjectArticle *Project::article(const QString &id) const
{
    const qsizetype row = m_index.rowOf(ProjectTable::Articles, id);
    return row < 0 ? nullptr : &m_data.articles.at(row);
}

const Claim *Project::claim(const QString &id) const
{
    const qsizetype row = m_index.rowOf(ProjectTable::Claims, id);
    return row < 0 ? nullptr : &m_data.claims.at(row);
}

const ProjectFact *Project::fact(const QString &id) const
{
    const qsizetype row = m_index.rowOf(ProjectTable::Facts, id);
    return row < 0 ? nullptr : &m_data.facts.at(row);
}

qsizetype Project::rowOf(ProjectTable table, const QString &id) const
{
    return m_index.rowOf(table, id);
}

QString Project::factOfClaim(const QString &claimId) const
{
    return m_index.factOfClaim(claimId);
}

bool Project::isModified() const
{
    return !m_undoStack->isClean();
}

qsizetype Project::rowCount(ProjectTable table) const
{
    switch (table) {
    case ProjectTable::Articles:
        return m_data.articles.size();
    case ProjectTable::Claims:
        return m_data.claims.size();
    case ProjectTable::Facts:
        return m_data.facts.size();
    case ProjectTable::Dismissed:
        return m_data.dismissed.size();
    case ProjectTable::Log:
        break;
    }
    return m_data.log.size();
}

void Project::insertRow(ProjectTable table, qsizetype row, const Row &value)
{
    Q_EMIT rowsAboutToBeInserted(table, int(row), int(row));
    switch (table) {
    case ProjectTable::Articles:
        m_data.articles.insert(row, std::get<ProjectArticle>(value));
        m_issuedIds[table] = std::max(
            m_issuedIds.value(table), idNumber(m_data.articles.at(row).id, QLatin1Char('a')));
        break;
    case ProjectTable::Claims:
        m_data.claims.insert(row, std::get<Claim>(value));
        m_issuedIds[table] = std::max(
            m_issuedIds.value(table), idNumber(m_data.claims.at(row).id, QLatin1Char('c')));
        break;
    case ProjectTable::Facts:
        m_data.facts.insert(row, std::get<ProjectFact>(value));
        m_issuedIds[table] = std::max(
            m_issuedIds.value(table), idNumber(m_data.facts.at(row).id, QLatin1Char('f')));
        break;
    case ProjectTable::Log:
        m_data.log.insert(row, std::get<ReviewLogEntry>(value));
        break;
    case ProjectTable::Dismissed:
        m_data.dismissed.insert(row, std::get<Claim>(value));
        break;
    }
    m_index.rowInserted(m_data, table, row);
    Q_EMIT rowsInserted(table);
}

Project::Row Project::takeRow(ProjectTable table, qsizetype row)
{
    Q_EMIT rowsAboutToBeRemoved(table, int(row), int(row));
    Row taken;
    QString id;
    QStringList members;
    switch (table) {
    case ProjectTable::Articles:
        id = std::get<ProjectArticle>(taken = m_data.articles.takeAt(row)).id;
        break;
    case ProjectTable::Claims:
        id = std::get<Claim>(taken = m_data.claims.takeAt(row)).id;
        break;
    case ProjectTable::Facts: {
        const ProjectFact &fact = std::get<ProjectFact>(taken = m_data.facts.takeAt(row));
        id = fact.id;
        members = fact.members;
        break;
    }
    case ProjectTable::Log:
        taken = m_data.log.takeAt(row);
        break;
    case ProjectTable::Dismissed:
        id = std::get<Claim>(taken = m_data.dismissed.takeAt(row)).id;
        break;
    }
    m_index.rowRemoved(m_data, table, row, id, members);
    Q_EMIT rowsRemoved(table);
    return taken;
}

Project::Row Project::replaceRow(ProjectTable table, qsizetype row, const Row &value)
{
    // A replaced row keeps its id (commands find rows by id): only a fact's members move.
    Row old;
    switch (table) {
    case ProjectTable::Articles:
        old = std::exchange(m_data.articles[row], std::get<ProjectArticle>(value));
        break;
    case ProjectTable::Claims:
        old = std::exchange(m_data.claims[row], std::get<Claim>(value));
        break;
    case ProjectTable::Facts:
        old = std::exchange(m_data.facts[row], std::get<ProjectFact>(value));
        m_index.factMembersChanged(m_data.facts.at(row), std::get<ProjectFact>(old).members);
        break;
    case ProjectTable::Log:
        old = std::exchange(m_data.log[row], std::get<ReviewLogEntry>(value));
        break;
    case ProjectTable::Dismissed:
        old = std::exchange(m_data.dismissed[row], std::get<Claim>(value));
        break;
    }
    Q_EMIT rowChanged(table, int(row));
    return old;
}

int Project::nextIdNumber(ProjectTable table) const
{
    // Ids issued in this session count even when their rows were removed since: the undo
    // history and the review log still name them.
    const int issued = m_issuedIds.value(table);
    switch (table) {
    case ProjectTable::Articles:
        return std::max(issued, largestNumber(m_data.articles, QLatin1Char('a'))) + 1;
    case ProjectTable::Claims:
    case ProjectTable::Dismissed: // One series: a dismissed claim keeps its id.
        return std::max({issued, largestNumber(m_data.claims, QLatin1Char('c')),
                   largestNumber(m_data.dismissed, QLatin1Char('c'))})
            + 1;
    case ProjectTable::Facts: {
        // The log names facts of earlier sessions too.
        int logged = 0;
        for (const ReviewLogEntry &entry : m_data.log) {
            logged = std::max(logged, idNumber(entry.factId, QLatin1Char('f')));
        }
        return std::max({issued, logged, largestNumber(m_data.facts, QLatin1Char('f'))}) + 1;
    }
    case ProjectTable::Log:
        break;
    }
    return int(m_data.log.size()) + 1;
}

void Project::push(ProjectCommand *command)
{
    m_undoStack->push(command);
}

namespace {

/// An article with its source made absolute: kept absolute in memory, written relative to the
/// project file. Resource paths (":/...") stay as they are.
Article withAbsoluteSource(Article article)
{
    if (!article.source.isEmpty() && !article.source.startsWith(QLatin1Char(':'))) {
        article.source = QFileInfo(article.source).absoluteFilePath();
    }
    return article;
}

/// The articles a project can take, their sources made absolute.
QList<Article> addable(const QList<Article> &articles)
{
    QList<Article> added;
    for (const Article &article : articles) {
        if (article.isValid()) {
            added.append(withAbsoluteSource(article));
        }
    }
    return added;
}

} // namespace

QStringList Project::addArticles(const QList<Article> &articles)
{
    const QList<Article> added = addable(articles);
    if (added.isEmpty()) {
        return {};
    }
    auto *command = new AddArticlesCommand(this, added);
    const QStringList ids = command->articleIds();
    push(command);
    return ids;
}

QStringList Project::addArticles(const QList<Article> &articles, const Analysis &analysis)
{
    const QList<Article> added = addable(articles);
    if (added.isEmpty()) {
        return {};
    }
    QList<Article> all;
    for (const ProjectArticle &article : std::as_const(m_data.articles)) {
        all.append(article.article);
    }
    all.append(added);
    const bool usable = analysis.isOf(all);
    const QList<Extraction> extractions
        = usable ? analysis.extractions.mid(m_data.articles.size()) : QList<Extraction>();
    auto *command = new AddArticlesCommand(this, added, usable ? &extractions : nullptr);
    const QStringList ids = command->articleIds();
    m_undoStack->beginMacro(command->text());
    push(command);
    push(new RerunAnalysisCommand(this, &analysis));
    m_undoStack->endMacro();
    return ids;
}

bool Project::moveArticle(const QString &articleId, qsizetype row)
{
    const qsizetype from = rowOf(ProjectTable::Articles, articleId);
    if (from < 0 || row < 0 || row >= m_data.articles.size()) {
        return false;
    }
    if (row != from) {
        push(new MoveArticleCommand(this, articleId, row));
    }
    return true;
}

QString Project::addArticle(const Article &article)
{
    return addArticles({article}).value(0);
}

bool Project::removeArticle(const QString &articleId)
{
    if (!article(articleId)) {
        return false;
    }
    push(new RemoveArticleCommand(this, articleId));
    return true;
}

bool Project::reimportArticle(const QString &articleId, const Article &newArticle)
{
    if (!article(articleId) || !newArticle.isValid()) {
        return false;
    }
    push(new ReimportArticleCommand(this, articleId, withAbsoluteSource(newArticle)));
    return true;
}

QString Project::addClaim(const QString &articleId, const TextRange &range, ClaimKind kind)
{
    const ProjectArticle *target = article(articleId);
    if (!target || range.start < 0 || range.end <= range.start
        || range.end > target->article.text.size()) {
        return {};
    }
    auto *command = new AddClaimCommand(this, articleId, range, kind);
    const QString id = command->claimId();
    push(command);
    return id;
}

bool Project::correctClaim(const QString &claimId, const ClaimCorrection &correction)
{
    const Claim *target = claim(claimId);
    if (!target) {
        return false;
    }
    if (target->correction != correction) {
        push(new CorrectClaimCommand(this, claimId, correction));
    }
    return true;
}

bool Project::deleteClaim(const QString &claimId)
{
    if (!claim(claimId)) {
        return false;
    }
    push(new DeleteClaimCommand(this, claimId));
    return true;
}

bool Project::moveClaim(const QString &claimId, const QString &factId)
{
    const Claim *moved = claim(claimId);
    const ProjectFact *target = factId.isEmpty() ? nullptr : fact(factId);
    if (!moved || (!factId.isEmpty() && !target)) {
        return false;
    }
    if (target && (target->kind == FactKind::Figure) != (moved->kind == ClaimKind::Figure)) {
        return false; // A fact groups figures or quotes, never both.
    }
    if (factOfClaim(claimId) != factId) {
        push(new MoveClaimCommand(this, claimId, factId));
    }
    return true;
}

QString Project::splitFact(const QString &factId, const QStringList &claimIds)
{
    const ProjectFact *original = fact(factId);
    if (!original || claimIds.isEmpty()) {
        return {};
    }
    for (const QString &claimId : claimIds) {
        if (!original->members.contains(claimId)) {
            return {};
        }
    }
    if (QSet<QString>(claimIds.cbegin(), claimIds.cend()).size() >= original->members.size()) {
        return {}; // Splitting off every member would leave nothing behind.
    }
    auto *command = new SplitFactCommand(this, factId, claimIds);
    const QString id = command->newFactId();
    push(command);
    return id;
}

bool Project::mergeFacts(const QString &factId, const QStringList &otherIds)
{
    const ProjectFact *target = fact(factId);
    if (!target || otherIds.isEmpty() || otherIds.contains(factId)
        || QStringList(otherIds).removeDuplicates() != 0) {
        return false;
    }
    for (const QString &otherId : otherIds) {
        const ProjectFact *other = fact(otherId);
        if (!other || other->kind != target->kind) {
            return false;
        }
    }
    push(new MergeFactsCommand(this, factId, otherIds));
    return true;
}

QString Project::createFact(const QStringList &claimIds, const QString &label)
{
    if (claimIds.isEmpty() || QStringList(claimIds).removeDuplicates() != 0) {
        return {};
    }
    const Claim *first = claim(claimIds.first());
    for (const QString &claimId : claimIds) {
        const Claim *member = claim(claimId);
        if (!member || member->kind != first->kind) {
            return {};
        }
    }
    auto *command = new CreateFactCommand(this, claimIds, label);
    const QString id = command->factId();
    push(command);
    return id;
}

bool Project::setFactStatus(const QString &factId, FactStatus status)
{
    const ProjectFact *target = fact(factId);
    if (!target) {
        return false;
    }
    if (target->status != status) {
        push(new SetFactStatusCommand(this, factId, status));
    }
    return true;
}

qsizetype Project::reviewedFactCount() const
{
    return std::count_if(m_data.facts.cbegin(), m_data.facts.cend(),
        [](const ProjectFact &fact) { return fact.status != FactStatus::Proposed; });
}

bool Project::confirmFact(const QString &factId)
{
    return setFactStatus(factId, FactStatus::Confirmed);
}

bool Project::rejectFact(const QString &factId)
{
    return setFactStatus(factId, FactStatus::Rejected);
}

bool Project::markFactDisputed(const QString &factId)
{
    return setFactStatus(factId, FactStatus::Disputed);
}

bool Project::reopenFact(const QString &factId)
{
    return setFactStatus(factId, FactStatus::Proposed);
}

bool Project::setFactText(const QString &factId, FactText field, const QString &text)
{
    const ProjectFact *target = fact(factId);
    if (!target) {
        return false;
    }
    if (target->text(field) != text) {
        push(new SetFactTextCommand(this, factId, field, text));
    }
    return true;
}

bool Project::setVerifiedValue(const QString &factId, const QString &value)
{
    return setFactText(factId, FactText::VerifiedValue, value);
}

bool Project::setVerdict(const QString &factId, const QString &verdict)
{
    return setFactText(factId, FactText::Verdict, verdict);
}

bool Project::editNote(const QString &factId, const QString &note)
{
    return setFactText(factId, FactText::Note, note);
}

bool Project::renameFact(const QString &factId, const QString &label)
{
    return setFactText(factId, FactText::Label, label);
}

void Project::rerunAnalysis()
{
    push(new RerunAnalysisCommand(this));
}

void Project::rerunAnalysis(const Analysis &analysis)
{
    push(new RerunAnalysisCommand(this, &analysis));
}

} // namespace factbench
