#pragma once

#include <QWidget>

class QComboBox;
class QPushButton;
class QTreeWidget;

namespace factbench {

class Project;

/// The members of one fact in the inspector: one row per claim (source, words, value), with
/// the controls that move the selected claims to another fact or split them off into a new
/// one. Rows drag as claims onto the facts table; double-click or Return jumps to the claim.
class FactMembersEditor : public QWidget
{
    Q_OBJECT
public:
    explicit FactMembersEditor(Project *project, QWidget *parent = nullptr);

    /// Shows the members of a fact, or nothing for an empty id.
    void setFact(const QString &factId);
    /// Reads the fact's members again, keeping the selected claims selected.
    void refresh();
    /// Reads the other facts again for the move target list, keeping the chosen target.
    void refreshTargets();
    /// The claims of the selected rows, in the list's order.
    QStringList selectedClaimIds() const;
    QTreeWidget *list() const { return m_list; }

Q_SIGNALS:
    void jumpToClaim(const QString &claimId);
    /// A move emptied the fact shown: the fact that received its claims should be shown.
    void factRequested(const QString &factId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void moveSelected();
    void splitSelected();
    void updateButtons();
    /// Tells whoever shows the fact to follow the claims when the shown fact went away.
    void followIfGone(const QString &targetId);

    Project *m_project;
    QString m_factId;
    QTreeWidget *m_list = nullptr;
    QComboBox *m_target = nullptr;
    QPushButton *m_move = nullptr;
    QPushButton *m_split = nullptr;
};

} // namespace factbench
