#include "mainwindow.h"

#include "article/articleimporter.h"
#include "articlepane.h"
#include "backgroundanalysis.h"
#include "claimmarks.h"
#include "exportdialog.h"
#include "factinspector.h"
#include "factstable.h"
#include "io/autosaver.h"
#include "review/sampleproject.h"
#include "sourcespanel.h"
#include "syntaxrepository.h"

#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>
#include <ksyntaxhighlighting_version.h>

#include <QAbstractButton>
#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>

namespace factbench {

namespace {

constexpr int MinimumPaneWidth = 360;
// Bounded so that hundreds of panes do not overflow the splitter's summed maximum width.
constexpr int MaximumPaneWidth = 2000;
constexpr int MaximumRecentFiles = 10;
const QString ProjectSuffix = QStringLiteral("factbench");

QString recentKey()
{
    return QStringLiteral("files/recent");
}

bool isProjectFile(const QString &path)
{
    return QFileInfo(path).suffix().compare(ProjectSuffix, Qt::CaseInsensitive) == 0;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_project(new Project(this))
    , m_background(new BackgroundAnalysis(this))
    , m_refreshTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    m_autosaver = new Autosaver(m_project, this);
    connect(m_autosaver, &Autosaver::autosaveFailed, this, [this](const QString &message) {
        statusBar()->showMessage(tr("Autosave failed: %1").arg(message), 10000);
    });

    m_scrollArea = new QScrollArea(this);
    m_scrollArea->setObjectName(QStringLiteral("articleScrollArea"));
    m_scrollArea->setWidgetResizable(true);
    m_scrollArea->setFrameShape(QFrame::NoFrame);
    m_scrollArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_scrollArea->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setCentralWidget(m_scrollArea);

    createDocks();
    createActions();

    m_reviewLabel = new QLabel(this);
    m_reviewLabel->setObjectName(QStringLiteral("reviewProgress"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("backgroundProgress"));
    m_progress->setMaximumWidth(260);
    m_progress->setTextVisible(true);
    m_cancelButton = new QToolButton(this);
    m_cancelButton->setObjectName(QStringLiteral("cancelBackground"));
    m_cancelButton->setText(tr("Cancel"));
    m_cancelButton->setToolTip(tr("Stop reading and analysing articles"));
    connect(m_cancelButton, &QToolButton::clicked, m_background, &BackgroundAnalysis::cancel);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancelButton);
    statusBar()->addPermanentWidget(m_reviewLabel);
    setBusy(false);

    connect(m_background, &BackgroundAnalysis::progressChanged, this,
        [this](int value, int maximum, const QString &text) {
            m_progress->setRange(0, maximum);
            m_progress->setValue(value);
            m_progress->setFormat(text.isEmpty() ? QStringLiteral("%p%") : text);
        });
    connect(m_background, &BackgroundAnalysis::finished, this,
        [this](const BackgroundAnalysis::Outcome &outcome) {
            const Job job = std::exchange(m_job, Job::None);
            setBusy(false);
            if (job == Job::Rerun) {
                m_project->rerunAnalysis(outcome.analysis);
                statusBar()->showMessage(tr("Extracted and linked again"), 5000);
            } else if (!outcome.added.isEmpty()) {
                m_project->addArticles(outcome.added, outcome.analysis);
                statusBar()->showMessage(
                    tr("Added %n article(s)", nullptr, int(outcome.added.size())), 5000);
            }
            if (!outcome.errors.isEmpty()) {
                QMessageBox::warning(
                    this, tr("Some files were not added"), outcome.errors.join(QLatin1Char('\n')));
            }
        });
    connect(m_background, &BackgroundAnalysis::cancelled, this, [this] {
        m_job = Job::None;
        setBusy(false);
        statusBar()->showMessage(tr("Cancelled; nothing was changed"), 5000);
    });

    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(0);
    connect(m_refreshTimer, &QTimer::timeout, this, &MainWindow::refresh);
    connect(m_project, &Project::rowsInserted, this, &MainWindow::scheduleRefresh);
    connect(m_project, &Project::rowsRemoved, this, &MainWindow::scheduleRefresh);
    connect(m_project, &Project::rowChanged, this,
        [this](ProjectTable table) { scheduleRefresh(table); });
    connect(
        m_project, &Project::wasReset, this, [this] { scheduleRefresh(ProjectTable::Articles); });
    connect(m_project, &Project::fileNameChanged, this, &MainWindow::updateTitle);
    connect(m_project->undoStack(), &QUndoStack::cleanChanged, this, &MainWindow::updateTitle);

    QSettings settings;
    m_themeName = settings.value(QStringLiteral("view/theme")).toString();
    m_zoom = settings.value(QStringLiteral("view/zoom"), 0).toInt();
    m_boilerplateVisible = settings.value(QStringLiteral("view/boilerplate"), true).toBool();
    action(QStringLiteral("showBoilerplate"))->setChecked(m_boilerplateVisible);
    resize(1440, 900);
    // The first layout: the inspector's form needs more room than the sources list.
    resizeDocks({findChild<QDockWidget *>(QStringLiteral("sourcesDock")),
                    findChild<QDockWidget *>(QStringLiteral("inspectorDock"))},
        {260, 420}, Qt::Horizontal);
    resizeDocks({findChild<QDockWidget *>(QStringLiteral("factsDock"))}, {300}, Qt::Vertical);
    restoreLayout();
    refresh();
}

MainWindow::~MainWindow()
{
    m_background->cancel();
    m_background->waitForFinished();
}

// --- building the window ---------------------------------------------------------------------

void MainWindow::createDocks()
{
    m_sourcesPanel = new SourcesPanel(m_project, this);
    auto *sourcesDock = new QDockWidget(tr("Sources"), this);
    sourcesDock->setObjectName(QStringLiteral("sourcesDock"));
    sourcesDock->setWidget(m_sourcesPanel);
    addDockWidget(Qt::LeftDockWidgetArea, sourcesDock);
    connect(m_sourcesPanel, &SourcesPanel::articleActivated, this, &MainWindow::showPane);

    m_factsTable = new FactsTable(m_project, this);
    auto *factsDock = new QDockWidget(tr("Facts"), this);
    factsDock->setObjectName(QStringLiteral("factsDock"));
    factsDock->setWidget(m_factsTable);
    addDockWidget(Qt::BottomDockWidgetArea, factsDock);
    connect(m_factsTable, &FactsTable::currentFactChanged, this, &MainWindow::showFact);

    m_inspector = new FactInspector(m_project, this);
    auto *inspectorDock = new QDockWidget(tr("Inspector"), this);
    inspectorDock->setObjectName(QStringLiteral("inspectorDock"));
    inspectorDock->setWidget(m_inspector);
    addDockWidget(Qt::RightDockWidgetArea, inspectorDock);
    connect(m_inspector, &FactInspector::factRequested, m_factsTable, &FactsTable::selectFact);
    connect(m_inspector, &FactInspector::jumpToClaim, this, [this](const QString &claimId) {
        const Claim *claim = m_project->claim(claimId);
        if (ArticlePane *target = claim ? pane(claim->articleId) : nullptr) {
            target->showClaims({claimId});
            m_scrollArea->ensureWidgetVisible(target);
            target->textView()->setFocus();
        }
    });

    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
}

QAction *MainWindow::addAction(QMenu *menu, const QString &name, const QString &text,
    const QList<QKeySequence> &shortcuts, const QString &icon)
{
    auto *created = new QAction(text, this);
    created->setObjectName(name);
    created->setShortcuts(shortcuts);
    if (!icon.isEmpty()) {
        created->setIcon(QIcon::fromTheme(icon));
    }
    if (!shortcuts.isEmpty()) {
        created->setToolTip(QStringLiteral("%1 (%2)").arg(QString(text).remove(QLatin1Char('&')),
            shortcuts.first().toString(QKeySequence::NativeText)));
    }
    menu->addAction(created);
    return created;
}

QAction *MainWindow::action(const QString &name) const
{
    return findChild<QAction *>(name);
}

void MainWindow::createActions()
{
    // File
    QMenu *file = menuBar()->addMenu(tr("&File"));
    connect(addAction(file, QStringLiteral("newProject"), tr("&New Project"), {QKeySequence::New},
                QStringLiteral("document-new")),
        &QAction::triggered, this, &MainWindow::newProject);
    connect(addAction(file, QStringLiteral("openProject"), tr("&Open…"), {QKeySequence::Open},
                QStringLiteral("document-open")),
        &QAction::triggered, this, &MainWindow::open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    connect(addAction(file, QStringLiteral("openSample"), tr("Open the &Sample"), {}),
        &QAction::triggered, this, [this] {
            if (maybeSave()) {
                openSample();
            }
        });
    file->addSeparator();
    QAction *addArticlesAction
        = addAction(file, QStringLiteral("addArticles"), tr("&Add Articles…"),
            {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A)}, QStringLiteral("list-add"));
    connect(addArticlesAction, &QAction::triggered, this, &MainWindow::addArticles);
    connect(addAction(file, QStringLiteral("pasteArticle"), tr("&Paste as Article"),
                {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V)}, QStringLiteral("edit-paste")),
        &QAction::triggered, this, &MainWindow::pasteArticle);
    QAction *removeArticleAction = addAction(file, QStringLiteral("removeArticle"),
        tr("Re&move Article"), {}, QStringLiteral("list-remove"));
    connect(removeArticleAction, &QAction::triggered, this, &MainWindow::removeArticle);
    QAction *moveUp = addAction(file, QStringLiteral("moveArticleUp"), tr("Move Article &Left"),
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_PageUp)}, QStringLiteral("go-up"));
    connect(moveUp, &QAction::triggered, this, [this] { moveArticle(-1); });
    QAction *moveDown
        = addAction(file, QStringLiteral("moveArticleDown"), tr("Move Article &Right"),
            {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_PageDown)}, QStringLiteral("go-down"));
    connect(moveDown, &QAction::triggered, this, [this] { moveArticle(1); });
    m_sourcesPanel->setActions({addArticlesAction, removeArticleAction, moveUp, moveDown});
    file->addSeparator();
    connect(addAction(file, QStringLiteral("saveProject"), tr("&Save"), {QKeySequence::Save},
                QStringLiteral("document-save")),
        &QAction::triggered, this, &MainWindow::save);
    connect(addAction(file, QStringLiteral("saveProjectAs"), tr("Save &As…"),
                {QKeySequence::SaveAs}, QStringLiteral("document-save-as")),
        &QAction::triggered, this, &MainWindow::saveAs);
    connect(addAction(file, QStringLiteral("exportFactSheet"), tr("&Export Fact Sheet…"),
                {QKeySequence(Qt::CTRL | Qt::Key_E)}, QStringLiteral("document-export")),
        &QAction::triggered, this, [this] { ExportDialog(*m_project, this).exec(); });
    connect(addAction(file, QStringLiteral("closeProject"), tr("&Close"), {QKeySequence::Close},
                QStringLiteral("document-close")),
        &QAction::triggered, this, &MainWindow::closeProject);
    file->addSeparator();
    connect(addAction(file, QStringLiteral("quit"), tr("&Quit"), {QKeySequence::Quit},
                QStringLiteral("application-exit")),
        &QAction::triggered, this, &QWidget::close);

    // Edit
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_project->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undo"));
    undo->setShortcuts(QKeySequence::Undo);
    QAction *redo = m_project->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redo"));
    redo->setShortcuts(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction *markFigure = addAction(edit, QStringLiteral("markFigure"), tr("Mark as &Figure"),
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F)});
    connect(markFigure, &QAction::triggered, this, [this] { markSelection(ClaimKind::Figure); });
    QAction *markQuote = addAction(edit, QStringLiteral("markQuote"), tr("Mark as &Quote"),
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q)});
    connect(markQuote, &QAction::triggered, this, [this] { markSelection(ClaimKind::Quote); });
    edit->addSeparator();
    connect(addAction(edit, QStringLiteral("findFact"), tr("&Find Fact…"), {QKeySequence::Find},
                QStringLiteral("edit-find")),
        &QAction::triggered, m_factsTable, &FactsTable::focusSearch);

    // Review: single keys while the facts table or a pane has the focus; text fields keep them.
    QMenu *review = menuBar()->addMenu(tr("&Review"));
    connect(addAction(review, QStringLiteral("nextUnreviewed"), tr("&Next Unreviewed Fact"),
                {QKeySequence(Qt::Key_J), QKeySequence(Qt::Key_F8)}, QStringLiteral("go-next")),
        &QAction::triggered, this, [this] { selectNextUnreviewed(false); });
    connect(addAction(review, QStringLiteral("previousUnreviewed"), tr("&Previous Unreviewed Fact"),
                {QKeySequence(Qt::Key_K), QKeySequence(Qt::SHIFT | Qt::Key_F8)},
                QStringLiteral("go-previous")),
        &QAction::triggered, this, [this] { selectNextUnreviewed(true); });
    review->addSeparator();
    connect(addAction(review, QStringLiteral("confirmFact"), tr("&Confirm"),
                {QKeySequence(Qt::Key_C)}, QStringLiteral("dialog-ok-apply")),
        &QAction::triggered, this, [this] { setCurrentFactStatus(FactStatus::Confirmed); });
    connect(addAction(review, QStringLiteral("rejectFact"), tr("&Reject"),
                {QKeySequence(Qt::Key_R)}, QStringLiteral("dialog-cancel")),
        &QAction::triggered, this, [this] { setCurrentFactStatus(FactStatus::Rejected); });
    connect(addAction(review, QStringLiteral("disputeFact"), tr("Mark &Disputed"),
                {QKeySequence(Qt::Key_D)}, QStringLiteral("dialog-warning")),
        &QAction::triggered, this, [this] { setCurrentFactStatus(FactStatus::Disputed); });
    connect(addAction(review, QStringLiteral("reopenFact"), tr("Re&open"),
                {QKeySequence(Qt::Key_U)}, QStringLiteral("edit-undo-history")),
        &QAction::triggered, this, [this] { setCurrentFactStatus(FactStatus::Proposed); });
    connect(addAction(review, QStringLiteral("editVerifiedValue"), tr("Edit Verified &Value"),
                {QKeySequence(Qt::Key_V), QKeySequence(Qt::Key_F2)}),
        &QAction::triggered, m_inspector, &FactInspector::focusVerifiedValue);
    review->addSeparator();
    connect(addAction(review, QStringLiteral("splitFact"), tr("&Split Off Selected Claims"),
                {QKeySequence(Qt::Key_S)}),
        &QAction::triggered, this, [this] {
            if (auto *split
                = m_inspector->findChild<QAbstractButton *>(QStringLiteral("splitFact"))) {
                split->click();
            }
        });
    connect(addAction(review, QStringLiteral("mergeFacts"), tr("&Merge Selected Facts"),
                {QKeySequence(Qt::Key_M)}),
        &QAction::triggered, this, &MainWindow::mergeSelectedFacts);
    connect(addAction(review, QStringLiteral("moveClaim"), tr("M&ove Claim to Fact…"),
                {QKeySequence(Qt::SHIFT | Qt::Key_M)}),
        &QAction::triggered, this, [this] {
            if (auto *target = m_inspector->findChild<QComboBox *>(QStringLiteral("moveTarget"))) {
                target->setFocus(Qt::ShortcutFocusReason);
                target->showPopup();
            }
        });
    review->addSeparator();
    connect(addAction(review, QStringLiteral("rerunAnalysis"), tr("&Extract and Link Again"),
                {QKeySequence(Qt::Key_F5)}, QStringLiteral("view-refresh")),
        &QAction::triggered, this, &MainWindow::rerunAnalysis);

    // View
    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_themeMenu = view->addMenu(tr("&Theme"));
    m_themeMenu->setObjectName(QStringLiteral("themeMenu"));
    auto *themes = new QActionGroup(this);
    QAction *system = m_themeMenu->addAction(tr("Follow the &System"));
    system->setCheckable(true);
    system->setData(QString());
    themes->addAction(system);
    m_themeMenu->addSeparator();
    QList<KSyntaxHighlighting::Theme> available = SyntaxRepository::instance().themes();
    std::sort(available.begin(), available.end(), [](const auto &a, const auto &b) {
        return a.translatedName().localeAwareCompare(b.translatedName()) < 0;
    });
    for (const KSyntaxHighlighting::Theme &theme : std::as_const(available)) {
        QAction *choice = m_themeMenu->addAction(theme.translatedName());
        choice->setCheckable(true);
        choice->setData(theme.name());
        themes->addAction(choice);
    }
    connect(themes, &QActionGroup::triggered, this,
        [this](QAction *chosen) { setThemeName(chosen->data().toString()); });
    connect(m_themeMenu, &QMenu::aboutToShow, this, [this, themes] {
        for (QAction *choice : themes->actions()) {
            choice->setChecked(choice->data().toString() == m_themeName);
        }
    });
    QAction *boilerplate = addAction(view, QStringLiteral("showBoilerplate"),
        tr("Show Page &Furniture"), {QKeySequence(Qt::CTRL | Qt::Key_B)});
    boilerplate->setCheckable(true);
    boilerplate->setToolTip(tr("Show or hide share prompts, credits and other page furniture"));
    connect(boilerplate, &QAction::toggled, this, [this](bool visible) {
        m_boilerplateVisible = visible;
        for (ArticlePane *articlePane : std::as_const(m_panes)) {
            articlePane->setBoilerplateVisible(visible);
        }
    });
    view->addSeparator();
    connect(addAction(view, QStringLiteral("zoomIn"), tr("Zoom &In"), {QKeySequence::ZoomIn},
                QStringLiteral("zoom-in")),
        &QAction::triggered, this, [this] { zoomBy(1); });
    connect(addAction(view, QStringLiteral("zoomOut"), tr("Zoom &Out"), {QKeySequence::ZoomOut},
                QStringLiteral("zoom-out")),
        &QAction::triggered, this, [this] { zoomBy(-1); });
    connect(addAction(view, QStringLiteral("zoomReset"), tr("&Actual Size"),
                {QKeySequence(Qt::CTRL | Qt::Key_0)}, QStringLiteral("zoom-original")),
        &QAction::triggered, this, [this] { zoomBy(-m_zoom); });
    view->addSeparator();
    for (QDockWidget *dock : findChildren<QDockWidget *>()) {
        view->addAction(dock->toggleViewAction());
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    connect(addAction(help, QStringLiteral("about"), tr("&About Factbench"), {},
                QStringLiteral("help-about")),
        &QAction::triggered, this, [this] {
            QMessageBox::about(this, tr("About Factbench"),
                tr("<h3>Factbench %1</h3>"
                   "<p>Compare the figures and quotes of news articles about one event.</p>"
                   "<p>Qt %2 (built with %3)<br>KSyntaxHighlighting %4</p>")
                    .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion()),
                        QStringLiteral(QT_VERSION_STR),
                        QStringLiteral(KSYNTAXHIGHLIGHTING_VERSION_STRING)));
        });
}

