#include "factmatrixmodel.h"

#include "claimtext.h"
#include "reviewtext.h"

#include <QFont>
#include <QGuiApplication>
#include <QMimeData>

namespace factbench {

namespace {

/// The order the status column sorts in: what still needs a look first.
int reviewOrder(FactStatus status)
{
    switch (status) {
    case FactStatus::Proposed:
        return 0;
    case FactStatus::Disputed:
        return 1;
    case FactStatus::Confirmed:
        return 2;
    case FactStatus::Rejected:
        return 3;
    }
    return 0;
}

} // namespace

FactMatrixModel::FactMatrixModel(Project *project, QObject *parent)
    : QAbstractTableModel(parent)
    , m_project(project)
    , m_badges(QGuiApplication::palette())
    , m_dimmed(QGuiApplication::palette().color(QPalette::PlaceholderText))
{
    // Facts are the rows, articles the columns; claims change what the cells say.
    connect(project, &Project::rowsAboutToBeInserted, this,
        [this](ProjectTable table, int first, int last) {
            if (table == ProjectTable::Facts) {
                beginInsertRows({}, first, last);
            } else if (table == ProjectTable::Articles) {
                beginInsertColumns({}, FirstArticleColumn + first, FirstArticleColumn + last);
            } else if (table == ProjectTable::Claims) {
                m_claimRowsValid = false;
                m_changingClaims = {first, last};
            }
        });
    connect(project, &Project::rowsInserted, this, [this](ProjectTable table) {
        if (table == ProjectTable::Facts) {
            endInsertRows();
        } else if (table == ProjectTable::Articles) {
            endInsertColumns();
        } else if (table == ProjectTable::Claims) {
            // A claim coming back (an undone deletion) may already be named by its fact.
            m_claimRowsValid = false;
            for (int row = m_changingClaims.first; row <= m_changingClaims.second; ++row) {
                refreshFactOfClaim(row);
            }
        }
    });
    connect(project, &Project::rowsAboutToBeRemoved, this,
        [this](ProjectTable table, int first, int last) {
            if (table == ProjectTable::Facts) {
                beginRemoveRows({}, first, last);
            } else if (table == ProjectTable::Articles) {
                beginRemoveColumns({}, FirstArticleColumn + first, FirstArticleColumn + last);
            } else if (table == ProjectTable::Claims) {
                m_claimRowsValid = false;
                m_factsOfRemovedClaims.clear();
                for (int row = first; row <= last; ++row) {
                    m_factsOfRemovedClaims.append(
                        m_project->factOfClaim(m_project->claims().at(row).id));
                }
            }
        });
    connect(project, &Project::rowsRemoved, this, [this](ProjectTable table) {
        if (table == ProjectTable::Facts) {
            endRemoveRows();
        } else if (table == ProjectTable::Articles) {
            endRemoveColumns();
        } else if (table == ProjectTable::Claims) {
            // Only the facts that named the claims change; the others need no new look.
            m_claimRowsValid = false;
            for (const QString &factId : std::as_const(m_factsOfRemovedClaims)) {
                const int row = int(m_project->rowOf(ProjectTable::Facts, factId));
                refreshRows(row, row);
            }
        }
    });
    connect(project, &Project::rowChanged, this, [this](ProjectTable table, int row) {
        if (table == ProjectTable::Facts) {
            refreshRows(row, row);
        } else if (table == ProjectTable::Articles) {
            Q_EMIT headerDataChanged(
                Qt::Horizontal, FirstArticleColumn + row, FirstArticleColumn + row);
            refreshColumn(FirstArticleColumn + row);
        } else if (table == ProjectTable::Claims) {
            refreshFactOfClaim(row);
        }
    });
    connect(project, &Project::aboutToReset, this, [this] {
        beginResetModel();
        m_claimRowsValid = false;
    });
    connect(project, &Project::wasReset, this, &FactMatrixModel::endResetModel);
}

int FactMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_project->facts().size());
}

int FactMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : verifiedValueColumn() + 1;
}

int FactMatrixModel::verifiedValueColumn() const
{
    return FirstArticleColumn + int(m_project->articles().size());
}

int FactMatrixModel::articleColumn(const QString &articleId) const
{
    const qsizetype row = m_project->rowOf(ProjectTable::Articles, articleId);
    return row < 0 ? -1 : FirstArticleColumn + int(row);
}

QString FactMatrixModel::articleIdAt(int column) const
{
    const int row = column - FirstArticleColumn;
    const QList<ProjectArticle> &articles = m_project->articles();
    return row >= 0 && row < articles.size() ? articles.at(row).id : QString();
}

QModelIndex FactMatrixModel::indexOfFact(const QString &factId, int column) const
{
    const qsizetype row = m_project->rowOf(ProjectTable::Facts, factId);
    return row < 0 ? QModelIndex() : index(int(row), column);
}

QString FactMatrixModel::factIdAt(int row) const
{
    const QList<ProjectFact> &facts = m_project->facts();
    return row >= 0 && row < facts.size() ? facts.at(row).id : QString();
}

void FactMatrixModel::setPalette(const QPalette &palette)
{
    m_badges = FactBadges(palette);
    m_dimmed = palette.color(QPalette::PlaceholderText);
    if (rowCount() > 0) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1),
            {Qt::DecorationRole, Qt::ForegroundRole});
    }
    Q_EMIT headerDataChanged(Qt::Horizontal, DivergenceColumn, DivergenceColumn);
}

const Claim *FactMatrixModel::claim(const QString &claimId) const
{
    if (!m_claimRowsValid) {
        m_claimRows.clear();
        const QList<Claim> &claims = m_project->claims();
        for (qsizetype row = 0; row < claims.size(); ++row) {
            m_claimRows.insert(claims.at(row).id, row);
        }
        m_claimRowsValid = true;
    }
    const qsizetype row = m_claimRows.value(claimId, -1);
    return row < 0 ? nullptr : &m_project->claims().at(row);
}

QStringList FactMatrixModel::membersIn(const ProjectFact &fact, const QString &articleId) const
{
    QStringList members;
    for (const QString &member : fact.members) {
        const Claim *found = claim(member);
        if (found && found->articleId == articleId) {
            members.append(member);
        }
    }
    return members;
}

QVariant FactMatrixModel::articleCell(
    const ProjectFact &fact, const QString &articleId, int role) const
{
    const QStringList members = membersIn(fact, articleId);
    if (role == ClaimIdsRole) {
        return members;
    }
    if (role == ArticleIdRole) {
        return articleId;
    }
    if (members.isEmpty() || (role != Qt::DisplayRole && role != Qt::ToolTipRole)) {
        return {};
    }
    QStringList texts;
    for (const QString &member : members) {
        const Claim *found = claim(member);
        const QString text
            = role == Qt::DisplayRole ? ClaimText::cell(*found) : ClaimText::description(*found);
        if (!texts.contains(text)) {
            texts.append(text);
        }
    }
    return texts.join(role == Qt::DisplayRole ? QStringLiteral(" · ") : QStringLiteral("\n\n"));
}

QVariant FactMatrixModel::sortValue(const ProjectFact &fact, int column) const
{
    switch (column) {
    case StatusColumn:
        return reviewOrder(fact.status);
    case DivergenceColumn:
        // Divergent first when sorted ascending, then those agreeing by a rule.
        return fact.divergent ? 0 : ReviewText::agreesByRule(fact) ? 1 : 2;
    case LabelColumn:
        return fact.label;
    default:
        break;
    }
    if (column == verifiedValueColumn()) {
        return fact.verifiedValue.isEmpty() ? QVariant() : QVariant(fact.verifiedValue);
    }
    const QStringList members = membersIn(fact, articleIdAt(column));
    if (members.isEmpty()) {
        return {};
    }
    const Claim *first = claim(members.first());
    return first->kind == ClaimKind::Figure ? QVariant(first->value())
                                            : QVariant(ClaimText::cell(*first));
}

