#include "contrast.h"
#include "factbadges.h"
#include "factmatrixmodel.h"
#include "factstable.h"
#include "i18n/translations.h"
#include "samplereview.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace factbench;

namespace {

/// The rows the table shows, by fact label, top to bottom.
QStringList shownLabels(const FactsTable &table)
{
    QStringList labels;
    const QAbstractItemModel *model = table.view()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        labels.append(model->index(row, FactMatrixModel::LabelColumn).data().toString());
    }
    return labels;
}

QModelIndex shownIndexOf(const FactsTable &table, const QString &factId, int column)
{
    const QAbstractItemModel *model = table.view()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, column);
        if (index.data(FactMatrixModel::IdRole).toString() == factId) {
            return index;
        }
    }
    return {};
}

/// Sends a drag of `data` to the view and drops it at `position`, as a drag from a pane does.
bool dropOnView(QTableView *view, const QMimeData *data, const QPoint &position)
{
    QWidget *viewport = view->viewport();
    QDragEnterEvent enter(position, Qt::CopyAction | Qt::MoveAction, data, Qt::LeftButton, {});
    QApplication::sendEvent(viewport, &enter);
    QDragMoveEvent move(position, Qt::CopyAction | Qt::MoveAction, data, Qt::LeftButton, {});
    QApplication::sendEvent(viewport, &move);
    if (!move.isAccepted()) {
        QDragLeaveEvent leave;
        QApplication::sendEvent(viewport, &leave);
        return false;
    }
    QDropEvent drop(position, Qt::CopyAction | Qt::MoveAction, data, Qt::LeftButton, {});
    QApplication::sendEvent(viewport, &drop);
    return drop.isAccepted();
}

} // namespace