// --- files -----------------------------------------------------------------------------------

void MainWindow::openPaths(const QStringList &paths)
{
    if (paths.size() == 1 && isProjectFile(paths.first())) {
        openProject(paths.first());
        return;
    }
    QStringList projects;
    for (const QString &path : paths) {
        if (isProjectFile(path)) {
            projects.append(path);
        }
    }
    if (!projects.isEmpty()) {
        reportFailure(tr("Open one project at a time, without articles beside it: %n of the files "
                         "given are projects.",
            nullptr, int(projects.size())));
        return;
    }
    addArticleFiles(paths);
}

bool MainWindow::openProject(const QString &fileName)
{
    if (!maybeSave()) {
        return false;
    }
    m_background->cancel();
    ProjectResult result = m_project->open(fileName);
    if (!result.ok() && result.lockedElsewhere) {
        const auto answer = QMessageBox::question(this, tr("Project in use"),
            tr("%1\n\nOpen it read-only?").arg(result.message),
            QMessageBox::Open | QMessageBox::Cancel, QMessageBox::Open);
        if (answer != QMessageBox::Open) {
            return false;
        }
        result = m_project->open(fileName, Project::OpenMode::ReadOnly);
    }
    if (!result.ok()) {
        reportFailure(result.message);
        return false;
    }
    rememberRecent(m_project->fileName());
    if (!m_project->isReadOnly()) {
        offerRecoveryOf(m_project->fileName(), false);
    }
    statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(fileName)), 5000);
    return true;
}