QString FactMatrixModel::searchText(const ProjectFact &fact) const
{
    QStringList parts {fact.label, fact.verifiedValue, fact.verdict, fact.note};
    for (const QString &member : fact.members) {
        if (const Claim *found = claim(member)) {
            parts.append(ClaimText::cell(*found));
            parts.append(ClaimText::value(*found));
            parts.append(found->text);
        }
    }
    return parts.join(QLatin1Char('\n'));
}

QVariant FactMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const ProjectFact &fact = m_project->facts().at(index.row());
    const int column = index.column();
    switch (role) {
    case IdRole:
        return fact.id;
    case StatusRole:
        return int(fact.status);
    case DivergentRole:
        return fact.divergent;
    case AgreementRole:
        return int(fact.agreement);
    case SortRole:
        return sortValue(fact, column);
    case SearchTextRole:
        return searchText(fact);
    case Qt::ForegroundRole:
        // Rejected facts stay in the table, greyed, so that the decision stays visible.
        return fact.status == FactStatus::Rejected ? QVariant(m_dimmed) : QVariant();
    default:
        break;
    }
    if (column >= FirstArticleColumn && column < verifiedValueColumn()) {
        return articleCell(fact, articleIdAt(column), role);
    }
    if (role == ClaimIdsRole) {
        return fact.members;
    }
    switch (column) {
    case StatusColumn:
        switch (role) {
        case Qt::DisplayRole:
            return ReviewText::status(fact.status);
        case Qt::DecorationRole:
            return m_badges.statusIcon(fact.status);
        case Qt::ToolTipRole:
            return ReviewText::statusDescription(fact.status);
        }
        break;
    case DivergenceColumn:
        switch (role) {
        case Qt::DecorationRole:
            return fact.divergent                ? QVariant(m_badges.divergentIcon())
                : ReviewText::agreesByRule(fact) ? QVariant(m_badges.agreedByRuleIcon())
                                                 : QVariant();
        case Qt::ToolTipRole: {
            const QString tip = ReviewText::agreementTip(fact);
            return tip.isEmpty() ? QVariant() : QVariant(tip);
        }
        case Qt::AccessibleTextRole:
            return fact.divergent                ? tr("Divergent")
                : ReviewText::agreesByRule(fact) ? tr("Agree by a rule")
                                                 : tr("Agree");
        }
        break;
    case LabelColumn:
        switch (role) {
        case Qt::DisplayRole:
            return fact.label.isEmpty() ? tr("Untitled fact") : fact.label;
        case Qt::ToolTipRole:
            return QStringLiteral("%1\n%2").arg(
                fact.label.isEmpty() ? tr("Untitled fact") : fact.label,
                ReviewText::agreement(fact));
        case Qt::FontRole:
            if (fact.label.isEmpty()) {
                QFont font;
                font.setItalic(true);
                return font;
            }
            break;
        }
        break;
    default:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
            return fact.verifiedValue;
        }
        break;
    }
    return {};
}

QVariant FactMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount()) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (section >= FirstArticleColumn && section < verifiedValueColumn()) {
        const ProjectArticle &article = m_project->articles().at(section - FirstArticleColumn);
        switch (role) {
        case Qt::DisplayRole:
            return ClaimText::articleName(article);
        case Qt::ToolTipRole:
            return article.article.title.isEmpty() ? ClaimText::articleName(article)
                                                   : article.article.title;
        case ArticleIdRole:
            return article.id;
        }
        return {};
    }
    switch (section) {
    case StatusColumn:
        if (role == Qt::DisplayRole) {
            return tr("Status");
        }
        if (role == Qt::ToolTipRole) {
            return tr("The editor's decision on the fact");
        }
        break;
    case DivergenceColumn:
        if (role == Qt::DecorationRole) {
            return m_badges.headerIcon();
        }
        if (role == Qt::ToolTipRole) {
            return tr("Whether the sources disagree");
        }
        if (role == Qt::AccessibleTextRole) {
            return tr("Divergence");
        }
        break;
    case LabelColumn:
        if (role == Qt::DisplayRole) {
            return tr("Fact");
        }
        break;
    default:
        if (role == Qt::DisplayRole) {
            return tr("Verified value");
        }
        if (role == Qt::ToolTipRole) {
            return tr("The value the editor established");
        }
        break;
    }
    return {};
}

