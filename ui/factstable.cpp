#include "factstable.h"

#include "factmatrixmodel.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace factbench {

namespace {

/// How wide a source's column may grow before its values are elided, in average characters.
constexpr int widestSourceColumn = 22;
/// How narrow the label column may get, in average characters.
constexpr int narrowestLabelColumn = 16;

QString filterName(FactFilter filter)
{
    switch (filter) {
    case FactFilter::All:
        return FactsTable::tr("All facts");
    case FactFilter::Divergent:
        return FactsTable::tr("Divergent");
    case FactFilter::Unreviewed:
        return FactsTable::tr("Unreviewed");
    case FactFilter::Confirmed:
        return FactsTable::tr("Confirmed");
    }
    return {};
}

constexpr FactFilter allFilters[]
    = {FactFilter::All, FactFilter::Divergent, FactFilter::Unreviewed, FactFilter::Confirmed};

} // namespace

FactsTable::FactsTable(Project *project, QWidget *parent)
    : QWidget(parent)
    , m_project(project)
    , m_model(new FactMatrixModel(project, this))
    , m_filterModel(new FactFilterModel(this))
{
    setObjectName(QStringLiteral("factsTable"));
    m_model->setPalette(palette());
    m_filterModel->setSourceModel(m_model);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(createToolbar());
    m_view = new QTableView(this);
    layout->addWidget(m_view, 1);
    setUpView();

    connect(m_filterModel, &FactFilterModel::filterChanged, this, [this](FactFilter filter) {
        m_filterBox->setCurrentIndex(m_filterBox->findData(int(filter)));
    });
    connect(m_filterModel, &QAbstractItemModel::modelReset, this, &FactsTable::restoreCurrent);
    connect(m_filterModel, &QAbstractItemModel::rowsRemoved, this, &FactsTable::restoreCurrent);
    connect(m_filterModel, &QAbstractItemModel::rowsInserted, this, &FactsTable::updateCounts);
    connect(m_filterModel, &QAbstractItemModel::rowsRemoved, this, &FactsTable::updateCounts);
    connect(m_filterModel, &QAbstractItemModel::modelReset, this, &FactsTable::updateCounts);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &FactsTable::updateCounts);
    connect(m_model, &QAbstractItemModel::columnsInserted, this, &FactsTable::sizeColumns);
    connect(m_model, &QAbstractItemModel::columnsRemoved, this, &FactsTable::fitLabelColumn);
    connect(m_model, &QAbstractItemModel::modelReset, this, &FactsTable::sizeColumns);
    sizeColumns();
    updateCounts();
}

QWidget *FactsTable::createToolbar()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 4, 0);
    row->setSpacing(6);

    m_filterBox = new QComboBox(bar);
    m_filterBox->setObjectName(QStringLiteral("factFilter"));
    m_filterBox->setAccessibleName(tr("Show facts"));
    m_filterBox->setToolTip(tr("Which facts the table shows"));
    m_filterBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (const FactFilter filter : allFilters) {
        m_filterBox->addItem(filterName(filter), int(filter));
    }
    connect(m_filterBox, &QComboBox::activated, this,
        [this](int index) { setFilter(FactFilter(m_filterBox->itemData(index).toInt())); });

    m_search = new QLineEdit(bar);
    m_search->setObjectName(QStringLiteral("factSearch"));
    m_search->setPlaceholderText(tr("Search facts"));
    m_search->setAccessibleName(tr("Search facts"));
    m_search->setToolTip(tr("Show only the facts whose label, values, verdict or note contain "
                            "these words (Down goes to the table)"));
    m_search->setClearButtonEnabled(true);
    const QIcon find = QIcon::fromTheme(QStringLiteral("edit-find"));
    if (!find.isNull()) {
        m_search->addAction(find, QLineEdit::LeadingPosition);
    }
    m_search->installEventFilter(this);
    connect(m_search, &QLineEdit::textChanged, m_filterModel, &FactFilterModel::setSearchText);

    m_countLabel = new QLabel(bar);
    m_countLabel->setObjectName(QStringLiteral("factCount"));
    m_countLabel->setForegroundRole(QPalette::PlaceholderText);

    row->addWidget(m_filterBox);
    row->addWidget(m_search, 1);
    row->addWidget(m_countLabel);
    return bar;
}