/// The facts table over the sample: the matrix, its badges, filters, search, keeping the current
/// fact, moving claims by drag and drop, and how it looks.
class TestFactsTable : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        // The English catalogue holds the plural forms ("1 fact", "2 facts").
        Translations::install(qApp, QLocale(QLocale::English));
    }

    void init()
    {
        m_project = new Project(this);
        makeSampleReview(*m_project);
        m_table = new FactsTable(m_project);
        m_table->resize(1000, 420);
        m_table->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_table));
        m_homes = factLabelled(*m_project, QStringLiteral("homes flooded"));
        m_injured = factLabelled(*m_project, QStringLiteral("people injured"));
        m_pumped = factLabelled(*m_project, QStringLiteral("properties pumped"));
        QVERIFY(!m_homes.isEmpty() && !m_injured.isEmpty() && !m_pumped.isEmpty());
    }

    void cleanup()
    {
        delete m_table;
        delete m_project;
    }

    void testMatrixHasOneColumnPerArticleWithItsValue()
    {
        const FactMatrixModel *model = m_table->model();
        QCOMPARE(model->columnCount(), FactMatrixModel::FirstArticleColumn + 3 + 1);
        QCOMPARE(model->rowCount(), int(m_project->facts().size()));
        QStringList outlets;
        for (int column = FactMatrixModel::FirstArticleColumn;
             column < model->verifiedValueColumn(); ++column) {
            outlets.append(model->headerData(column, Qt::Horizontal).toString());
        }
        QCOMPARE(outlets,
            QStringList({QStringLiteral("The Coastal Herald"), QStringLiteral("Northshore Daily"),
                QStringLiteral("Bayline News")}));
        QCOMPARE(
            model->headerData(FactMatrixModel::FirstArticleColumn, Qt::Horizontal, Qt::ToolTipRole)
                .toString(),
            QStringLiteral("Storm Morwenna floods Harlow Bay as sea wall gives way"));
        QCOMPARE(model->headerData(model->verifiedValueColumn(), Qt::Horizontal).toString(),
            QStringLiteral("Verified value"));

        // As each article states it: the qualifier with the article's own words.
        const auto cell = [model](const QString &factId, int article) {
            return model->indexOfFact(factId, FactMatrixModel::FirstArticleColumn + article)
                .data()
                .toString();
        };
        QCOMPARE(cell(m_homes, 0), QStringLiteral("340"));
        QCOMPARE(cell(m_homes, 1), QStringLiteral("more than 300"));
        QCOMPARE(cell(m_homes, 2), QStringLiteral("360"));
        QCOMPARE(cell(m_injured, 0), QStringLiteral("at least 12"));
        QCOMPARE(cell(m_injured, 2), QStringLiteral("Fourteen"));
        QCOMPARE(model->indexOfFact(m_homes, FactMatrixModel::LabelColumn).data().toString(),
            QStringLiteral("homes flooded"));

        const QModelIndex bayline
            = model->indexOfFact(m_homes, FactMatrixModel::FirstArticleColumn + 2);
        QCOMPARE(bayline.data(FactMatrixModel::ClaimIdsRole).toStringList(),
            QStringList {memberFrom(*m_project, m_homes, QStringLiteral("Bayline News"))});
        QCOMPARE(bayline.data(FactMatrixModel::ArticleIdRole).toString(),
            m_project->articles().at(2).id);
        QVERIFY(bayline.data(Qt::ToolTipRole).toString().contains(QStringLiteral("360")));

        // A quote fact shows the start of each article's words.
        const QString quoteFact = factLabelled(*m_project,
            QStringLiteral("Elena Marsh: “We have never seen water this high in the harbour.”"));
        QVERIFY(!quoteFact.isEmpty());
        QVERIFY(cell(quoteFact, 1).startsWith(QStringLiteral("“We have never seen the water")));

        // An article without a member leaves its cell empty.
        const QString speed = factLabelled(*m_project, QStringLiteral("speed in km/h"));
        QVERIFY(!speed.isEmpty());
        QCOMPARE(cell(speed, 2), QString());
        QVERIFY(model->indexOfFact(speed, FactMatrixModel::FirstArticleColumn + 2)
                    .data(FactMatrixModel::ClaimIdsRole)
                    .toStringList()
                    .isEmpty());
    }

    void testCellsFollowClaimCorrectionsAndDeletions()
    {
        const FactMatrixModel *model = m_table->model();
        const QModelIndex bayline
            = model->indexOfFact(m_homes, FactMatrixModel::FirstArticleColumn + 2);
        const QString claim = memberFrom(*m_project, m_homes, QStringLiteral("Bayline News"));
        ClaimCorrection correction;
        correction.value = 362;
        QVERIFY(m_project->correctClaim(claim, correction));
        QCOMPARE(bayline.data().toString(), QStringLiteral("362"));
        QVERIFY(bayline.data(Qt::ToolTipRole).toString().contains(QStringLiteral("corrected")));
        QVERIFY(m_project->deleteClaim(claim));
        QCOMPARE(bayline.data().toString(), QString());
        m_project->undoStack()->undo();
        QCOMPARE(bayline.data().toString(), QStringLiteral("362"));
        m_project->undoStack()->undo();
        QCOMPARE(bayline.data().toString(), QStringLiteral("360"));
    }

    void testDivergentFactHasBadgeAndReason()
    {
        const FactMatrixModel *model = m_table->model();
        const QModelIndex homes = model->indexOfFact(m_homes, FactMatrixModel::DivergenceColumn);
        QVERIFY(homes.data(FactMatrixModel::DivergentRole).toBool());
        QVERIFY(!homes.data(Qt::DecorationRole).value<QIcon>().isNull());
        const QString reason = homes.data(Qt::ToolTipRole).toString();
        QVERIFY2(reason.contains(QStringLiteral("disagree"))
                && reason.contains(QStringLiteral("340 (1 source) vs 360 (1 source)")),
            qPrintable(reason));

        // Agreeing by a rule: no warning, but the tooltip says which rule.
        const QModelIndex injured
            = model->indexOfFact(m_injured, FactMatrixModel::DivergenceColumn);
        QVERIFY(!injured.data(FactMatrixModel::DivergentRole).toBool());
        QVERIFY(injured.data(Qt::ToolTipRole).toString().contains(QStringLiteral("update")));
        QVERIFY(injured.data(Qt::ToolTipRole).toString().contains(QStringLiteral("12 then 14")));
        QVERIFY(injured.data(Qt::DecorationRole).value<QIcon>().cacheKey()
            != homes.data(Qt::DecorationRole).value<QIcon>().cacheKey());

        // Equal values: nothing to say.
        const QModelIndex pumped = model->indexOfFact(m_pumped, FactMatrixModel::DivergenceColumn);
        QVERIFY(!pumped.data(Qt::DecorationRole).isValid());
        QVERIFY(!pumped.data(Qt::ToolTipRole).isValid());
    }

    void testStatusColumnFollowsTheReview()
    {
        const FactMatrixModel *model = m_table->model();
        const QModelIndex status = model->indexOfFact(m_homes, FactMatrixModel::StatusColumn);
        QCOMPARE(status.data().toString(), QStringLiteral("Proposed"));
        const qint64 proposedIcon = status.data(Qt::DecorationRole).value<QIcon>().cacheKey();
        QVERIFY(m_project->confirmFact(m_homes));
        QCOMPARE(status.data().toString(), QStringLiteral("Confirmed"));
        QCOMPARE(status.data(FactMatrixModel::StatusRole).toInt(), int(FactStatus::Confirmed));
        QVERIFY(status.data(Qt::DecorationRole).value<QIcon>().cacheKey() != proposedIcon);
        QVERIFY(m_project->setVerifiedValue(m_homes, QStringLiteral("340")));
        QCOMPARE(model->indexOfFact(m_homes, model->verifiedValueColumn()).data().toString(),
            QStringLiteral("340"));
        m_project->undoStack()->undo();
        m_project->undoStack()->undo();
        QCOMPARE(status.data().toString(), QStringLiteral("Proposed"));
    }

    void testFilterComboBoxShowsDivergentUnreviewedConfirmed()
    {
        auto *filter = m_table->findChild<QComboBox *>(QStringLiteral("factFilter"));
        QVERIFY(filter);
        QCOMPARE(filter->count(), 4);
        const int total = int(m_project->facts().size());
        QVERIFY(m_project->confirmFact(m_pumped));
        QCOMPARE(filter->itemText(3), QStringLiteral("Confirmed (1)"));

        filter->setFocus();
        QTest::keyClick(filter, Qt::Key_Down); // All -> Divergent
        QCOMPARE(m_table->filter(), FactFilter::Divergent);
        const QStringList divergent = shownLabels(*m_table);
        QCOMPARE(divergent.size(), 2);
        QVERIFY(divergent.contains(QStringLiteral("homes flooded")));

        QTest::keyClick(filter, Qt::Key_Down);
        QCOMPARE(m_table->filter(), FactFilter::Unreviewed);
        QCOMPARE(shownLabels(*m_table).size(), total - 1);
        QVERIFY(!shownLabels(*m_table).contains(QStringLiteral("properties pumped")));

        QTest::keyClick(filter, Qt::Key_Down);
        QCOMPARE(m_table->filter(), FactFilter::Confirmed);
        QCOMPARE(shownLabels(*m_table), QStringList {QStringLiteral("properties pumped")});
        auto *count = m_table->findChild<QLabel *>(QStringLiteral("factCount"));
        QCOMPARE(count->text(), QStringLiteral("1 of %1 facts").arg(total));

        // The filter follows the review: a rejection leaves the confirmed view.
        QVERIFY(m_project->rejectFact(m_pumped));
        QVERIFY(shownLabels(*m_table).isEmpty());

        m_table->setFilter(FactFilter::All);
        QCOMPARE(filter->currentIndex(), 0);
        QCOMPARE(shownLabels(*m_table).size(), total);
    }

    void testSearchMatchesLabelValuesVerdictAndNote()
    {
        auto *search = m_table->findChild<QLineEdit *>(QStringLiteral("factSearch"));
        QVERIFY(search);
        QCOMPARE(search->placeholderText(), QStringLiteral("Search facts"));
        QVERIFY(search->isClearButtonEnabled());

        m_table->focusSearch();
        QVERIFY(search->hasFocus());
        QTest::keyClicks(search, QStringLiteral("HOMES"));
        QCOMPARE(shownLabels(*m_table), QStringList {QStringLiteral("homes flooded")});

        search->clear();
        QTest::keyClicks(search, QStringLiteral("£45"));
        QCOMPARE(shownLabels(*m_table).size(), 1);

        QVERIFY(m_project->setVerdict(m_injured, QStringLiteral("Misleading")));
        QVERIFY(m_project->editNote(m_pumped, QStringLiteral("Fire service confirmed by phone")));
        search->clear();
        QTest::keyClicks(search, QStringLiteral("mislead"));
        QCOMPARE(shownLabels(*m_table), QStringList {QStringLiteral("people injured")});
        search->clear();
        QTest::keyClicks(search, QStringLiteral("by phone"));
        QCOMPARE(shownLabels(*m_table), QStringList {QStringLiteral("properties pumped")});

        // Escape clears the search; nothing matching shows the empty message.
        QTest::keyClicks(search, QStringLiteral("zzz"));
        QVERIFY(shownLabels(*m_table).isEmpty());
        QTest::keyClick(search, Qt::Key_Escape);
        QCOMPARE(search->text(), QString());
        QCOMPARE(shownLabels(*m_table).size(), int(m_project->facts().size()));
    }

    void testSelectNextUnreviewedSkipsConfirmed()
    {
        const QList<ProjectFact> facts = m_project->facts();
        QVERIFY(m_project->confirmFact(facts.at(1).id));
        QVERIFY(m_project->rejectFact(facts.at(2).id));
        m_table->selectFact(facts.at(0).id);
        QVERIFY(m_table->selectNextUnreviewed());
        QCOMPARE(m_table->currentFactId(), facts.at(3).id);
        QVERIFY(m_table->selectNextUnreviewed(true));
        QCOMPARE(m_table->currentFactId(), facts.at(0).id);
        // Backwards from the first wraps around to the last.
        QVERIFY(m_table->selectNextUnreviewed(true));
        QCOMPARE(m_table->currentFactId(), facts.last().id);
        QVERIFY(m_table->selectNextUnreviewed());
        QCOMPARE(m_table->currentFactId(), facts.at(0).id);
        QCOMPARE(m_table->selectedFactIds(), QStringList {facts.at(0).id});

        // Hidden by the filter: the table shows all facts to reach the next one.
        m_table->setFilter(FactFilter::Confirmed);
        QVERIFY(m_table->selectNextUnreviewed());
        QCOMPARE(m_table->filter(), FactFilter::All);
        QCOMPARE(m_project->fact(m_table->currentFactId())->status, FactStatus::Proposed);

        for (const ProjectFact &fact : facts) {
            QVERIFY(m_project->confirmFact(fact.id));
        }
        QVERIFY(!m_table->selectNextUnreviewed());
    }

    void testSelectionSignalsAndActivation()
    {
        QSignalSpy current(m_table, &FactsTable::currentFactChanged);
        QSignalSpy activated(m_table, &FactsTable::factActivated);
        QTableView *view = m_table->view();
        const QModelIndex homes = shownIndexOf(*m_table, m_homes, FactMatrixModel::LabelColumn);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(homes).center());
        QCOMPARE(current.size(), 1);
        QCOMPARE(current.last().first().toString(), m_homes);
        QCOMPARE(m_table->currentFactId(), m_homes);

        QTest::keyClick(view, Qt::Key_Down);
        QCOMPARE(current.size(), 2);
        const QString next = current.last().first().toString();
        QVERIFY(next != m_homes);
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.last().first().toString(), next);

        // Shift+Up extends the selection: the current fact comes first.
        QTest::keyClick(view, Qt::Key_Up, Qt::ShiftModifier);
        QCOMPARE(m_table->selectedFactIds(), QStringList({m_homes, next}));

        // Selecting a fact the search hides shows all facts again.
        auto *search = m_table->findChild<QLineEdit *>(QStringLiteral("factSearch"));
        QTest::keyClicks(search, QStringLiteral("pumped"));
        m_table->selectFact(m_injured);
        QCOMPARE(search->text(), QString());
        QCOMPARE(m_table->currentFactId(), m_injured);
        QCOMPARE(current.last().first().toString(), m_injured);

        // A claim selects its fact.
        const QString claim = memberFrom(*m_project, m_homes, QStringLiteral("Bayline News"));
        QVERIFY(m_table->selectFactOfClaim(claim));
        QCOMPARE(m_table->currentFactId(), m_homes);

        m_table->selectFact({});
        QCOMPARE(m_table->currentFactId(), QString());
        QCOMPARE(current.last().first().toString(), QString());
    }

    void testCurrentFactSurvivesUndoSortAndReload()
    {
        m_table->selectFact(m_injured);
        QVERIFY(m_project->confirmFact(m_injured));
        QCOMPARE(m_table->currentFactId(), m_injured);
        m_project->undoStack()->undo();
        QCOMPARE(m_table->currentFactId(), m_injured);

        // A split inserts a fact beside it; undoing removes that one, not the current.
        const QString split = m_project->splitFact(
            m_injured, {memberFrom(*m_project, m_injured, QStringLiteral("Bayline News"))});
        QVERIFY(!split.isEmpty());
        QCOMPARE(m_table->currentFactId(), m_injured);
        m_project->undoStack()->undo();
        QCOMPARE(m_table->currentFactId(), m_injured);
        QCOMPARE(m_table->selectedFactIds(), QStringList {m_injured});

        // Sorted by status, a confirmation moves the row; it stays current.
        m_table->view()->sortByColumn(FactMatrixModel::StatusColumn, Qt::DescendingOrder);
        QVERIFY(m_project->confirmFact(m_injured));
        QCOMPARE(m_table->currentFactId(), m_injured);
        QCOMPARE(m_table->view()->model()->index(0, 0).data(FactMatrixModel::IdRole).toString(),
            m_injured);

        // Merged away: the neighbour becomes current and selected.
        QSignalSpy current(m_table, &FactsTable::currentFactChanged);
        QVERIFY(m_project->mergeFacts(m_pumped, {m_injured}));
        QCOMPARE(current.size(), 1);
        QVERIFY(!m_table->currentFactId().isEmpty());
        QCOMPARE(m_table->selectedFactIds(), QStringList {m_table->currentFactId()});
        m_project->undoStack()->undo();

        // Opening the project again keeps the fact by its id.
        m_table->selectFact(m_homes);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("review.factbench"));
        QVERIFY(m_project->saveAs(path).ok());
        QVERIFY(m_project->open(path).ok());
        QCOMPARE(m_table->currentFactId(), m_homes);
        m_project->clear(); // Lets go of the file's lock before the folder goes.
    }

    void testDroppedClaimMovesIntoTheRow()
    {
        const QString claim = memberFrom(*m_project, m_homes, QStringLiteral("Bayline News"));
        const QString households = factLabelled(*m_project, QStringLiteral("households"));
        QVERIFY(!claim.isEmpty() && !households.isEmpty());
        const int steps = m_project->undoStack()->count();
        std::unique_ptr<QMimeData> data(FactMatrixModel::claimMimeData(claim));
        QCOMPARE(QString::fromUtf8(data->data(FactMatrixModel::ClaimMimeType)), claim);

        QTableView *view = m_table->view();
        const QModelIndex target = shownIndexOf(*m_table, households, FactMatrixModel::LabelColumn);
        QVERIFY(dropOnView(view, data.get(), view->visualRect(target).center()));
        QCOMPARE(m_project->factOfClaim(claim), households);
        QCOMPARE(m_project->undoStack()->count(), steps + 1);
        QCOMPARE(m_table->model()
                     ->indexOfFact(households, FactMatrixModel::FirstArticleColumn + 2)
                     .data()
                     .toString(),
            QStringLiteral("360"));
        m_project->undoStack()->undo();
        QCOMPARE(m_project->factOfClaim(claim), m_homes);

        // Refused: onto its own fact, a quote onto a figure fact, between nothing.
        const QModelIndex own = shownIndexOf(*m_table, m_homes, FactMatrixModel::LabelColumn);
        QVERIFY(!dropOnView(view, data.get(), view->visualRect(own).center()));
        QString quote;
        for (const Claim &candidate : m_project->claims()) {
            if (candidate.kind == ClaimKind::Quote) {
                quote = candidate.id;
                break;
            }
        }
        std::unique_ptr<QMimeData> quoteData(FactMatrixModel::claimMimeData(quote));
        QVERIFY(!dropOnView(view, quoteData.get(), view->visualRect(target).center()));
        QVERIFY(
            !m_table->model()->canDropMimeData(data.get(), Qt::MoveAction, 0, 0, QModelIndex()));
        QCOMPARE(m_project->undoStack()->count(), steps + 1); // Only the first drop, undone.
        QCOMPARE(m_project->undoStack()->index(), steps);
    }

    void testModelStaysConsistentThroughArticlesAndUndo()
    {
        Project project;
        FactMatrixModel model(&project);
        FactFilterModel filtered;
        filtered.setSourceModel(&model);
        filtered.sort(FactMatrixModel::LabelColumn);
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester filteredTester(
            &filtered, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.columnCount(), FactMatrixModel::FirstArticleColumn + 1);

        makeSampleReview(project);
        QCOMPARE(model.columnCount(), FactMatrixModel::FirstArticleColumn + 4);
        QCOMPARE(model.rowCount(), int(project.facts().size()));
        filtered.setFilter(FactFilter::Divergent);
        QCOMPARE(filtered.rowCount(), 2);
        filtered.setFilter(FactFilter::All);

        const QString northshore = project.articles().at(1).id;
        QVERIFY(project.removeArticle(northshore));
        QCOMPARE(model.columnCount(), FactMatrixModel::FirstArticleColumn + 3);
        QCOMPARE(
            model.headerData(FactMatrixModel::FirstArticleColumn + 1, Qt::Horizontal).toString(),
            QStringLiteral("Bayline News"));
        project.undoStack()->undo();
        QCOMPARE(model.columnCount(), FactMatrixModel::FirstArticleColumn + 4);
        QCOMPARE(model.articleColumn(northshore), FactMatrixModel::FirstArticleColumn + 1);

        const QString homes = factLabelled(project, QStringLiteral("homes flooded"));
        const QString pumped = factLabelled(project, QStringLiteral("properties pumped"));
        QVERIFY(project.mergeFacts(homes, {pumped}));
        QVERIFY(!project.createFact({project.fact(homes)->members.first()}, {}).isEmpty());
        QCOMPARE(model.indexOfFact(project.facts().last().id).data().toString(),
            QStringLiteral("Untitled fact"));
        while (project.undoStack()->canUndo()) {
            project.undoStack()->undo();
        }
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), FactMatrixModel::FirstArticleColumn + 1);
        while (project.undoStack()->canRedo()) {
            project.undoStack()->redo();
        }
        QCOMPARE(model.rowCount(), int(project.facts().size()));

        project.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), FactMatrixModel::FirstArticleColumn + 1);
    }

    void testBadgesStandOutInLightAndDarkPalettes()
    {
        for (const QPalette &palette : {lightPalette(), darkPalette()}) {
            const FactBadges badges(palette);
            const QColor base = palette.color(QPalette::Base);
            for (const FactStatus status : {FactStatus::Proposed, FactStatus::Confirmed,
                     FactStatus::Rejected, FactStatus::Disputed}) {
                QVERIFY(Contrast::ratio(badges.statusColor(status), base) >= 3.0);
            }
            QVERIFY(Contrast::ratio(badges.divergentColor(), base) >= 3.0);
            QVERIFY(badges.divergentColor() != badges.statusColor(FactStatus::Confirmed));
        }
    }

    void testRenderInLightAndDarkPalettes_data()
    {
        QTest::addColumn<QPalette>("palette");
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("width");
        QTest::newRow("light") << lightPalette() << QStringLiteral("light") << 1000;
        QTest::newRow("dark") << darkPalette() << QStringLiteral("dark") << 1000;
        QTest::newRow("narrow") << lightPalette() << QStringLiteral("narrow") << 560;
    }

    void testRenderInLightAndDarkPalettes()
    {
        QFETCH(QPalette, palette);
        QFETCH(QString, name);
        QFETCH(int, width);
        m_table->setPalette(palette);
        m_table->resize(width, m_table->height());
        m_table->view()->sortByColumn(FactMatrixModel::DivergenceColumn, Qt::AscendingOrder);
        QVERIFY(m_project->confirmFact(m_pumped));
        QVERIFY(m_project->markFactDisputed(m_injured));
        QVERIFY(m_project->rejectFact(factLabelled(*m_project, QStringLiteral("centres"))));
        QVERIFY(m_project->setVerifiedValue(m_pumped, QStringLiteral("85")));
        m_table->selectFact(m_homes);
        QCoreApplication::processEvents();
        const QImage image = m_table->grab().toImage();
        image.save(QStringLiteral("/tmp/factstable-%1.png").arg(name));

        // The divergence badge is painted in its colour, in the palette's theme.
        QTableView *view = m_table->view();
        const QRect badge = view->visualRect(shownIndexOf(*m_table,
            factLabelled(*m_project,
                QStringLiteral("Elena Marsh: “We "
                               "have never seen water "
                               "this high in the "
                               "harbour.”")),
            FactMatrixModel::DivergenceColumn));
        const QColor expected = m_table->model()->badges().divergentColor();
        const QPoint offset = view->viewport()->mapTo(m_table, QPoint());
        bool found = false;
        for (int x = badge.left(); x <= badge.right() && !found; ++x) {
            for (int y = badge.top(); y <= badge.bottom() && !found; ++y) {
                const QColor pixel
                    = image.pixelColor((QPoint(x, y) + offset) * image.devicePixelRatio());
                found = std::abs(pixel.red() - expected.red()) < 8
                    && std::abs(pixel.green() - expected.green()) < 8
                    && std::abs(pixel.blue() - expected.blue()) < 8;
            }
        }
        QVERIFY2(found, "no pixel of the divergence colour in the badge cell");
        // However narrow the table, the label column stays readable.
        QVERIFY(view->columnWidth(FactMatrixModel::LabelColumn)
            >= view->fontMetrics().averageCharWidth() * 16);
    }

private:
    Project *m_project = nullptr;
    FactsTable *m_table = nullptr;
    QString m_homes;
    QString m_injured;
    QString m_pumped;
};

QTEST_MAIN(TestFactsTable)
#include "tst_factstable.moc"
