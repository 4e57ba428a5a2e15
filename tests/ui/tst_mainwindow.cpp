#include "article/samplearticles.h"
#include "articlehighlighter.h"
#include "articlepane.h"
#include "backgroundanalysis.h"
#include "factinspector.h"
#include "factstable.h"
#include "io/autosaver.h"
#include "mainwindow.h"
#include "samplereview.h"
#include "sourcespanel.h"
#include "syntaxrepository.h"
#include "textformats.h"

#include <KSyntaxHighlighting/Theme>

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDrag>
#include <QHelpEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QTimer>
#include <QToolTip>
#include <QTreeView>
#include <QUndoStack>

using namespace factbench;

namespace {

/// What the highlighter marked the text at `position` of the pane as.
ArticleHighlighter::MarkKind markKindAt(const QPlainTextEdit *view, qsizetype position)
{
    return ArticleHighlighter::MarkKind(
        formatAt(view, position).intProperty(ArticleHighlighter::ClaimKindProperty));
}

/// Clicks `button` of the next message box that opens (a modal exec() blocks the test).
void answerNextMessageBox(QMessageBox::StandardButton button, QString *text = nullptr)
{
    QTimer::singleShot(0, qApp, [button, text] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box) {
            answerNextMessageBox(button, text);
            return;
        }
        if (text) {
            *text = box->text();
        }
        box->button(button)->click();
    });
}

/// Whether the pane shows the text at `position` inside its viewport.
bool showsPosition(const QPlainTextEdit *view, qsizetype position)
{
    QTextCursor cursor(view->document());
    cursor.setPosition(int(position));
    return view->viewport()->rect().contains(view->cursorRect(cursor).center());
}

} // namespace