void MainWindow::openSample()
{
    m_background->cancel();
    m_project->clear();
    // A review in progress, to show what reviewing looks like; SampleProject leaves nothing to
    // undo and nothing unsaved: a sample is a starting point, not work to save.
    if (const ProjectResult built = SampleProject::build(*m_project); !built.ok()) {
        reportFailure(built.message);
    }
    refresh();
    m_factsTable->selectNextUnreviewed();
}

void MainWindow::offerRecovery()
{
    offerRecoveryOf({}, true);
}

bool MainWindow::offerRecoveryOf(const QString &projectFileName, bool untitled)
{
    const QList<Autosaver::Recovery> found
        = untitled ? Autosaver::recoverable() : Autosaver::recoveryFor(projectFileName);
    if (found.isEmpty()) {
        return false;
    }
    const Autosaver::Recovery &newest = found.first();
    const QString name = newest.projectFileName.isEmpty()
        ? tr("an untitled project")
        : QDir::toNativeSeparators(newest.projectFileName);
    QMessageBox box(QMessageBox::Question, tr("Recover unsaved changes"),
        tr("Factbench closed without saving the changes to %1. They were saved automatically on "
           "%2.")
            .arg(name, QLocale().toString(newest.written, QLocale::LongFormat)),
        QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("recoveryBox"));
    box.setInformativeText(tr("Recover them, or discard them for good?"));
    QPushButton *recover = box.addButton(tr("&Recover"), QMessageBox::AcceptRole);
    QPushButton *discard = box.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    box.addButton(tr("&Later"), QMessageBox::RejectRole);
    box.setDefaultButton(recover);
    box.exec();
    if (box.clickedButton() == discard) {
        Autosaver::removeRecovery(newest);
        return false;
    }
    if (box.clickedButton() != recover) {
        return false;
    }
    const ProjectResult result
        = m_project->recover(newest.autosaveFileName, newest.projectFileName);
    if (!result.ok()) {
        reportFailure(result.message);
        return false;
    }
    Autosaver::removeRecovery(newest);
    statusBar()->showMessage(tr("Recovered; save to keep the changes"), 10000);
    return true;
}

