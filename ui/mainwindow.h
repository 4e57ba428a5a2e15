#pragma once

#include "review/project.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>

class QLabel;
class QProgressBar;
class QScrollArea;
class QSplitter;
class QTimer;
class QToolButton;

namespace factbench {

class ArticlePane;
class Autosaver;
class BackgroundAnalysis;
class FactInspector;
class FactsTable;
class SourcesPanel;

/// The workbench: the sources of one review, their articles side by side with the claims
/// highlighted, the facts table and the inspector. Every edit goes through the Project's
/// undoable verbs; long work (import, extraction, linking) runs in the background.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    Project *project() const { return m_project; }
    QList<ArticlePane *> panes() const { return m_panes; }
    ArticlePane *pane(const QString &articleId) const;
    FactsTable *factsTable() const { return m_factsTable; }
    FactInspector *inspector() const { return m_inspector; }
    SourcesPanel *sourcesPanel() const { return m_sourcesPanel; }
    BackgroundAnalysis *backgroundAnalysis() const { return m_background; }
    /// An action by its object name ("confirmFact"), for tests and scripts.
    QAction *action(const QString &name) const;

    /// Opens what a command line names: one project, or articles for a new project.
    void openPaths(const QStringList &paths);
    /// Opens a project file, offering read-only when another Factbench holds it and recovery
    /// when a crash left unsaved changes of it; asks about unsaved changes first.
    bool openProject(const QString &fileName);
    /// Replaces the project with the built-in sample (untitled, nothing to save).
    void openSample();
    /// Imports files into the project in the background.
    void addArticleFiles(const QStringList &files);
    /// Offers the unsaved work of untitled projects a crash left behind.
    void offerRecovery();

    /// The KSyntaxHighlighting theme of the panes; empty follows the system's palette.
    QString themeName() const { return m_themeName; }
    void setThemeName(const QString &name);
    /// "12 of 31 facts reviewed"
    QString reviewProgressText() const;

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createDocks();
    void createActions();
    QAction *addAction(QMenu *menu, const QString &name, const QString &text,
        const QList<QKeySequence> &shortcuts, const QString &icon = {});
    void updateRecentMenu();
    void rememberRecent(const QString &fileName);

    // Files.
    bool newProject();
    bool open();
    bool save();
    bool saveAs();
    bool closeProject();
    /// Asks what to do with unsaved changes; false when the editor cancels.
    bool maybeSave();
    void reportFailure(const QString &message);
    /// Offers the newest of these autosaves; true when one was recovered.
    bool offerRecoveryOf(const QString &projectFileName, bool untitled);

    // Articles.
    void addArticles();
    void pasteArticle();
    void removeArticle();
    void moveArticle(int by);
    void rerunAnalysis();
    void startBackground(const QStringList &files, const QList<Article> &pasted);
    void setBusy(bool busy);

    // Review.
    QString currentFactId() const;
    void setCurrentFactStatus(FactStatus status);
    void selectNextUnreviewed(bool backwards);
    void mergeSelectedFacts();
    void markSelection(ClaimKind kind);
    void showFact(const QString &factId);
    void selectFactOfClaim(const QString &claimId);

    // View.
    void applyTheme();
    void zoomBy(int steps);
    void scheduleRefresh(ProjectTable table);
    void refresh();
    void rebuildPanes();
    void updateActions();
    void updateTitle();
    void showPane(const QString &articleId);
    void restoreLayout();
    void saveLayout();

    Project *m_project;
    Autosaver *m_autosaver = nullptr;
    BackgroundAnalysis *m_background = nullptr;
    QScrollArea *m_scrollArea = nullptr;
    QSplitter *m_splitter = nullptr;
    QList<ArticlePane *> m_panes;
    QPointer<ArticlePane> m_lastPane;
    FactsTable *m_factsTable = nullptr;
    FactInspector *m_inspector = nullptr;
    SourcesPanel *m_sourcesPanel = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_themeMenu = nullptr;
    QLabel *m_reviewLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QToolButton *m_cancelButton = nullptr;
    QTimer *m_refreshTimer = nullptr;
    /// What the running background job is for.
    enum class Job { None, AddArticles, Rerun } m_job = Job::None;
    QString m_themeName;
    bool m_boilerplateVisible = true;
    /// Whether the articles changed since the last refresh (the first one builds the panes).
    bool m_articlesChanged = true;
    int m_zoom = 0;
    /// The fact whose members the panes emphasise.
    QString m_shownFact;
};

} // namespace factbench
