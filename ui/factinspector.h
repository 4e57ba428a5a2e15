#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QStackedWidget;

namespace factbench {

class FactMembersEditor;
class Project;

/// Everything about the selected fact, for the editor to review it: label, status and why the
/// sources agree or not, the members (with jump-to, move and split), verified value, verdict,
/// note and the fact's review log. Every edit goes through one of Project's undoable verbs;
/// the fields follow the project, so undo and redo show at once without overwriting a field
/// the editor is typing in.
class FactInspector : public QWidget
{
    Q_OBJECT
public:
    explicit FactInspector(Project *project, QWidget *parent = nullptr);

    /// Shows a fact, or the empty state for an empty or unknown id. Edits still pending in a
    /// field go to the fact shown before.
    void setFact(const QString &factId);
    QString factId() const { return m_factId; }
    void focusVerifiedValue();

Q_SIGNALS:
    /// Double-click or Return on a member.
    void jumpToClaim(const QString &claimId);
    /// A move in the inspector emptied the shown fact: this fact received its claims and
    /// should become the selected fact.
    void factRequested(const QString &factId);

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *createForm();
    QWidget *createEmptyState();
    void connectProject();
    /// Reads the shown fact again into every field; shows the empty state when it is gone.
    void refresh();
    void refreshStatus();
    void refreshLog();
    void refreshVerdict(const QString &verdict);
    void refreshNote(const QString &note);
    void updateReadOnly();
    /// Commits the label, verified value and verdict if the editor changed them.
    void commitPendingEdits();
    /// Forgets what the editor typed and did not commit (the project was replaced).
    void dropPendingEdits();
    void commitLabel();
    void commitVerifiedValue();
    void commitVerdict();

    Project *m_project;
    QString m_factId;
    /// Set while the fields are filled from the project, so that filling them edits nothing.
    bool m_updating = false;
    QStackedWidget *m_pages = nullptr;
    QLineEdit *m_label = nullptr;
    QLabel *m_statusIcon = nullptr;
    QLabel *m_statusText = nullptr;
    QLabel *m_agreementIcon = nullptr;
    QLabel *m_agreementWord = nullptr;
    QLabel *m_agreement = nullptr;
    FactMembersEditor *m_members = nullptr;
    QLineEdit *m_verifiedValue = nullptr;
    QComboBox *m_verdict = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QListWidget *m_log = nullptr;
};

} // namespace factbench