bool MainWindow::newProject()
{
    if (!maybeSave()) {
        return false;
    }
    m_background->cancel();
    m_project->clear();
    return true;
}

bool MainWindow::open()
{
    const QString fileName = QFileDialog::getOpenFileName(this, tr("Open Project"),
        QFileInfo(m_project->fileName()).absolutePath(),
        tr("Factbench projects (*.factbench);;All files (*)"));
    return !fileName.isEmpty() && openProject(fileName);
}

bool MainWindow::save()
{
    if (m_project->fileName().isEmpty() || m_project->isReadOnly()) {
        return saveAs();
    }
    const ProjectResult result = m_project->save();
    if (!result.ok()) {
        reportFailure(result.message);
        return false;
    }
    rememberRecent(m_project->fileName());
    statusBar()->showMessage(
        tr("Saved %1").arg(QDir::toNativeSeparators(m_project->fileName())), 5000);
    return true;
}

bool MainWindow::saveAs()
{
    QFileDialog dialog(this, tr("Save Project As"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setNameFilter(tr("Factbench projects (*.factbench)"));
    dialog.setDefaultSuffix(ProjectSuffix);
    if (!m_project->fileName().isEmpty()) {
        dialog.selectFile(m_project->fileName());
    }
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty()) {
        return false;
    }
    const ProjectResult result = m_project->saveAs(dialog.selectedFiles().first());
    if (!result.ok()) {
        reportFailure(result.message);
        return false;
    }
    rememberRecent(m_project->fileName());
    return true;
}

bool MainWindow::closeProject()
{
    return newProject();
}

bool MainWindow::maybeSave()
{
    if (!m_project->isModified()) {
        return true;
    }
    const QString name = m_project->fileName().isEmpty()
        ? tr("the untitled project")
        : QFileInfo(m_project->fileName()).fileName();
    QMessageBox box(QMessageBox::Warning, tr("Unsaved changes"),
        tr("Save the changes to %1 before closing it?").arg(name),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("unsavedBox"));
    box.setInformativeText(
        tr("Without saving, your review decisions since the last save are lost."));
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save:
        return save();
    case QMessageBox::Discard:
        m_autosaver->discard();
        return true;
    default:
        return false;
    }
}

