#include "sourcespanel.h"

#include "review/articlemodel.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLocale>
#include <QStyledItemDelegate>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace factbench {

namespace {

/// Shows the review column as "3 of 7" and the date as the locale writes it.
class SourcesDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        switch (index.column()) {
        case ArticleModel::Reviewed: {
            const int claims = index.siblingAtColumn(ArticleModel::Claims).data().toInt();
            option->text = SourcesPanel::tr("%1 of %2").arg(index.data().toInt()).arg(claims);
            option->displayAlignment = Qt::AlignRight | Qt::AlignVCenter;
            break;
        }
        case ArticleModel::Published: {
            const QDateTime published = QDateTime::fromString(index.data().toString(), Qt::ISODate);
            const QDate date = published.isValid()
                ? published.date()
                : QDate::fromString(index.data().toString(), Qt::ISODate);
            option->text
                = date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
            break;
        }
        default:
            break;
        }
    }
};

} // namespace

SourcesPanel::SourcesPanel(Project *project, QWidget *parent)
    : QWidget(parent)
    , m_model(new ArticleModel(project, this))
    , m_view(new QTreeView(this))
    , m_toolBar(new QToolBar(this))
{
    setObjectName(QStringLiteral("sourcesPanel"));
    m_view->setObjectName(QStringLiteral("sourcesView"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new SourcesDelegate(m_view));
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAccessibleName(tr("Sources"));
    for (const int hidden : {int(ArticleModel::Claims), int(ArticleModel::Source)}) {
        m_view->setColumnHidden(hidden, true);
    }
    QHeaderView *header = m_view->header();
    // Outlet and progress first: in a narrow dock they stay in view, the title gives way.
    header->moveSection(header->visualIndex(ArticleModel::Outlet), 0);
    header->moveSection(header->visualIndex(ArticleModel::Reviewed), 1);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(ArticleModel::Title, QHeaderView::Stretch);
    header->setSectionResizeMode(ArticleModel::Outlet, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ArticleModel::Published, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ArticleModel::Reviewed, QHeaderView::ResizeToContents);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) {
            if (current.isValid()) {
                Q_EMIT articleActivated(current.data(ArticleModel::IdRole).toString());
            }
        });
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT articleActivated(index.data(ArticleModel::IdRole).toString());
    });

    // A tool bar rather than a row of buttons: when the dock is narrow, the buttons that do not
    // fit go behind its extension arrow instead of widening the dock.
    m_toolBar->setIconSize(QSize(16, 16));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_view, 1);
}

QString SourcesPanel::currentArticleId() const
{
    return m_view->currentIndex().data(ArticleModel::IdRole).toString();
}

void SourcesPanel::setCurrentArticle(const QString &articleId)
{
    const QModelIndex index = m_model->indexOfId(articleId);
    if (index.isValid() && index.row() != m_view->currentIndex().row()) {
        const QSignalBlocker blocker(m_view->selectionModel());
        m_view->setCurrentIndex(index);
        m_view->selectionModel()->select(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
}

void SourcesPanel::setActions(const QList<QAction *> &actions)
{
    for (QAction *action : actions) {
        m_toolBar->addAction(action);
        // Without an icon theme (a bare desktop) the words stand in for the icons.
        if (auto *button = qobject_cast<QToolButton *>(m_toolBar->widgetForAction(action))) {
            button->setToolButtonStyle(
                action->icon().isNull() ? Qt::ToolButtonTextOnly : Qt::ToolButtonIconOnly);
        }
    }
}

} // namespace factbench