Qt::ItemFlags FactMatrixModel::flags(const QModelIndex &index) const
{
    if (!index.isValid()) {
        return Qt::NoItemFlags;
    }
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (!m_project->isReadOnly()) {
        flags |= Qt::ItemIsDropEnabled;
    }
    return flags;
}

QHash<int, QByteArray> FactMatrixModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, QByteArrayLiteral("id"));
    names.insert(StatusRole, QByteArrayLiteral("status"));
    names.insert(DivergentRole, QByteArrayLiteral("divergent"));
    names.insert(ClaimIdsRole, QByteArrayLiteral("claimIds"));
    names.insert(AgreementRole, QByteArrayLiteral("agreement"));
    names.insert(ArticleIdRole, QByteArrayLiteral("articleId"));
    return names;
}

QStringList FactMatrixModel::mimeTypes() const
{
    return {ClaimMimeType};
}

Qt::DropActions FactMatrixModel::supportedDropActions() const
{
    // The article text is read-only, so a pane may offer its claim as a copy.
    return Qt::MoveAction | Qt::CopyAction;
}

QMimeData *FactMatrixModel::claimMimeData(const QString &claimId)
{
    auto *data = new QMimeData;
    data->setData(ClaimMimeType, claimId.toUtf8());
    data->setText(claimId);
    return data;
}

QString FactMatrixModel::claimOnDrop(
    const QMimeData *data, int row, const QModelIndex &parent, QString *factId) const
{
    Q_UNUSED(row) // Only drops onto a row move a claim; between rows means nothing.
    if (!data || !data->hasFormat(ClaimMimeType) || !parent.isValid() || m_project->isReadOnly()) {
        return {};
    }
    const ProjectFact *target = m_project->fact(factIdAt(parent.row()));
    const Claim *dropped = claim(QString::fromUtf8(data->data(ClaimMimeType)));
    if (!target || !dropped || target->members.contains(dropped->id)
        || (target->kind == FactKind::Figure) != (dropped->kind == ClaimKind::Figure)) {
        return {};
    }
    *factId = target->id;
    return dropped->id;
}

bool FactMatrixModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int row,
    int column, const QModelIndex &parent) const
{
    Q_UNUSED(column)
    QString factId;
    return (action & supportedDropActions()) && !claimOnDrop(data, row, parent, &factId).isEmpty();
}

bool FactMatrixModel::dropMimeData(
    const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent)) {
        return false;
    }
    QString factId;
    const QString claimId = claimOnDrop(data, row, parent, &factId);
    return m_project->moveClaim(claimId, factId);
}

void FactMatrixModel::refreshRows(int first, int last)
{
    if (first <= last && first >= 0 && last < rowCount()) {
        Q_EMIT dataChanged(index(first, 0), index(last, columnCount() - 1));
    }
}

void FactMatrixModel::refreshColumn(int column)
{
    if (rowCount() > 0 && column < columnCount()) {
        Q_EMIT dataChanged(index(0, column), index(rowCount() - 1, column));
    }
}

void FactMatrixModel::refreshFactOfClaim(int claimRow)
{
    const QList<Claim> &claims = m_project->claims();
    if (claimRow < 0 || claimRow >= claims.size()) {
        return;
    }
    const qsizetype factRow
        = m_project->rowOf(ProjectTable::Facts, m_project->factOfClaim(claims.at(claimRow).id));
    refreshRows(int(factRow), int(factRow));
}

} // namespace factbench