void MainWindow::reportFailure(const QString &message)
{
    QMessageBox box(QMessageBox::Critical, tr("Factbench"), message, QMessageBox::Ok, this);
    box.setObjectName(QStringLiteral("failureBox"));
    box.exec();
}

void MainWindow::rememberRecent(const QString &fileName)
{
    QSettings settings;
    QStringList recent = settings.value(recentKey()).toStringList();
    recent.removeAll(fileName);
    recent.prepend(fileName);
    settings.setValue(recentKey(), recent.mid(0, MaximumRecentFiles));
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(recentKey()).toStringList();
    for (const QString &fileName : recent) {
        if (!QFileInfo::exists(fileName)) {
            continue;
        }
        QAction *entry = m_recentMenu->addAction(QFileInfo(fileName).fileName());
        entry->setToolTip(QDir::toNativeSeparators(fileName));
        connect(entry, &QAction::triggered, this, [this, fileName] { openProject(fileName); });
    }
    if (m_recentMenu->isEmpty()) {
        m_recentMenu->addAction(tr("No recent projects"))->setEnabled(false);
        return;
    }
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(tr("&Clear List"), this, [] { QSettings().remove(recentKey()); });
}

// --- articles --------------------------------------------------------------------------------

void MainWindow::addArticles()
{
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Add Articles"), {},
        tr("Articles (*.txt *.md *.markdown *.html *.htm);;All files (*)"));
    if (!files.isEmpty()) {
        addArticleFiles(files);
    }
}

