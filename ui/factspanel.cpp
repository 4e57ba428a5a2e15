#include "factspanel.h"

#include "article/article.h"
#include "extract/claims.h"
#include "link/figureagreement.h"

#include <QFileInfo>
#include <QHeaderView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace factbench {

namespace {

enum Column { LabelColumn, BadgeColumn, FirstSourceColumn };

/// A claim as a cell of the matrix: its article's column and what it says there.
struct ClaimCell
{
    int article = 0;
    QString text;
};

/// Each claim's cell: figures by their value, quotes by their words.
QHash<QString, ClaimCell> claimCells(const QList<Extraction> &extractions)
{
    QHash<QString, ClaimCell> cells;
    for (int a = 0; a < extractions.size(); ++a) {
        for (const Figure &figure : extractions[a].figures) {
            cells.insert(figure.id, {a, FigureAgreement::valueText(figure)});
        }
        for (const Quote &quote : extractions[a].quotes) {
            cells.insert(quote.id, {a, QStringLiteral("“%1”").arg(quote.text)});
        }
    }
    return cells;
}

} // namespace

FactsPanel::FactsPanel(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_view = new QTreeWidget(this);
    m_view->setObjectName(QStringLiteral("facts"));
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAccessibleName(tr("Facts"));
    layout->addWidget(m_view);
    connect(m_view, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item) {
            Q_EMIT factSelected(m_facts.value(m_view->indexOfTopLevelItem(item)));
        }
    });
}

void FactsPanel::setFacts(
    const QList<Fact> &facts, const QList<Article> &articles, const QList<Extraction> &extractions)
{
    m_facts = facts;
    m_view->clear();
    QStringList headers = {tr("Fact"), tr("Agreement")};
    for (const Article &article : articles) {
        headers.append(article.outlet.isEmpty() ? QFileInfo(article.source).completeBaseName()
                                                : article.outlet);
    }
    m_view->setColumnCount(int(headers.size()));
    m_view->setHeaderLabels(headers);

    const QHash<QString, ClaimCell> cells = claimCells(extractions);
    for (const Fact &fact : facts) {
        auto *item = new QTreeWidgetItem(m_view);
        item->setText(LabelColumn, fact.label);
        item->setToolTip(LabelColumn, fact.label);
        item->setText(BadgeColumn,
            fact.divergent                             ? tr("⚠ divergent")
                : fact.agreement == Agreement::Updated ? tr("↻ updated")
                                                       : tr("✓ agrees"));
        item->setToolTip(BadgeColumn, fact.reason);
        item->setForeground(BadgeColumn,
            fact.divergent ? QColor(QStringLiteral("#c0392b")) : QColor(QStringLiteral("#27ae60")));
        QHash<int, QStringList> valuesByArticle;
        for (const QString &member : fact.members) {
            const ClaimCell cell = cells.value(member);
            QStringList &values = valuesByArticle[cell.article];
            if (!values.contains(cell.text)) {
                values.append(cell.text);
            }
        }
        for (auto it = valuesByArticle.cbegin(); it != valuesByArticle.cend(); ++it) {
            const QString joined = it->join(QLatin1String(" · "));
            item->setText(FirstSourceColumn + it.key(), joined);
            item->setToolTip(FirstSourceColumn + it.key(), joined);
        }
    }
    m_view->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->setColumnWidth(LabelColumn, 260);
    m_view->resizeColumnToContents(BadgeColumn);
}

bool FactsPanel::selectFactOf(const QString &claimId)
{
    for (qsizetype i = 0; i < m_facts.size(); ++i) {
        if (m_facts[i].members.contains(claimId)) {
            m_view->setCurrentItem(m_view->topLevelItem(int(i)));
            return true;
        }
    }
    return false;
}

} // namespace factbench
