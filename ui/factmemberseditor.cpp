#include "factmemberseditor.h"

#include "claimtext.h"
#include "factmatrixmodel.h"
#include "review/factmodel.h"
#include "review/project.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace factbench {

namespace {

enum Column { SourceColumn, TextColumn, ValueColumn };
constexpr int ClaimIdRole = Qt::UserRole + 1;

/// The member list: drags its rows as claims, and asks for the height of its rows.
class ClaimMemberList : public QTreeWidget
{
public:
    using QTreeWidget::QTreeWidget;

    QSize sizeHint() const override
    {
        // Between two and six rows: enough to see a fact's sources without scrolling.
        const int rows = std::clamp(topLevelItemCount(), 2, 6);
        const int row = fontMetrics().height() + 8;
        return {QTreeWidget::sizeHint().width(),
            header()->sizeHint().height() + rows * row + 2 * frameWidth()};
    }

protected:
    QStringList mimeTypes() const override { return {FactMatrixModel::ClaimMimeType}; }
    QMimeData *mimeData(const QList<QTreeWidgetItem *> &items) const override
    {
        // One claim per drag: a fact row takes one claim at a time.
        return items.isEmpty()
            ? nullptr
            : FactMatrixModel::claimMimeData(items.first()->data(0, ClaimIdRole).toString());
    }
    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }
};

} // namespace

FactMembersEditor::FactMembersEditor(Project *project, QWidget *parent)
    : QWidget(parent)
    , m_project(project)
{
    m_list = new ClaimMemberList(this);
    m_list->setObjectName(QStringLiteral("factMembers"));
    m_list->setAccessibleName(tr("Members"));
    m_list->setToolTip(tr("The claims of this fact. Double-click or press Return to show one in "
                          "its article; drag one onto another fact in the table to move it."));
    m_list->setColumnCount(3);
    m_list->setHeaderLabels({tr("Source"), tr("Claim"), tr("Value")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setDragEnabled(true);
    m_list->setDragDropMode(QAbstractItemView::DragOnly);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(SourceColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(TextColumn, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(ValueColumn, QHeaderView::ResizeToContents);
    // As tall as its rows: the spare height of the inspector goes to the history.
    m_list->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_list->installEventFilter(this);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) {
        Q_EMIT jumpToClaim(item->data(0, ClaimIdRole).toString());
    });
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &FactMembersEditor::updateButtons);

    m_target = new QComboBox(this);
    m_target->setObjectName(QStringLiteral("moveTarget"));
    m_target->setAccessibleName(tr("Move to fact"));
    m_target->setToolTip(tr("The fact that should hold the selected claims"));
    m_target->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_target->setMinimumContentsLength(6);

    m_move = new QPushButton(tr("Move"), this);
    m_move->setObjectName(QStringLiteral("moveClaim"));
    m_move->setToolTip(tr("Move the selected claims into the chosen fact"));
    connect(m_move, &QPushButton::clicked, this, &FactMembersEditor::moveSelected);

    m_split = new QPushButton(tr("S&plit Off"), this);
    m_split->setObjectName(QStringLiteral("splitFact"));
    m_split->setToolTip(tr("Make a new fact of the selected claims"));
    connect(m_split, &QPushButton::clicked, this, &FactMembersEditor::splitSelected);

    auto *targetLabel = new QLabel(tr("M&ove to:"), this);
    targetLabel->setBuddy(m_target);

    auto *controls = new QHBoxLayout;
    controls->setContentsMargins(0, 0, 0, 0);
    controls->setSpacing(6);
    controls->addWidget(targetLabel);
    controls->addWidget(m_target, 1);
    controls->addWidget(m_move);
    controls->addWidget(m_split);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_list);
    layout->addLayout(controls);
    updateButtons();
}

void FactMembersEditor::setFact(const QString &factId)
{
    m_factId = factId;
    m_list->clear();
    refresh();
    refreshTargets();
}

