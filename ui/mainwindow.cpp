#include "mainwindow.h"

#include "article/article.h"
#include "articlepane.h"
#include "extract/extractor.h"
#include "factspanel.h"
#include "link/linker.h"

#include <KSyntaxHighlighting/Repository>
#include <ksyntaxhighlighting_version.h>

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QScrollArea>
#include <QSplitter>
#include <QStatusBar>

namespace factbench {

namespace {
constexpr int MinimumPaneWidth = 340;
}

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    m_scrollArea = new QScrollArea(this);
    m_scrollArea->setObjectName(QStringLiteral("articleScrollArea"));
    m_scrollArea->setWidgetResizable(true);
    m_scrollArea->setFrameShape(QFrame::NoFrame);
    m_scrollArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_scrollArea->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setCentralWidget(m_scrollArea);

    m_factsPanel = new FactsPanel(this);
    auto *factsDock = new QDockWidget(tr("Facts"), this);
    factsDock->setObjectName(QStringLiteral("factsDock"));
    factsDock->setWidget(m_factsPanel);
    addDockWidget(Qt::BottomDockWidgetArea, factsDock);
    connect(m_factsPanel, &FactsPanel::factSelected, this, [this](const Fact &fact) {
        for (ArticlePane *pane : std::as_const(m_panes)) {
            pane->showClaims(fact.members);
        }
    });
    createActions();
    resize(1400, 860);
}

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About Factbench"), this, &MainWindow::showAbout);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Factbench"),
        tr("<h3>Factbench %1</h3>"
           "<p>Compare the figures and quotes of news articles about one event.</p>"
           "<p>Qt %2 (built with %3)<br>KSyntaxHighlighting %4</p>")
            .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion()),
                QStringLiteral(QT_VERSION_STR),
                QStringLiteral(KSYNTAXHIGHLIGHTING_VERSION_STRING)));
}

void MainWindow::setArticles(const QList<Article> &articles, const QString &documentName)
{
    m_panes.clear();
    m_splitter = new QSplitter(Qt::Horizontal);
    m_splitter->setObjectName(QStringLiteral("articleSplitter"));
    m_splitter->setChildrenCollapsible(false);
    const QList<Extraction> extractions = Extractor::extractAll(articles);
    m_factsPanel->setFacts(Linker::link(articles, extractions), articles, extractions);
    for (qsizetype i = 0; i < articles.size(); ++i) {
        auto *pane = new ArticlePane(articles[i], extractions[i], m_splitter);
        pane->setMinimumWidth(MinimumPaneWidth);
        connect(pane, &ArticlePane::claimActivated, m_factsPanel, &FactsPanel::selectFactOf);
        m_splitter->addWidget(pane);
        m_panes.append(pane);
    }
    m_scrollArea->setWidget(m_splitter); // deletes the previous splitter and its panes
    setWindowTitle(tr("%1 — Factbench").arg(documentName));
    statusBar()->showMessage(tr("%n article(s)", nullptr, int(articles.size())));
}

} // namespace factbench
