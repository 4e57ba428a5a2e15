#pragma once

#include "factfiltermodel.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace factbench {

class FactMatrixModel;
class Project;

/// The facts of the review as a table: one row per fact, one column per source with its value,
/// a divergence badge and the status; above it a filter (all, divergent, unreviewed,
/// confirmed) and a search field. Rows select whole, several at once; the current fact is
/// kept by its id through undo, redo, sorting and filtering. Claims dropped on a row move into
/// that fact.
class FactsTable : public QWidget
{
    Q_OBJECT
public:
    explicit FactsTable(Project *project, QWidget *parent = nullptr);

    /// The fact of the current row; empty when none.
    QString currentFactId() const;
    /// The selected facts, the current one first, then the others in view order.
    QStringList selectedFactIds() const;
    /// Makes a fact the current and only selected row and scrolls to it; when the filter or the
    /// search hides it, shows all facts first. An empty id clears the selection.
    void selectFact(const QString &factId);
    /// Selects the fact holding a claim; false when no fact holds it.
    bool selectFactOfClaim(const QString &claimId);
    /// Moves to the next (or previous) proposed fact in view order, wrapping around; the
    /// current fact comes last. When the filter hides every proposed fact, shows all and goes
    /// to the first. Returns false when no fact is proposed.
    bool selectNextUnreviewed(bool backwards = false);
    FactFilter filter() const;
    void setFilter(FactFilter filter);
    /// Focuses the search field with its text selected (the window's Ctrl+F).
    void focusSearch();
    QTableView *view() const { return m_view; }
    FactMatrixModel *model() const { return m_model; }
    FactFilterModel *filterModel() const { return m_filterModel; }

Q_SIGNALS:
    /// The current row changed to another fact; empty when no row is current.
    void currentFactChanged(const QString &factId);
    /// Double-click or Return on a row.
    void factActivated(const QString &factId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QWidget *createToolbar();
    void setUpView();
    void followCurrentRow();
    /// After the model was reset or rows left: the remembered fact again, else the neighbour.
    void restoreCurrent();
    void sizeColumns();
    /// The label column takes the width the other columns leave, but never less than a
    /// readable minimum (a stretched section would shrink to nothing in a narrow window).
    void fitLabelColumn();
    void updateCounts();

    Project *m_project;
    FactMatrixModel *m_model = nullptr;
    FactFilterModel *m_filterModel = nullptr;
    QComboBox *m_filterBox = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_countLabel = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_emptyLabel = nullptr;
    /// The current fact, remembered across model resets.
    QString m_currentId;
    bool m_fittingLabel = false;
};

} // namespace factbench
