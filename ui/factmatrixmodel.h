#pragma once

#include "factbadges.h"
#include "review/project.h"

#include <QAbstractTableModel>

class QMimeData;

namespace factbench {

/// The facts of a project as the matrix the spreadsheet used to be: one row per fact, one
/// column per article with that article's value of the fact, around them the status, the
/// divergence badge, the label and the verified value. Follows the project's row signals, so
/// every verb, undo and load shows at once; articles coming and going add and remove columns.
/// Accepts claims dropped on a row (ClaimMimeType) and moves them into that fact.
class FactMatrixModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    /// Drag payload of a claim: its id in UTF-8.
    static inline const QString ClaimMimeType = QStringLiteral("application/x-factbench-claim");

    enum Column {
        StatusColumn,
        DivergenceColumn,
        LabelColumn,
        /// The first article's column; the verified value follows the last article's.
        FirstArticleColumn,
    };
    enum Role {
        /// The fact's id ("f3") in every column; the same value as ProjectTableModel::IdRole.
        IdRole = Qt::UserRole + 1,
        /// FactStatus as an int.
        StatusRole,
        /// bool: the linker found the members disagreeing.
        DivergentRole,
        /// QStringList: in an article's column the fact's members from that article, elsewhere
        /// every member.
        ClaimIdsRole,
        /// Agreement as an int.
        AgreementRole,
        /// In an article's column (and its header) the article's id.
        ArticleIdRole,
        /// What the facts table sorts by: numbers as numbers, the status in review order.
        SortRole,
        /// Everything the search looks at: label, values, verified value, verdict, note.
        SearchTextRole,
    };

    explicit FactMatrixModel(Project *project, QObject *parent = nullptr);

    Project *project() const { return m_project; }
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    QStringList mimeTypes() const override;
    Qt::DropActions supportedDropActions() const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
        const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
        const QModelIndex &parent) override;
    /// A drag payload for a claim, for the widgets that start the drag.
    static QMimeData *claimMimeData(const QString &claimId);

    int verifiedValueColumn() const;
    /// The column of an article, or -1.
    int articleColumn(const QString &articleId) const;
    /// The article shown in a column, or an empty id.
    QString articleIdAt(int column) const;
    /// A fact's row, in `column`; invalid when unknown.
    QModelIndex indexOfFact(const QString &factId, int column = LabelColumn) const;
    QString factIdAt(int row) const;
    /// The colours of the badges follow the palette (light or dark theme).
    void setPalette(const QPalette &palette);
    const FactBadges &badges() const { return m_badges; }

private:
    QString claimOnDrop(
        const QMimeData *data, int row, const QModelIndex &parent, QString *factId) const;
    /// The project's claim of an id, through a lookup table rebuilt when claims come or go:
    /// every cell asks for its members' claims.
    const Claim *claim(const QString &claimId) const;
    QStringList membersIn(const ProjectFact &fact, const QString &articleId) const;
    QVariant articleCell(const ProjectFact &fact, const QString &articleId, int role) const;
    QVariant sortValue(const ProjectFact &fact, int column) const;
    QString searchText(const ProjectFact &fact) const;
    void refreshRows(int first, int last);
    void refreshColumn(int column);
    void refreshFactOfClaim(int claimRow);

    Project *m_project;
    FactBadges m_badges;
    /// The text colour of rejected facts.
    QColor m_dimmed;
    mutable QHash<QString, qsizetype> m_claimRows;
    mutable bool m_claimRowsValid = false;
    /// Between a claim table's "about to" signal and its "done" signal: what is changing.
    std::pair<int, int> m_changingClaims {0, -1};
    QStringList m_factsOfRemovedClaims;
};

} // namespace factbench