void MainWindow::addArticleFiles(const QStringList &files)
{
    startBackground(files, {});
}

void MainWindow::pasteArticle()
{
    const QMimeData *mime = QApplication::clipboard()->mimeData();
    if (!mime || (!mime->hasHtml() && !mime->hasText())) {
        statusBar()->showMessage(tr("The clipboard holds no text to add"), 5000);
        return;
    }
    const bool html = mime->hasHtml();
    const Article article = ArticleImporter::importBytes(
        (html ? mime->html() : mime->text()).toUtf8(), tr("Pasted text"),
        html ? ArticleImporter::Format::Html : ArticleImporter::Format::PlainText);
    if (!article.isValid() || article.text.trimmed().isEmpty()) {
        reportFailure(
            article.isValid() ? tr("The clipboard holds no article text.") : article.error);
        return;
    }
    startBackground({}, {article});
}

void MainWindow::startBackground(const QStringList &files, const QList<Article> &pasted)
{
    if (m_project->isReadOnly()) {
        reportFailure(
            tr("The project is open read-only; save it under another name to change it."));
        return;
    }
    if (m_background->isRunning()) {
        statusBar()->showMessage(
            tr("Still working on the previous articles; try again when it is done"), 5000);
        return;
    }
    QList<Article> existing;
    for (const ProjectArticle &article : m_project->articles()) {
        existing.append(article.article);
    }
    m_job = files.isEmpty() && pasted.isEmpty() ? Job::Rerun : Job::AddArticles;
    setBusy(true);
    m_background->start(existing, files, pasted);
}

void MainWindow::rerunAnalysis()
{
    startBackground({}, {});
}

void MainWindow::setBusy(bool busy)
{
    m_progress->setVisible(busy);
    m_cancelButton->setVisible(busy);
    if (busy) {
        m_progress->setRange(0, 0);
    }
    updateActions();
}

void MainWindow::removeArticle()
{
    const QString articleId = m_sourcesPanel->currentArticleId();
    if (!articleId.isEmpty() && m_project->removeArticle(articleId)) {
        statusBar()->showMessage(tr("Removed the article; Undo brings it back"), 5000);
    }
}

void MainWindow::moveArticle(int by)
{
    const QString articleId = m_sourcesPanel->currentArticleId();
    const qsizetype row = m_project->rowOf(ProjectTable::Articles, articleId);
    if (row >= 0) {
        m_project->moveArticle(articleId, row + by);
        m_sourcesPanel->setCurrentArticle(articleId);
    }
}

// --- review ----------------------------------------------------------------------------------

QString MainWindow::currentFactId() const
{
    return m_factsTable->currentFactId();
}

void MainWindow::setCurrentFactStatus(FactStatus status)
{
    const QString factId = currentFactId();
    if (factId.isEmpty() || m_project->isReadOnly()) {
        return;
    }
    switch (status) {
    case FactStatus::Confirmed:
        m_project->confirmFact(factId);
        break;
    case FactStatus::Rejected:
        m_project->rejectFact(factId);
        break;
    case FactStatus::Disputed:
        m_project->markFactDisputed(factId);
        break;
    case FactStatus::Proposed:
        // The editor reopens a fact to look at it again: it stays selected.
        m_project->reopenFact(factId);
        return;
    }
    // Keyboard review goes on to the next proposal, as the editor would next.
    selectNextUnreviewed(false);
}

void MainWindow::selectNextUnreviewed(bool backwards)
{
    if (!m_factsTable->selectNextUnreviewed(backwards)) {
        statusBar()->showMessage(tr("Every fact is reviewed"), 5000);
    }
}