void FactsTable::setUpView()
{
    m_view->setObjectName(QStringLiteral("factsView"));
    m_view->setAccessibleName(tr("Facts"));
    m_view->setModel(m_filterModel);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setIconSize(QSize(16, 16));
    m_view->setAcceptDrops(true);
    m_view->setDragDropMode(QAbstractItemView::DropOnly);
    m_view->setDragDropOverwriteMode(true);
    m_view->setDropIndicatorShown(true);
    m_view->setDefaultDropAction(Qt::MoveAction);

    QHeaderView *rows = m_view->verticalHeader();
    rows->hide();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(fontMetrics().height() + 10);

    QHeaderView *columns = m_view->horizontalHeader();
    columns->setStretchLastSection(false);
    columns->setHighlightSections(false);
    columns->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    columns->setSortIndicatorClearable(true);
    // Project order (the order of the articles' text) until the editor sorts.
    columns->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    connect(columns, &QHeaderView::sectionResized, this, [this](int section) {
        if (section != FactMatrixModel::LabelColumn) {
            fitLabelColumn();
        }
    });
    m_view->viewport()->installEventFilter(this);
    m_view->installEventFilter(this);

    m_emptyLabel = new QLabel(m_view->viewport());
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);
    m_emptyLabel->setAttribute(Qt::WA_TransparentForMouseEvents);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &FactsTable::followCurrentRow);
    connect(m_view, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        Q_EMIT factActivated(index.data(FactMatrixModel::IdRole).toString());
    });
}

QString FactsTable::currentFactId() const
{
    return m_view->currentIndex().data(FactMatrixModel::IdRole).toString();
}

QStringList FactsTable::selectedFactIds() const
{
    QStringList ids;
    const QString current = currentFactId();
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
        [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &row : std::as_const(rows)) {
        const QString id = row.data(FactMatrixModel::IdRole).toString();
        if (id == current) {
            ids.prepend(id);
        } else {
            ids.append(id);
        }
    }
    return ids;
}