void FactMembersEditor::refresh()
{
    const ProjectFact *fact = m_project->fact(m_factId);
    const QStringList selected = selectedClaimIds();
    const QString current = m_list->currentItem()
        ? m_list->currentItem()->data(0, ClaimIdRole).toString()
        : QString();
    m_list->clear();
    if (!fact) {
        updateButtons();
        return;
    }
    // In the order of the articles (the facts table's columns), then of the text.
    QList<const Claim *> members;
    for (const QString &member : fact->members) {
        if (const Claim *claim = m_project->claim(member)) {
            members.append(claim);
        }
    }
    std::stable_sort(members.begin(), members.end(), [this](const Claim *a, const Claim *b) {
        const qsizetype left = m_project->rowOf(ProjectTable::Articles, a->articleId);
        const qsizetype right = m_project->rowOf(ProjectTable::Articles, b->articleId);
        return left != right ? left < right : a->range.start < b->range.start;
    });
    for (const Claim *claim : std::as_const(members)) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setData(0, ClaimIdRole, claim->id);
        item->setText(SourceColumn, ClaimText::source(m_project, *claim));
        item->setText(TextColumn, ClaimText::context(m_project, *claim));
        item->setText(ValueColumn, ClaimText::value(*claim));
        const QString description = claim->kind == ClaimKind::Figure
            ? ClaimText::description(*claim) + QStringLiteral("\n\n") + item->text(TextColumn)
            : ClaimText::description(*claim);
        for (int column = 0; column < m_list->columnCount(); ++column) {
            item->setToolTip(column, description);
        }
        if (claim->orphaned) {
            QFont font = item->font(TextColumn);
            font.setItalic(true);
            item->setFont(TextColumn, font);
        }
        item->setSelected(selected.contains(claim->id));
        if (claim->id == current) {
            m_list->setCurrentItem(item, 0, QItemSelectionModel::NoUpdate);
        }
    }
    m_list->updateGeometry();
    updateButtons();
}

void FactMembersEditor::refreshTargets()
{
    const QString chosen = m_target->currentData().toString();
    m_target->clear();
    const ProjectFact *fact = m_project->fact(m_factId);
    if (!fact) {
        updateButtons();
        return;
    }
    m_target->addItem(tr("New fact"), QString());
    m_target->setItemData(0, tr("Make a new fact of the selected claims"), Qt::ToolTipRole);
    for (const ProjectFact &other : m_project->facts()) {
        if (other.id == fact->id || other.kind != fact->kind) {
            continue;
        }
        const QString label = other.label.isEmpty() ? tr("Untitled fact") : other.label;
        const QString values = FactModel::valuesText(m_project, other);
        m_target->addItem(values.isEmpty() ? label : tr("%1 (%2)").arg(label, values), other.id);
        m_target->setItemData(m_target->count() - 1, other.reason, Qt::ToolTipRole);
    }
    if (m_target->count() > 1) {
        m_target->insertSeparator(1);
    }
    const int index = m_target->findData(chosen);
    m_target->setCurrentIndex(index < 0 ? 0 : index);
    updateButtons();
}

QStringList FactMembersEditor::selectedClaimIds() const
{
    QStringList ids;
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        const QTreeWidgetItem *item = m_list->topLevelItem(row);
        if (item->isSelected()) {
            ids.append(item->data(0, ClaimIdRole).toString());
        }
    }
    return ids;
}

void FactMembersEditor::moveSelected()
{
    const QStringList claims = selectedClaimIds();
    const ProjectFact *fact = m_project->fact(m_factId);
    if (claims.isEmpty() || !fact || m_project->isReadOnly()) {
        return;
    }
    QString target = m_target->currentData().toString();
    if (target.isEmpty()) {
        target = m_project->createFact(claims, fact->label);
    } else if (claims.size() == 1) {
        m_project->moveClaim(claims.first(), target);
    } else {
        // One undo step for one click.
        m_project->undoStack()->beginMacro(tr("Move %n claim(s)", nullptr, int(claims.size())));
        for (const QString &claim : claims) {
            m_project->moveClaim(claim, target);
        }
        m_project->undoStack()->endMacro();
    }
    followIfGone(target);
}

void FactMembersEditor::splitSelected()
{
    const QStringList claims = selectedClaimIds();
    if (claims.isEmpty() || m_project->isReadOnly()) {
        return;
    }
    m_project->splitFact(m_factId, claims);
}

void FactMembersEditor::followIfGone(const QString &targetId)
{
    if (!m_project->fact(m_factId) && m_project->fact(targetId)) {
        Q_EMIT factRequested(targetId);
    }
}

void FactMembersEditor::updateButtons()
{
    const bool editable = !m_project->isReadOnly() && m_project->fact(m_factId);
    const qsizetype selected = selectedClaimIds().size();
    m_target->setEnabled(editable);
    m_move->setEnabled(editable && selected > 0);
    // Splitting off every member would leave nothing behind.
    m_split->setEnabled(editable && selected > 0 && selected < m_list->topLevelItemCount());
    m_list->setDragEnabled(editable);
}

bool FactMembersEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && m_list->currentItem()) {
            Q_EMIT jumpToClaim(m_list->currentItem()->data(0, ClaimIdRole).toString());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace factbench