void MainWindow::mergeSelectedFacts()
{
    const QString target = currentFactId();
    QStringList others = m_factsTable->selectedFactIds();
    others.removeAll(target);
    if (target.isEmpty() || others.isEmpty()) {
        statusBar()->showMessage(tr("Select two or more facts to merge (Ctrl+click)"), 5000);
        return;
    }
    if (!m_project->mergeFacts(target, others)) {
        statusBar()->showMessage(tr("Facts of figures and facts of quotes cannot be merged"), 5000);
    }
}

void MainWindow::markSelection(ClaimKind kind)
{
    ArticlePane *source = m_lastPane;
    const TextRange range = source ? source->selectedRange() : TextRange();
    if (!source || range.length() <= 0) {
        statusBar()->showMessage(tr("Select the words of the claim in an article first"), 5000);
        return;
    }
    const QString claimId = m_project->addClaim(source->articleId(), range, kind);
    if (claimId.isEmpty()) {
        return;
    }
    statusBar()->showMessage(kind == ClaimKind::Figure
            ? tr("Marked a figure; drag it onto a fact to link it")
            : tr("Marked a quote; drag it onto a fact to link it"),
        8000);
}

void MainWindow::showFact(const QString &factId)
{
    m_shownFact = factId;
    m_inspector->setFact(factId);
    const ProjectFact *fact = m_project->fact(factId);
    const QStringList members = fact ? fact->members : QStringList();
    for (ArticlePane *articlePane : std::as_const(m_panes)) {
        articlePane->showClaims(members);
    }
    updateActions();
}

void MainWindow::selectFactOfClaim(const QString &claimId)
{
    if (!m_factsTable->selectFactOfClaim(claimId)) {
        statusBar()->showMessage(
            tr("This claim is in no fact; drag it onto a fact to link it"), 5000);
    }
}

// --- view ------------------------------------------------------------------------------------

ArticlePane *MainWindow::pane(const QString &articleId) const
{
    for (ArticlePane *articlePane : m_panes) {
        if (articlePane->articleId() == articleId) {
            return articlePane;
        }
    }
    return nullptr;
}

void MainWindow::showPane(const QString &articleId)
{
    if (ArticlePane *target = pane(articleId)) {
        m_scrollArea->ensureWidgetVisible(target);
    }
}

void MainWindow::setThemeName(const QString &name)
{
    m_themeName = name;
    QSettings().setValue(QStringLiteral("view/theme"), name);
    applyTheme();
}

void MainWindow::applyTheme()
{
    const KSyntaxHighlighting::Theme theme = SyntaxRepository::theme(m_themeName, palette());
    using KSyntaxHighlighting::Theme;
    // The text takes the theme's paper and ink, so a dark theme is dark whatever the desktop.
    QPalette textPalette = palette();
    textPalette.setColor(QPalette::Base,
        QColor::fromRgba(theme.editorColor(Theme::EditorColorRole::BackgroundColor)));
    textPalette.setColor(QPalette::Text, QColor::fromRgba(theme.textColor(Theme::Normal)));
    textPalette.setColor(QPalette::Highlight,
        QColor::fromRgba(theme.editorColor(Theme::EditorColorRole::TextSelection)));
    textPalette.setColor(
        QPalette::HighlightedText, QColor::fromRgba(theme.textColor(Theme::Normal)));
    for (ArticlePane *articlePane : std::as_const(m_panes)) {
        articlePane->setTheme(theme, textPalette);
    }
}

void MainWindow::zoomBy(int steps)
{
    m_zoom = std::clamp(m_zoom + steps, -6, 24);
    QSettings().setValue(QStringLiteral("view/zoom"), m_zoom);
    for (ArticlePane *articlePane : std::as_const(m_panes)) {
        articlePane->setZoom(m_zoom);
    }
}

void MainWindow::scheduleRefresh(ProjectTable table)
{
    // Only a change of the articles themselves needs the panes and their headers looked at.
    m_articlesChanged = m_articlesChanged || table == ProjectTable::Articles;
    m_refreshTimer->start();
}