/// The workbench driven as an editor drives it: the real widgets, keys and clicks, offscreen.
class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY2(SyntaxRepository::articleDefinition().isValid(),
            "the Factbench Article definition is not in the repository");
        m_window = std::make_unique<MainWindow>();
        m_window->project()->setEditorName(QStringLiteral("Test Editor"));
        // Small enough that the articles scroll.
        m_window->resize(1300, 640);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->openSample();
        QCoreApplication::processEvents();
    }

    void cleanupTestCase()
    {
        m_window->project()->undoStack()->setClean();
        m_window.reset();
        QDir(Autosaver::autosaveDirectory()).removeRecursively();
    }

    void testSampleOpensInThreePanesSideBySide()
    {
        const QList<ArticlePane *> panes = m_window->panes();
        QCOMPARE(panes.size(), 3);
        QCOMPARE(panes[0]->outlet(), QStringLiteral("The Coastal Herald"));
        QCOMPARE(panes[1]->outlet(), QStringLiteral("Northshore Daily"));
        QCOMPARE(panes[2]->title(),
            QStringLiteral("Hundreds of homes flooded as Storm Morwenna hits the coast"));
        QVERIFY(panes[0]->mapTo(m_window.get(), QPoint()).x()
            < panes[1]->mapTo(m_window.get(), QPoint()).x());
        QCOMPARE(panes[0]->mapTo(m_window.get(), QPoint()).y(),
            panes[2]->mapTo(m_window.get(), QPoint()).y());
        const QAbstractItemModel *sources = m_window->sourcesPanel()->view()->model();
        QCOMPARE(sources->rowCount(), 3);
        // The sample is a review in progress, and nothing of it is the user's work to save.
        QVERIFY(!m_window->isWindowModified());
        QVERIFY(!m_window->project()->undoStack()->canUndo());
        QVERIFY(m_window->windowTitle().contains(QLatin1String("Untitled")));
        const QList<ProjectFact> &facts = m_window->project()->facts();
        const auto reviewed = std::count_if(facts.cbegin(), facts.cend(),
            [](const ProjectFact &fact) { return fact.status != FactStatus::Proposed; });
        QVERIFY(reviewed > 0 && reviewed < facts.size());
        QVERIFY2(m_window->reviewProgressText().startsWith(
                     QStringLiteral("%1 of %2 ").arg(reviewed).arg(facts.size())),
            qPrintable(m_window->reviewProgressText()));
        QCOMPARE(m_window->findChild<QLabel *>(QStringLiteral("reviewProgress"))->text(),
            m_window->reviewProgressText());
        // The first proposal waiting is selected, its members emphasised in their panes.
        const ProjectFact *current
            = m_window->project()->fact(m_window->factsTable()->currentFactId());
        QVERIFY(current);
        QCOMPARE(current->status, FactStatus::Proposed);
        for (const QString &member : current->members) {
            const Claim *claim = m_window->project()->claim(member);
            QVERIFY(formatAt(m_window->pane(claim->articleId)->textView(), claim->range.start)
                        .boolProperty(ArticleHighlighter::EmphasisedProperty));
        }
    }

    void testClaimsAreHighlightedByKindAndState()
    {
        // No fact selected: nothing emphasised over the state colours.
        m_window->factsTable()->selectFact({});
        QTRY_VERIFY(m_window->inspector()->factId().isEmpty());
        const QPlainTextEdit *herald = m_window->panes()[0]->textView();
        const QString text = herald->toPlainText();
        using Kind = ArticleHighlighter::MarkKind;
        const qsizetype homes = text.indexOf(QLatin1String("340 homes"));
        QCOMPARE(markKindAt(herald, homes), Kind::Figure);
        QCOMPARE(
            markKindAt(herald, text.indexOf(QLatin1String("We have never seen"))), Kind::Quote);
        QCOMPARE(markKindAt(herald, text.indexOf(QLatin1String("Share this article"))),
            Kind::Boilerplate);
        QCOMPARE(
            markKindAt(herald, text.indexOf(QLatin1String("Harlow Bay overnight"))), Kind::None);
        // Each claim shows where its fact stands: the homes the sample's editor confirmed, the
        // fact she rejected; reopened, the homes are a proposal the linker flagged divergent.
        const auto stateAt = [](const QPlainTextEdit *view, qsizetype position) {
            return ReviewState(
                formatAt(view, position).intProperty(ArticleHighlighter::ReviewStateProperty));
        };
        Project *project = m_window->project();
        const QString homesFact = factLabelled(*project, QStringLiteral("homes flooded"));
        QVERIFY(project->fact(homesFact)->divergent);
        QCOMPARE(stateAt(herald, homes), ReviewState::Confirmed);
        m_window->factsTable()->selectFact(homesFact);
        m_window->action(QStringLiteral("reopenFact"))->trigger();
        QCOMPARE(project->fact(homesFact)->status, FactStatus::Proposed);
        QCOMPARE(m_window->factsTable()->currentFactId(), homesFact);
        QTRY_COMPARE(stateAt(herald, homes), ReviewState::Divergent);
        m_window->action(QStringLiteral("undo"))->trigger();
        QTRY_COMPARE(stateAt(herald, homes), ReviewState::Confirmed);
        m_window->factsTable()->selectFact({});
        QString rejected;
        for (const ProjectFact &fact : project->facts()) {
            rejected = fact.status == FactStatus::Rejected ? fact.id : rejected;
        }
        QVERIFY(!rejected.isEmpty());
        const Claim *rejectedClaim = project->claim(project->fact(rejected)->members.first());
        const QPlainTextEdit *rejectedView = m_window->pane(rejectedClaim->articleId)->textView();
        const qsizetype rejectedAt = rejectedClaim->range.start;
        QCOMPARE(stateAt(rejectedView, rejectedAt), ReviewState::Rejected);
        QVERIFY(formatAt(rejectedView, rejectedAt).fontStrikeOut());
        const KSyntaxHighlighting::Theme theme = m_window->panes()[0]->highlighter()->theme();
        // Figures take the theme's number colour, darkened where the tint needs it.
        const QColor figure = formatAt(herald, homes).foreground().color();
        QCOMPARE(figure,
            m_window->panes()[0]
                ->highlighter()
                ->formatFor(ClaimKind::Figure, ReviewState::Confirmed)
                .foreground()
                .color());
        QVERIFY(
            qAbs(figure.hsvHue()
                - QColor::fromRgba(theme.textColor(KSyntaxHighlighting::Theme::DecVal)).hsvHue())
            <= 4);
        // The speaker of a quote is underlined where the text names her.
        const qsizetype marsh = text.indexOf(QLatin1String("Marsh"));
        QVERIFY(marsh >= 0);
        QCOMPARE(markKindAt(herald, marsh), Kind::Speaker);
        QVERIFY(formatAt(herald, marsh).fontUnderline());
    }

    void testTooltipDescribesTheClaim()
    {
        ArticlePane *pane = m_window->panes()[0];
        const QString text = pane->textView()->toPlainText();
        const qsizetype figure = text.indexOf(QLatin1String("340 homes"));
        const QString description = pane->claimDescriptionAt(figure + 1);
        QVERIFY2(description.contains(QLatin1String("340")), qPrintable(description));
        QVERIFY(description.contains(QLatin1String("homes flooded")));
        QVERIFY(pane->claimDescriptionAt(text.indexOf(QLatin1String("overnight"))).isEmpty());

        QTextCursor cursor(pane->textView()->document());
        cursor.setPosition(int(figure + 1));
        pane->textView()->setTextCursor(cursor);
        pane->textView()->ensureCursorVisible();
        const QPoint at = pane->textView()->cursorRect(cursor).center();
        QWidget *viewport = pane->textView()->viewport();
        QHelpEvent hover(QEvent::ToolTip, at, viewport->mapToGlobal(at));
        QCoreApplication::sendEvent(viewport, &hover);
        QTRY_VERIFY(QToolTip::isVisible());
        QVERIFY2(QToolTip::text().contains(QLatin1String("homes")), qPrintable(QToolTip::text()));
        QToolTip::hideText();
    }

    void testSelectingAFactScrollsEveryPaneToItsMember()
    {
        // Scroll every pane away from the top first.
        for (ArticlePane *pane : m_window->panes()) {
            pane->textView()->verticalScrollBar()->setValue(0);
        }
        const QString homes = factLabelled(*m_window->project(), QStringLiteral("homes flooded"));
        QVERIFY(!homes.isEmpty());
        // Find a fact whose members sit low in their articles, so scrolling shows.
        QString lowFact;
        for (const ProjectFact &fact : m_window->project()->facts()) {
            bool allBelow = fact.members.size() >= 2;
            for (const QString &member : fact.members) {
                const Claim *claim = m_window->project()->claim(member);
                allBelow = allBelow
                    && !showsPosition(
                        m_window->pane(claim->articleId)->textView(), claim->range.start);
            }
            if (allBelow) {
                lowFact = fact.id;
                break;
            }
        }
        QVERIFY2(
            !lowFact.isEmpty(), "no fact sits below the fold in every pane; shrink the window");
        m_window->factsTable()->selectFact(lowFact);
        QCOMPARE(m_window->factsTable()->currentFactId(), lowFact);
        QCOMPARE(m_window->inspector()->factId(), lowFact);
        for (const QString &member : m_window->project()->fact(lowFact)->members) {
            const Claim *claim = m_window->project()->claim(member);
            const QPlainTextEdit *view = m_window->pane(claim->articleId)->textView();
            QTRY_VERIFY2(showsPosition(view, claim->range.start), qPrintable(member));
            QVERIFY(formatAt(view, claim->range.start)
                        .boolProperty(ArticleHighlighter::EmphasisedProperty));
        }
    }

    void testClickingAClaimSelectsItsFact()
    {
        const QString homes = factLabelled(*m_window->project(), QStringLiteral("homes flooded"));
        m_window->factsTable()->selectFact(
            factLabelled(*m_window->project(), m_window->project()->facts().last().label));
        QPlainTextEdit *view = m_window->panes()[0]->textView();
        const int position = int(view->toPlainText().indexOf(QLatin1String("340 homes")));
        QTextCursor cursor(view->document());
        cursor.setPosition(position + 1);
        view->setTextCursor(cursor);
        view->ensureCursorVisible();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->cursorRect(cursor).center());
        QCOMPARE(m_window->factsTable()->currentFactId(), homes);
    }

    void testDraggingAClaimFromAPaneOntoAFactRow()
    {
        Project *project = m_window->project();
        const QString homes = factLabelled(*project, QStringLiteral("homes flooded"));
        const QString households = factLabelled(*project, QStringLiteral("households"));
        QVERIFY(!homes.isEmpty() && !households.isEmpty());
        // Press on the Herald's 340 and move the mouse: the pane starts a drag of that claim.
        ArticlePane *herald = m_window->panes()[0];
        QPlainTextEdit *view = herald->textView();
        QTextCursor cursor(view->document());
        cursor.setPosition(int(view->toPlainText().indexOf(QLatin1String("340 homes"))) + 1);
        view->setTextCursor(cursor);
        view->ensureCursorVisible();
        const QPoint pressed = view->cursorRect(cursor).center();
        const QString claimId = herald->claimIdAt(cursor.position());
        QCOMPARE(project->factOfClaim(claimId), homes);
        QTest::mousePress(view->viewport(), Qt::LeftButton, {}, pressed);
        QTest::mouseMove(
            view->viewport(), pressed + QPoint(QApplication::startDragDistance() + 4, 0));
        // The offscreen platform ends every drag at once; the QDrag stays until the event loop
        // deletes it, with the data a drop on the facts table reads.
        const QDrag *drag = herald->findChild<QDrag *>();
        QVERIFY(drag && drag->mimeData());
        QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, pressed);

        QTableView *table = m_window->factsTable()->view();
        m_window->factsTable()->selectFact(households);
        const QModelIndex row = table->currentIndex();
        QVERIFY(row.isValid());
        table->scrollTo(row);
        const QPoint at = table->visualRect(row).center();
        const int steps = project->undoStack()->index();
        QDragEnterEvent enter(at, Qt::MoveAction, drag->mimeData(), Qt::LeftButton, {});
        QApplication::sendEvent(table->viewport(), &enter);
        QDragMoveEvent move(at, Qt::MoveAction, drag->mimeData(), Qt::LeftButton, {});
        QApplication::sendEvent(table->viewport(), &move);
        QVERIFY(move.isAccepted());
        QDropEvent drop(at, Qt::MoveAction, drag->mimeData(), Qt::LeftButton, {});
        QApplication::sendEvent(table->viewport(), &drop);
        QCOMPARE(project->factOfClaim(claimId), households);
        QCOMPARE(project->undoStack()->index(), steps + 1);
        m_window->action(QStringLiteral("undo"))->trigger();
        QCOMPARE(project->factOfClaim(claimId), homes);
    }

    void testKeyboardReview()
    {
        Project *project = m_window->project();
        QTableView *facts = m_window->factsTable()->view();
        facts->setFocus();
        QTRY_VERIFY(facts->hasFocus());
        const QList<ProjectFact> &all = project->facts();
        const auto reviewedBefore = std::count_if(all.cbegin(), all.cend(),
            [](const ProjectFact &fact) { return fact.status != FactStatus::Proposed; });
        QTest::keyClick(facts, Qt::Key_J);
        const QString first = m_window->factsTable()->currentFactId();
        QVERIFY(!first.isEmpty());
        QCOMPARE(project->fact(first)->status, FactStatus::Proposed);
        QTest::keyClick(facts, Qt::Key_C);
        QCOMPARE(project->fact(first)->status, FactStatus::Confirmed);
        // Confirming moves on to the next proposal.
        const QString second = m_window->factsTable()->currentFactId();
        QVERIFY(second != first);
        QCOMPARE(project->fact(second)->status, FactStatus::Proposed);
        QTest::keyClick(facts, Qt::Key_R);
        QCOMPARE(project->fact(second)->status, FactStatus::Rejected);
        QTRY_VERIFY(m_window->reviewProgressText().startsWith(
            QStringLiteral("%1 of ").arg(reviewedBefore + 2)));
        QVERIFY(m_window->isWindowModified());
        // Undo and redo by the keyboard too.
        QTest::keySequence(m_window.get(), QKeySequence::Undo);
        QCOMPARE(project->fact(second)->status, FactStatus::Proposed);
        QTest::keySequence(m_window.get(), QKeySequence::Redo);
        QCOMPARE(project->fact(second)->status, FactStatus::Rejected);
        // Confirmed members turn green in the panes.
        const Claim *member = project->claim(project->fact(first)->members.first());
        const QPlainTextEdit *view = m_window->pane(member->articleId)->textView();
        QTRY_COMPARE(ReviewState(formatAt(view, member->range.start)
                                     .intProperty(ArticleHighlighter::ReviewStateProperty)),
            ReviewState::Confirmed);
    }

    void testMoveAClaimByTheInspector()
    {
        Project *project = m_window->project();
        const QString homes = factLabelled(*project, QStringLiteral("homes flooded"));
        m_window->factsTable()->selectFact(homes);
        auto *members
            = m_window->inspector()->findChild<QAbstractItemView *>(QStringLiteral("factMembers"));
        auto *target = m_window->inspector()->findChild<QComboBox *>(QStringLiteral("moveTarget"));
        auto *move
            = m_window->inspector()->findChild<QAbstractButton *>(QStringLiteral("moveClaim"));
        QVERIFY(members && target && move);
        const QStringList before = project->fact(homes)->members;
        members->setCurrentIndex(members->model()->index(0, 0));
        QVERIFY(target->count() > 0);
        target->setCurrentIndex(0);
        const int steps = project->undoStack()->count();
        QTest::mouseClick(move, Qt::LeftButton);
        QCOMPARE(project->undoStack()->count(), steps + 1);
        const QStringList after
            = project->fact(homes) ? project->fact(homes)->members : QStringList();
        QCOMPARE(after.size(), before.size() - 1);
        QString moved;
        for (const QString &claimId : before) {
            if (!after.contains(claimId)) {
                moved = claimId;
            }
        }
        QVERIFY(project->factOfClaim(moved) != homes);
        m_window->action(QStringLiteral("undo"))->trigger();
        QCOMPARE(project->fact(homes)->members, before);
        m_window->action(QStringLiteral("redo"))->trigger();
        QCOMPARE(project->fact(homes)->members, after);
        m_window->action(QStringLiteral("undo"))->trigger();
    }

    void testMarkingASelectionAddsAClaim()
    {
        Project *project = m_window->project();
        ArticlePane *pane = m_window->panes()[1];
        QPlainTextEdit *view = pane->textView();
        const int at = int(view->toPlainText().indexOf(QLatin1String("Storm Morwenna")));
        QVERIFY(at >= 0);
        view->setFocus();
        QTRY_VERIFY(view->hasFocus());
        QTextCursor cursor(view->document());
        cursor.setPosition(at);
        cursor.setPosition(at + 14, QTextCursor::KeepAnchor);
        view->setTextCursor(cursor);
        QAction *markQuote = m_window->action(QStringLiteral("markQuote"));
        QTRY_VERIFY(markQuote->isEnabled());
        const qsizetype claims = project->claims().size();
        markQuote->trigger();
        QCOMPARE(project->claims().size(), claims + 1);
        const Claim &added = project->claims().last();
        QCOMPARE(added.origin, Origin::Editor);
        QCOMPARE(added.kind, ClaimKind::Quote);
        QCOMPARE(added.text, QStringLiteral("Storm Morwenna"));
        QTRY_COMPARE(markKindAt(view, at + 2), ArticleHighlighter::MarkKind::Quote);
        m_window->action(QStringLiteral("undo"))->trigger();
        QCOMPARE(project->claims().size(), claims);
    }

    void testDarkThemeRecoloursTheFigures()
    {
        const QPlainTextEdit *herald = m_window->panes()[0]->textView();
        const qsizetype homes = herald->toPlainText().indexOf(QLatin1String("340 homes"));
        m_window->setThemeName(QStringLiteral("Breeze Light"));
        QTRY_VERIFY(formatAt(herald, homes).foreground().color().isValid());
        const QColor light = formatAt(herald, homes).foreground().color();
        QVERIFY(herald->palette().color(QPalette::Base).lightness() > 128);
        m_window->setThemeName(QStringLiteral("Breeze Dark"));
        QTRY_VERIFY(formatAt(herald, homes).foreground().color() != light);
        QVERIFY(herald->palette().color(QPalette::Base).lightness() < 128);
        QCOMPARE(QSettings().value(QStringLiteral("view/theme")).toString(),
            QStringLiteral("Breeze Dark"));
        m_window->setThemeName({});
    }

    void testBoilerplateCanBeHidden()
    {
        const QPlainTextEdit *herald = m_window->panes()[0]->textView();
        const QTextBlock share = herald->document()->findBlock(
            int(herald->toPlainText().indexOf(QLatin1String("Share this article"))));
        QVERIFY(share.isVisible());
        m_window->action(QStringLiteral("showBoilerplate"))->setChecked(false);
        QVERIFY(!share.isVisible());
        m_window->action(QStringLiteral("showBoilerplate"))->setChecked(true);
        QVERIFY(share.isVisible());
    }

    void testSaveReopenKeepsEveryDecision()
    {
        Project *project = m_window->project();
        const QString fileName = m_dir.filePath(QStringLiteral("review.factbench"));
        QVERIFY(project->saveAs(fileName).ok());
        QVERIFY(!m_window->isWindowModified());
        QVERIFY(m_window->windowTitle().startsWith(QLatin1String("review.factbench")));
        // One more decision, saved with Ctrl+S.
        const QString homes = factLabelled(*project, QStringLiteral("homes flooded"));
        m_window->factsTable()->selectFact(homes);
        m_window->factsTable()->view()->setFocus();
        QTest::keyClick(m_window->factsTable()->view(), Qt::Key_D);
        QCOMPARE(project->fact(homes)->status, FactStatus::Disputed);
        QVERIFY(m_window->isWindowModified());
        QTest::keySequence(m_window.get(), QKeySequence::Save);
        QVERIFY(!m_window->isWindowModified());
        const ProjectData saved = project->data();

        m_window->action(QStringLiteral("closeProject"))->trigger();
        QVERIFY(project->facts().isEmpty());
        QTRY_COMPARE(m_window->panes().size(), 0);
        QVERIFY(m_window->openProject(fileName));
        QCoreApplication::processEvents();
        QCOMPARE(project->data(), saved);
        QTRY_COMPARE(m_window->panes().size(), 3);
        QCOMPARE(project->fact(homes)->status, FactStatus::Disputed);
        QVERIFY(QSettings()
                    .value(QStringLiteral("files/recent"))
                    .toStringList()
                    .contains(project->fileName()));
    }

    void testUnsavedChangesAreNotLostOnClose()
    {
        Project *project = m_window->project();
        const QString fact = project->facts().last().id;
        QVERIFY(project->renameFact(fact, QStringLiteral("renamed by the test")));
        QVERIFY(m_window->isWindowModified());
        QString asked;
        answerNextMessageBox(QMessageBox::Cancel, &asked);
        m_window->action(QStringLiteral("closeProject"))->trigger();
        QVERIFY2(asked.contains(QLatin1String("review.factbench")), qPrintable(asked));
        QCOMPARE(project->fact(fact)->label, QStringLiteral("renamed by the test"));
        // Closing the window asks too, and Cancel keeps it open.
        answerNextMessageBox(QMessageBox::Cancel);
        QVERIFY(!m_window->close());
        QVERIFY(m_window->isVisible());
        project->undoStack()->undo();
        QVERIFY(!m_window->isWindowModified());
    }

    void testArticlesAreAddedInTheBackground()
    {
        Project *project = m_window->project();
        QTemporaryDir dir;
        QStringList files;
        for (int i = 0; i < 3; ++i) {
            const QString path = dir.filePath(QStringLiteral("extra%1.txt").arg(i));
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QStringLiteral("Flood follow-up %1\n\nAt least %2 homes were flooded, the "
                                      "council said on Tuesday.\n")
                           .arg(i)
                           .arg(330 + i)
                           .toUtf8());
        }
        files << dir.filePath(QStringLiteral("extra0.txt"))
              << dir.filePath(QStringLiteral("extra1.txt"))
              << dir.filePath(QStringLiteral("missing.txt"));
        const qsizetype articles = project->articles().size();
        QSignalSpy finished(m_window->backgroundAnalysis(), &BackgroundAnalysis::finished);
        answerNextMessageBox(QMessageBox::Ok); // The missing file is reported.
        m_window->addArticleFiles(files);
        QVERIFY(
            m_window->findChild<QProgressBar *>(QStringLiteral("backgroundProgress"))->isVisible());
        QVERIFY(finished.wait(30000));
        QTRY_COMPARE(project->articles().size(), articles + 2);
        QTRY_COMPARE(m_window->panes().size(), int(articles + 2));
        QVERIFY(!m_window->findChild<QProgressBar *>(QStringLiteral("backgroundProgress"))
                     ->isVisible());
        // One undo step takes both away.
        m_window->action(QStringLiteral("undo"))->trigger();
        QCOMPARE(project->articles().size(), articles);
        QTRY_COMPARE(m_window->panes().size(), int(articles));
    }

    void testCancellingBackgroundWorkChangesNothing()
    {
        Project *project = m_window->project();
        QTemporaryDir dir;
        QStringList files;
        const QByteArray body
            = QByteArray("Officials said 42 people were rescued from the river. ").repeated(400);
        for (int i = 0; i < 200; ++i) {
            const QString path = dir.filePath(QStringLiteral("many%1.txt").arg(i));
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(body);
            files << path;
        }
        const ProjectData before = project->data();
        QSignalSpy cancelled(m_window->backgroundAnalysis(), &BackgroundAnalysis::cancelled);
        m_window->addArticleFiles(files);
        QTest::mouseClick(
            m_window->findChild<QAbstractButton *>(QStringLiteral("cancelBackground")),
            Qt::LeftButton);
        QVERIFY(cancelled.wait(30000));
        QCOMPARE(project->data(), before);
    }

    void testRecoveryOfferRestoresUnsavedWork()
    {
        // A session that crashed: its autosave is left behind, unlocked.
        {
            Project crashed;
            crashed.addArticles(SampleArticles::load());
            crashed.rerunAnalysis();
            Autosaver autosaver(&crashed);
            QVERIFY(autosaver.autosaveNow().ok());
        }
        QVERIFY(!Autosaver::recoverable().isEmpty());
        m_window->action(QStringLiteral("closeProject"))->trigger();
        QVERIFY(m_window->project()->articles().isEmpty());
        QTimer::singleShot(0, qApp, [] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            box->defaultButton()->click(); // Recover
        });
        m_window->offerRecovery();
        QCOMPARE(m_window->project()->articles().size(), 3);
        QVERIFY(m_window->project()->isModified());
        QVERIFY(Autosaver::recoverable().isEmpty());
        m_window->project()->undoStack()->setClean();
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