void FactsTable::selectFact(const QString &factId)
{
    QItemSelectionModel *selection = m_view->selectionModel();
    const QModelIndex source = m_model->indexOfFact(factId);
    if (!source.isValid()) {
        if (factId.isEmpty()) {
            selection->clear();
        }
        return;
    }
    QModelIndex row = m_filterModel->mapFromSource(source);
    if (!row.isValid()) {
        m_search->clear();
        setFilter(FactFilter::All);
        row = m_filterModel->mapFromSource(source);
    }
    const int column = m_view->currentIndex().isValid() ? m_view->currentIndex().column()
                                                        : int(FactMatrixModel::LabelColumn);
    row = row.siblingAtColumn(column);
    selection->setCurrentIndex(
        row, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(row);
}

bool FactsTable::selectFactOfClaim(const QString &claimId)
{
    const QString factId = m_project->factOfClaim(claimId);
    if (factId.isEmpty()) {
        return false;
    }
    selectFact(factId);
    return true;
}

bool FactsTable::selectNextUnreviewed(bool backwards)
{
    const int count = m_filterModel->rowCount();
    const int current = m_view->currentIndex().isValid() ? m_view->currentIndex().row()
        : backwards                                      ? count
                                                         : -1;
    const int step = backwards ? -1 : 1;
    for (int i = 1; i <= count; ++i) {
        const int row = ((current + step * i) % count + count) % count;
        const QModelIndex index = m_filterModel->index(row, 0);
        if (index.data(FactMatrixModel::StatusRole).toInt() == int(FactStatus::Proposed)) {
            selectFact(index.data(FactMatrixModel::IdRole).toString());
            return true;
        }
    }
    // None in view: the filter or the search hides them.
    for (const ProjectFact &fact : m_project->facts()) {
        if (fact.status == FactStatus::Proposed) {
            selectFact(fact.id);
            return true;
        }
    }
    return false;
}

FactFilter FactsTable::filter() const
{
    return m_filterModel->filter();
}

void FactsTable::setFilter(FactFilter filter)
{
    m_filterModel->setFilter(filter);
}

void FactsTable::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void FactsTable::followCurrentRow()
{
    const QString id = currentFactId();
    if (id != m_currentId) {
        m_currentId = id;
        Q_EMIT currentFactChanged(id);
    }
}

void FactsTable::restoreCurrent()
{
    QItemSelectionModel *selection = m_view->selectionModel();
    if (!selection->currentIndex().isValid() && !m_currentId.isEmpty()) {
        // A reset (a project opened, say) forgets the current row without a signal.
        const QModelIndex row = m_filterModel->mapFromSource(m_model->indexOfFact(m_currentId));
        if (row.isValid()) {
            selection->setCurrentIndex(
                row, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_view->scrollTo(row);
        }
    } else if (selection->currentIndex().isValid() && !selection->hasSelection()) {
        // The selected row left (merged away, filtered out): the selection model made its
        // neighbour current; select it too, so that the inspector and the panes agree.
        selection->select(selection->currentIndex(),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    followCurrentRow();
}

void FactsTable::sizeColumns()
{
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(FactMatrixModel::StatusColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(FactMatrixModel::DivergenceColumn, QHeaderView::Fixed);
    header->resizeSection(FactMatrixModel::DivergenceColumn, m_view->iconSize().width() + 14);
    const int widest = fontMetrics().averageCharWidth() * widestSourceColumn;
    // Fitting to every row of hundreds of columns would take seconds on a large project; the
    // first rows tell the width well enough, and the editor can drag a column wider.
    header->setResizeContentsPrecision(40);
    // QTableView hides the public QAbstractItemView::sizeHintForColumn().
    const QAbstractItemView *view = m_view;
    for (int column = FactMatrixModel::FirstArticleColumn; column < m_model->columnCount();
         ++column) {
        header->setSectionResizeMode(column, QHeaderView::Interactive);
        const int wanted
            = std::max(view->sizeHintForColumn(column), header->sectionSizeHint(column));
        header->resizeSection(column, std::min(wanted, widest));
    }
    fitLabelColumn();
}

void FactsTable::fitLabelColumn()
{
    if (m_fittingLabel) {
        return;
    }
    m_fittingLabel = true;
    QHeaderView *header = m_view->horizontalHeader();
    int others = 0;
    for (int column = 0; column < header->count(); ++column) {
        if (column != FactMatrixModel::LabelColumn) {
            others += header->sectionSize(column);
        }
    }
    const int narrowest = fontMetrics().averageCharWidth() * narrowestLabelColumn;
    header->resizeSection(
        FactMatrixModel::LabelColumn, std::max(narrowest, m_view->viewport()->width() - others));
    m_fittingLabel = false;
}

void FactsTable::updateCounts()
{
    int counts[std::size(allFilters)] = {};
    for (const ProjectFact &fact : m_project->facts()) {
        ++counts[int(FactFilter::All)];
        counts[int(FactFilter::Divergent)] += fact.divergent ? 1 : 0;
        counts[int(FactFilter::Unreviewed)] += fact.status == FactStatus::Proposed ? 1 : 0;
        counts[int(FactFilter::Confirmed)] += fact.status == FactStatus::Confirmed ? 1 : 0;
    }
    for (const FactFilter filter : allFilters) {
        m_filterBox->setItemText(m_filterBox->findData(int(filter)),
            tr("%1 (%2)").arg(filterName(filter)).arg(counts[int(filter)]));
    }
    const int shown = m_filterModel->rowCount();
    const int total = counts[int(FactFilter::All)];
    m_countLabel->setText(shown == total ? tr("%n fact(s)", nullptr, total)
                                         : tr("%1 of %n fact(s)", nullptr, total).arg(shown));
    m_emptyLabel->setText(total == 0 ? tr("No facts yet: add articles to compare their figures "
                                          "and quotes.")
                                     : tr("No fact matches the filter and the search."));
    m_emptyLabel->setVisible(shown == 0);
}

bool FactsTable::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize) {
        m_emptyLabel->setGeometry(m_view->viewport()->rect().adjusted(12, 12, -12, -12));
        fitLabelColumn();
    } else if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (watched == m_view && enter && m_view->currentIndex().isValid()) {
            Q_EMIT factActivated(currentFactId());
            return true;
        }
        if (watched == m_search && (key->key() == Qt::Key_Down || enter)) {
            // From the search straight into the results.
            if (!m_view->currentIndex().isValid() && m_filterModel->rowCount() > 0) {
                selectFact(m_filterModel->index(0, 0).data(FactMatrixModel::IdRole).toString());
            }
            m_view->setFocus(Qt::TabFocusReason);
            return true;
        }
        if (watched == m_search && key->key() == Qt::Key_Escape && !m_search->text().isEmpty()) {
            m_search->clear();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FactsTable::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        m_model->setPalette(palette());
    }
    QWidget::changeEvent(event);
}

} // namespace factbench