void MainWindow::rebuildPanes()
{
    QStringList ids;
    for (const ProjectArticle &article : m_project->articles()) {
        ids.append(article.id);
    }
    QStringList shown;
    for (const ArticlePane *articlePane : std::as_const(m_panes)) {
        shown.append(articlePane->articleId());
    }
    if (ids == shown) {
        for (ArticlePane *articlePane : std::as_const(m_panes)) {
            articlePane->refreshArticle();
        }
        return;
    }
    // Keep the panes of articles still there (their scroll position, their highlighting).
    QHash<QString, ArticlePane *> kept;
    for (ArticlePane *articlePane : std::as_const(m_panes)) {
        if (ids.contains(articlePane->articleId())) {
            kept.insert(articlePane->articleId(), articlePane);
        }
    }
    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->setObjectName(QStringLiteral("articleSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->setHandleWidth(6);
    m_panes.clear();
    const QList<QAction *> contextActions
        = {action(QStringLiteral("markFigure")), action(QStringLiteral("markQuote"))};
    for (const QString &id : std::as_const(ids)) {
        ArticlePane *articlePane = kept.value(id);
        if (articlePane) {
            articlePane->refreshArticle();
        } else {
            articlePane = new ArticlePane(m_project, id);
            articlePane->setMinimumWidth(MinimumPaneWidth);
            articlePane->setContextActions(contextActions);
            articlePane->setBoilerplateVisible(m_boilerplateVisible);
            articlePane->setZoom(m_zoom);
            connect(
                articlePane, &ArticlePane::claimActivated, this, &MainWindow::selectFactOfClaim);
            connect(articlePane, &ArticlePane::focused, this, [this, articlePane] {
                m_lastPane = articlePane;
                m_sourcesPanel->setCurrentArticle(articlePane->articleId());
                updateActions();
            });
            connect(articlePane, &ArticlePane::zoomRequested, this, &MainWindow::zoomBy);
            connect(articlePane, &ArticlePane::selectionChanged, this, &MainWindow::updateActions);
            articlePane->setMaximumWidth(MaximumPaneWidth);
        }
        splitter->addWidget(articlePane);
        m_panes.append(articlePane);
    }
    m_splitter = splitter;
    m_scrollArea->setWidget(splitter); // deletes the previous splitter and the panes left in it
    applyTheme();
}

void MainWindow::refresh()
{
    if (std::exchange(m_articlesChanged, false)) {
        rebuildPanes();
    }
    const QHash<QString, QList<ClaimMark>> marks = ClaimMarks::of(*m_project);
    for (ArticlePane *articlePane : std::as_const(m_panes)) {
        articlePane->setMarks(marks.value(articlePane->articleId()));
    }
    // The shown fact may have changed members, or be gone after an undo.
    if (!m_shownFact.isEmpty()) {
        const ProjectFact *fact = m_project->fact(m_shownFact);
        const QStringList members = fact ? fact->members : QStringList();
        for (ArticlePane *articlePane : std::as_const(m_panes)) {
            articlePane->showClaims(members, false);
        }
    }
    m_reviewLabel->setText(reviewProgressText());
    updateTitle();
    updateActions();
}

QString MainWindow::reviewProgressText() const
{
    return tr("%1 of %n fact(s) reviewed", nullptr, int(m_project->facts().size()))
        .arg(m_project->reviewedFactCount());
}

void MainWindow::updateTitle()
{
    QString name = m_project->fileName().isEmpty() ? tr("Untitled")
                                                   : QFileInfo(m_project->fileName()).fileName();
    if (m_project->isReadOnly()) {
        name = tr("%1 (read-only)").arg(name);
    }
    setWindowTitle(tr("%1[*] — Factbench").arg(name));
    setWindowModified(m_project->isModified());
}

void MainWindow::updateActions()
{
    const bool writable = !m_project->isReadOnly();
    const bool idle = !m_background->isRunning();
    const bool haveFact = !currentFactId().isEmpty();
    for (const char *name : {"confirmFact", "rejectFact", "disputeFact", "reopenFact",
             "editVerifiedValue", "splitFact", "moveClaim"}) {
        action(QLatin1String(name))->setEnabled(writable && haveFact);
    }
    action(QStringLiteral("mergeFacts"))
        ->setEnabled(writable && m_factsTable->selectedFactIds().size() > 1);
    const bool haveSelection = m_lastPane && m_lastPane->selectedRange().length() > 0;
    action(QStringLiteral("markFigure"))->setEnabled(writable && haveSelection);
    action(QStringLiteral("markQuote"))->setEnabled(writable && haveSelection);
    for (const char *name : {"addArticles", "pasteArticle"}) {
        action(QLatin1String(name))->setEnabled(writable && idle);
    }
    action(QStringLiteral("rerunAnalysis"))
        ->setEnabled(writable && idle && !m_project->articles().isEmpty());
    const bool haveArticle = !m_sourcesPanel->currentArticleId().isEmpty();
    for (const char *name : {"removeArticle", "moveArticleUp", "moveArticleDown"}) {
        action(QLatin1String(name))->setEnabled(writable && idle && haveArticle);
    }
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
}

void MainWindow::saveLayout()
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    m_background->cancel();
    saveLayout();
    event->accept();
}

void MainWindow::changeEvent(QEvent *event)
{
    // Following the system: a switch between light and dark repaints the panes to match.
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange
        || event->type() == QEvent::ThemeChange) {
        if (m_themeName.isEmpty()) {
            applyTheme();
        }
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls()) {
        event->acceptProposedAction();
    }
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList files;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile()) {
            files.append(url.toLocalFile());
        }
    }
    if (files.isEmpty()) {
        return;
    }
    event->acceptProposedAction();
    // Let the drag end before a dialog (unsaved changes, errors) opens.
    QTimer::singleShot(0, this, [this, files] {
        if (files.size() == 1 && isProjectFile(files.first())) {
            openProject(files.first());
        } else {
            openPaths(files);
        }
    });
}

} // namespace factbench
