#pragma once

#include "projectdata.h"
#include "projectindex.h"

#include <QHash>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <variant>

class QLockFile;
class QUndoStack;

namespace factbench {

class ProjectCommand;
struct Analysis;

/// The outcome of a save or a load: empty `message` on success, else one sentence for the user.
struct ProjectResult
{
    QString message;
    /// The file is locked by another editor (or cannot be locked): it may still be opened
    /// read-only.
    bool lockedElsewhere = false;
    bool ok() const { return message.isEmpty(); }
};

/// The review document: articles, claims, facts and the review log, one undo stack, and the
/// file they live in. Every change an editor can make is a verb here that pushes one
/// QUndoCommand; nothing else mutates the data, so everything is undoable and testable
/// without a display.
class Project : public QObject
{
    Q_OBJECT
public:
    /// One row of any table, as the commands move them around.
    using Row = std::variant<ProjectArticle, Claim, ProjectFact, ReviewLogEntry>;
    enum class OpenMode { ReadWrite, ReadOnly };

    explicit Project(QObject *parent = nullptr);
    ~Project() override;

    const ProjectData &data() const { return m_data; }
    const QList<ProjectArticle> &articles() const { return m_data.articles; }
    const QList<Claim> &claims() const { return m_data.claims; }
    const QList<ProjectFact> &facts() const { return m_data.facts; }
    const QList<ReviewLogEntry> &log() const { return m_data.log; }
    /// Claims the editor deleted; extraction does not propose them again.
    const QList<Claim> &dismissedClaims() const { return m_data.dismissed; }
    const ProjectArticle *article(const QString &id) const;
    const Claim *claim(const QString &id) const;
    const ProjectFact *fact(const QString &id) const;
    /// How many facts have a decision (confirmed, rejected or disputed): the review's progress.
    qsizetype reviewedFactCount() const;
    /// The row of an id in its table, or -1.
    qsizetype rowOf(ProjectTable table, const QString &id) const;
    qsizetype rowCount(ProjectTable table) const;
    /// The fact a claim belongs to, or an empty string.
    QString factOfClaim(const QString &claimId) const;

    QUndoStack *undoStack() const { return m_undoStack; }
    bool isModified() const;
    bool isReadOnly() const { return m_readOnly; }
    /// Absolute path of the project file; empty for a project never saved.
    QString fileName() const { return m_fileName; }

    /// Who the review log names: the `review/editorName` setting, else the login name.
    QString editorName() const { return m_editorName; }
    void setEditorName(const QString &name) { m_editorName = name; }

    /// What the review log takes as "now": the UTC clock, unless a fixed clock was set (the
    /// scripted sample and tests need the same times on every run).
    using Clock = std::function<QDateTime()>;
    QDateTime now() const;
    /// Replaces the clock; an empty one restores the system clock.
    void setClock(Clock clock) { m_clock = std::move(clock); }

    // The verbs. Each pushes one undo step and returns false (or an empty id) when its
    // arguments name nothing in the project, without touching the undo stack.
    QStringList addArticles(const QList<Article> &articles);
    /// Adds articles and proposes facts over the whole project in one undo step, using
    /// `analysis` (of the project's articles followed by these) where it still applies.
    QStringList addArticles(const QList<Article> &articles, const Analysis &analysis);
    QString addArticle(const Article &article);
    bool removeArticle(const QString &articleId);
    /// Moves an article to another place in the project's order (the order of the panes).
    bool moveArticle(const QString &articleId, qsizetype row);
    /// Replaces an article's text and metadata with a newer import of it; claims are placed
    /// again by their text and context, and those that cannot be placed are kept, orphaned.
    bool reimportArticle(const QString &articleId, const Article &article);
    QString addClaim(const QString &articleId, const TextRange &range, ClaimKind kind);
    bool correctClaim(const QString &claimId, const ClaimCorrection &correction);
    bool deleteClaim(const QString &claimId);
    /// Moves a claim into a fact, or out of any fact when `factId` is empty.
    bool moveClaim(const QString &claimId, const QString &factId);
    /// Moves `claimIds` out of a fact into a new one; returns the new fact's id.
    QString splitFact(const QString &factId, const QStringList &claimIds);
    /// Moves every member of `otherIds` into `factId` and removes the emptied facts.
    bool mergeFacts(const QString &factId, const QStringList &otherIds);
    QString createFact(const QStringList &claimIds, const QString &label);
    bool confirmFact(const QString &factId);
    bool rejectFact(const QString &factId);
    bool markFactDisputed(const QString &factId);
    /// Takes back a decision: the fact is a proposal again, waiting for review.
    bool reopenFact(const QString &factId);
    bool setVerifiedValue(const QString &factId, const QString &value);
    bool setVerdict(const QString &factId, const QString &verdict);
    /// Consecutive edits of one fact's note merge into one undo step, as typing does.
    bool editNote(const QString &factId, const QString &note);
    bool renameFact(const QString &factId, const QString &label);
    /// Extracts and links again: new claims and new proposals arrive; no decision of the editor
    /// (status, membership, correction, label, note, a deleted claim) changes.
    void rerunAnalysis();
    /// The same with an analysis made elsewhere, used where it is of the articles as they are.
    void rerunAnalysis(const Analysis &analysis);

    // The file.
    /// Replaces the whole project with a file's content; on failure nothing changes.
    ProjectResult open(const QString &fileName, OpenMode mode = OpenMode::ReadWrite);
    ProjectResult save();
    ProjectResult saveAs(const QString &fileName);
    /// Loads an autosaved copy in place of the project named `fileName` (may be empty), leaving
    /// it modified so that the next save writes it where it belongs.
    ProjectResult recover(const QString &autosaveFileName, const QString &fileName);
    /// Empties the project and forgets its file.
    void clear();

Q_SIGNALS:
    void rowsAboutToBeInserted(factbench::ProjectTable table, int first, int last);
    void rowsInserted(factbench::ProjectTable table);
    void rowsAboutToBeRemoved(factbench::ProjectTable table, int first, int last);
    void rowsRemoved(factbench::ProjectTable table);
    void rowChanged(factbench::ProjectTable table, int row);
    void aboutToReset();
    void wasReset();
    void fileNameChanged(const QString &fileName);
    /// After a successful save (the undo stack is clean) or a successful autosave.
    void saved(const QString &fileName);

private:
    friend class ProjectCommand;

    // The only mutators; the commands call them.
    void insertRow(ProjectTable table, qsizetype row, const Row &value);
    Row takeRow(ProjectTable table, qsizetype row);
    Row replaceRow(ProjectTable table, qsizetype row, const Row &value);
    /// The next free number for ids of a table ("c" 12 gives "c12").
    int nextIdNumber(ProjectTable table) const;

    void push(ProjectCommand *command);
    bool setFactStatus(const QString &factId, FactStatus status);
    bool setFactText(const QString &factId, FactText field, const QString &text);
    void resetData(ProjectData data, const QString &fileName);
    /// Locks `fileName` for editing (or hands over the lock already held on it).
    ProjectResult takeLock(const QString &fileName, std::unique_ptr<QLockFile> *lock);

    ProjectData m_data;
    ProjectIndex m_index;
    QUndoStack *m_undoStack = nullptr;
    QString m_fileName;
    QString m_editorName;
    Clock m_clock;
    bool m_readOnly = false;
    std::unique_ptr<QLockFile> m_lock;
    /// The largest id number issued per table in this session.
    QHash<ProjectTable, int> m_issuedIds;
};

} // namespace factbench
