#include "factinspector.h"

#include "factbadges.h"
#include "factmemberseditor.h"
#include "review/project.h"
#include "reviewtext.h"
#include "wrappedlabel.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QScopedValueRollback>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace factbench {

namespace {

enum Page { EmptyPage, FormPage };

/// Sets a field from the project unless the editor is typing something else into it.
void setFieldText(QLineEdit *field, const QString &text)
{
    if (field->text() == text || (field->hasFocus() && field->isModified())) {
        return;
    }
    field->setText(text);
    field->setCursorPosition(0);
}

QString logTime(const QDateTime &time)
{
    const QDateTime local = time.toLocalTime();
    return local.date() == QDate::currentDate()
        ? QLocale().toString(local.time(), QLocale::ShortFormat)
        : QLocale().toString(local, QLocale::ShortFormat);
}

QLabel *iconLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setFixedSize(16, 16);
    return label;
}

} // namespace

FactInspector::FactInspector(Project *project, QWidget *parent)
    : QWidget(parent)
    , m_project(project)
{
    setObjectName(QStringLiteral("factInspector"));
    setAccessibleName(tr("Fact inspector"));
    m_pages = new QStackedWidget(this);
    m_pages->insertWidget(EmptyPage, createEmptyState());
    m_pages->insertWidget(FormPage, createForm());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);
    connectProject();
    setFact({});
}

QWidget *FactInspector::createEmptyState()
{
    auto *page = new QWidget(this);
    auto *title = new QLabel(tr("No fact selected"), page);
    title->setObjectName(QStringLiteral("emptyTitle"));
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.25);
    title->setFont(font);
    auto *hint = new QLabel(tr("Select a fact in the table to see what each source says and "
                               "to review it."),
        page);
    hint->setWordWrap(true);
    for (QLabel *label : {title, hint}) {
        label->setAlignment(Qt::AlignCenter);
        label->setForegroundRole(QPalette::PlaceholderText);
    }
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->addStretch(1);
    layout->addWidget(title);
    layout->addWidget(hint);
    layout->addStretch(2);
    return page;
}

QWidget *FactInspector::createForm()
{
    auto *scroll = new QScrollArea(this);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *form = new QWidget(scroll);
    scroll->setWidget(form);

    m_label = new QLineEdit(form);
    m_label->setObjectName(QStringLiteral("factLabel"));
    m_label->setAccessibleName(tr("Fact label"));
    m_label->setPlaceholderText(tr("What the sources state, e.g. drones launched"));
    connect(m_label, &QLineEdit::editingFinished, this, &FactInspector::commitLabel);

    m_statusIcon = iconLabel(form);
    m_statusText = new QLabel(form);
    m_statusText->setObjectName(QStringLiteral("factStatus"));
    m_statusText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_agreementIcon = iconLabel(form);
    m_agreement = new WrappedLabel(form);
    m_agreement->setObjectName(QStringLiteral("factAgreement"));
    m_agreement->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_agreementWord = new QLabel(form);
    m_agreementWord->setObjectName(QStringLiteral("factDivergence"));
    auto *statusRow = new QHBoxLayout;
    statusRow->setSpacing(6);
    statusRow->addWidget(m_statusIcon);
    statusRow->addWidget(m_statusText);
    statusRow->addSpacing(12);
    statusRow->addWidget(m_agreementIcon);
    statusRow->addWidget(m_agreementWord, 1);

    m_members = new FactMembersEditor(m_project, form);
    connect(m_members, &FactMembersEditor::jumpToClaim, this, &FactInspector::jumpToClaim);
    connect(m_members, &FactMembersEditor::factRequested, this, &FactInspector::factRequested);

    m_verifiedValue = new QLineEdit(form);
    m_verifiedValue->setObjectName(QStringLiteral("verifiedValue"));
    m_verifiedValue->setAccessibleName(tr("Verified value"));
    m_verifiedValue->setPlaceholderText(tr("The value you established"));
    m_verifiedValue->setToolTip(tr("The value the fact sheet gives, as you checked it"));
    connect(
        m_verifiedValue, &QLineEdit::editingFinished, this, &FactInspector::commitVerifiedValue);

    m_verdict = new QComboBox(form);
    m_verdict->setObjectName(QStringLiteral("verdict"));
    m_verdict->setAccessibleName(tr("Verdict"));
    m_verdict->setEditable(true);
    m_verdict->setInsertPolicy(QComboBox::NoInsert);
    m_verdict->addItems({tr("Accurate"), tr("Accurate with context"), tr("Misleading"),
        tr("Unsupported"), tr("False")});
    m_verdict->setCurrentIndex(-1);
    m_verdict->lineEdit()->setPlaceholderText(tr("Choose or type a verdict"));
    m_verdict->setToolTip(tr("Your judgement of what the sources say"));
    connect(m_verdict, &QComboBox::activated, this, &FactInspector::commitVerdict);
    connect(
        m_verdict->lineEdit(), &QLineEdit::editingFinished, this, &FactInspector::commitVerdict);

    m_note = new QPlainTextEdit(form);
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setAccessibleName(tr("Note"));
    m_note->setPlaceholderText(tr("How you resolved it, for the fact sheet"));
    m_note->setTabChangesFocus(true);
    // A few lines: the history below takes the height that is left.
    m_note->setMinimumHeight(fontMetrics().lineSpacing() * 3 + 12);
    m_note->setMaximumHeight(fontMetrics().lineSpacing() * 7 + 12);
    connect(m_note, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_updating && m_project->fact(m_factId)) {
            // Each keystroke is an edit; Project merges them into one undo step.
            m_project->editNote(m_factId, m_note->toPlainText());
        }
    });

    m_log = new QListWidget(form);
    m_log->setObjectName(QStringLiteral("factLog"));
    m_log->setAccessibleName(tr("History"));
    m_log->setToolTip(tr("What was decided about this fact, newest first"));
    m_log->setSelectionMode(QAbstractItemView::NoSelection);
    m_log->setWordWrap(true);
    m_log->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_log->setMinimumHeight(fontMetrics().lineSpacing() * 3 + 12);

    auto *layout = new QFormLayout(form);
    layout->setContentsMargins(10, 10, 10, 10);
    layout->setVerticalSpacing(8);
    layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->setRowWrapPolicy(QFormLayout::DontWrapRows);
    layout->addRow(tr("&Label:"), m_label);
    layout->addRow(tr("Status:"), statusRow);
    // Under the status, in the field column: why the sources agree or not.
    layout->addRow(QString(), m_agreement);
    layout->addRow(tr("&Members:"), m_members);
    layout->addRow(tr("&Verified value:"), m_verifiedValue);
    layout->addRow(tr("Ver&dict:"), m_verdict);
    layout->addRow(tr("&Note:"), m_note);
    layout->addRow(tr("&History:"), m_log);
    // The members label would otherwise bind its mnemonic to the members editor, which takes
    // no focus itself.
    if (auto *membersLabel = qobject_cast<QLabel *>(layout->labelForField(m_members))) {
        membersLabel->setBuddy(m_members->list());
    }

    setTabOrder(m_label, m_members->list());
    setTabOrder(m_members->list(), m_members->findChild<QComboBox *>(QStringLiteral("moveTarget")));
    setTabOrder(m_members->findChild<QWidget *>(QStringLiteral("splitFact")), m_verifiedValue);
    setTabOrder(m_verifiedValue, m_verdict);
    setTabOrder(m_verdict, m_note);
    setTabOrder(m_note, m_log);
    return scroll;
}

void FactInspector::connectProject()
{
    connect(m_project, &Project::rowChanged, this, [this](ProjectTable table, int row) {
        if (m_factId.isEmpty()) {
            return;
        }
        if (table == ProjectTable::Facts) {
            if (row == m_project->rowOf(ProjectTable::Facts, m_factId)) {
                refresh();
            } else {
                m_members->refreshTargets();
            }
        } else if (table == ProjectTable::Claims || table == ProjectTable::Articles) {
            m_members->refresh();
        }
    });
    const auto rowsCameOrWent = [this](ProjectTable table) {
        if (m_factId.isEmpty()) {
            return;
        }
        switch (table) {
        case ProjectTable::Facts:
            if (!m_project->fact(m_factId)) {
                setFact({}); // Merged away, or its creation undone.
            } else {
                m_members->refreshTargets();
            }
            break;
        case ProjectTable::Claims:
        case ProjectTable::Articles:
            m_members->refresh();
            break;
        case ProjectTable::Log:
            refreshLog();
            break;
        case ProjectTable::Dismissed:
            break; // Deleted claims the inspector never shows.
        }
    };
    connect(m_project, &Project::rowsInserted, this, rowsCameOrWent);
    connect(m_project, &Project::rowsRemoved, this, rowsCameOrWent);
    connect(m_project, &Project::wasReset, this, [this] {
        dropPendingEdits(); // They were meant for the project that is gone.
        setFact(m_factId);
    });
}

void FactInspector::setFact(const QString &factId)
{
    commitPendingEdits();
    m_factId = m_project->fact(factId) ? factId : QString();
    dropPendingEdits();
    m_members->setFact(m_factId);
    refresh();
}

void FactInspector::refresh()
{
    const ProjectFact *fact = m_project->fact(m_factId);
    if (!fact) {
        m_factId.clear();
        m_pages->setCurrentIndex(EmptyPage);
        return;
    }
    const QScopedValueRollback updating(m_updating, true);
    m_pages->setCurrentIndex(FormPage);
    setFieldText(m_label, fact->label);
    refreshStatus();
    setFieldText(m_verifiedValue, fact->verifiedValue);
    refreshVerdict(fact->verdict);
    refreshNote(fact->note);
    m_members->refresh();
    refreshLog();
    updateReadOnly();
}

void FactInspector::refreshStatus()
{
    const ProjectFact *fact = m_project->fact(m_factId);
    if (!fact) {
        return;
    }
    const FactBadges badges(palette());
    m_statusIcon->setPixmap(badges.statusIcon(fact->status).pixmap(16, 16));
    m_statusText->setText(ReviewText::status(fact->status));
    m_statusText->setToolTip(ReviewText::statusDescription(fact->status));
    const QIcon agreementIcon = fact->divergent ? badges.divergentIcon()
        : ReviewText::agreesByRule(*fact)       ? badges.agreedByRuleIcon()
                                                : QIcon();
    m_agreementIcon->setPixmap(agreementIcon.isNull() ? QPixmap() : agreementIcon.pixmap(16, 16));
    m_agreementIcon->setVisible(!agreementIcon.isNull());
    m_agreementWord->setText(fact->divergent  ? tr("Divergent")
            : ReviewText::agreesByRule(*fact) ? tr("Agree by a rule")
                                              : QString());
    m_agreement->setText(ReviewText::agreement(*fact));
}

void FactInspector::refreshVerdict(const QString &verdict)
{
    QLineEdit *field = m_verdict->lineEdit();
    if (field->hasFocus() && field->isModified()) {
        return;
    }
    // The list's current item follows, so that Up and Down move on from the verdict shown.
    const int index = m_verdict->findText(verdict);
    if (m_verdict->currentIndex() != index) {
        m_verdict->setCurrentIndex(index);
    }
    setFieldText(field, verdict);
}

void FactInspector::refreshNote(const QString &note)
{
    // An equal text is left alone: setting it would move the cursor of someone typing.
    if (m_note->toPlainText() == note) {
        return;
    }
    const int position = m_note->textCursor().position();
    m_note->setPlainText(note);
    if (m_note->hasFocus()) {
        QTextCursor cursor = m_note->textCursor();
        cursor.setPosition(std::min(position, int(note.size())));
        m_note->setTextCursor(cursor);
    }
}

void FactInspector::refreshLog()
{
    m_log->clear();
    const QList<ReviewLogEntry> entries = ReviewText::logOf(m_project, m_factId);
    for (auto it = entries.crbegin(); it != entries.crend(); ++it) {
        const QString action = ReviewText::logAction(*it, m_project);
        auto *item = new QListWidgetItem(it->editor.isEmpty()
                ? tr("%1  %2").arg(logTime(it->time), action)
                : tr("%1  %2 · %3").arg(logTime(it->time), action, it->editor),
            m_log);
        item->setToolTip(tr("%1\n%2\nby %3")
                             .arg(QLocale().toString(it->time.toLocalTime(), QLocale::LongFormat),
                                 action, it->editor.isEmpty() ? tr("unknown") : it->editor));
    }
    if (entries.isEmpty()) {
        auto *item = new QListWidgetItem(tr("No decisions yet"), m_log);
        item->setFlags(Qt::NoItemFlags);
    }
}

void FactInspector::updateReadOnly()
{
    const bool readOnly = m_project->isReadOnly();
    m_label->setReadOnly(readOnly);
    m_verifiedValue->setReadOnly(readOnly);
    m_verdict->setEnabled(!readOnly);
    m_note->setReadOnly(readOnly);
}

void FactInspector::focusVerifiedValue()
{
    m_verifiedValue->setFocus(Qt::ShortcutFocusReason);
    m_verifiedValue->selectAll();
}

void FactInspector::commitPendingEdits()
{
    commitLabel();
    commitVerifiedValue();
    commitVerdict();
}

void FactInspector::dropPendingEdits()
{
    for (QLineEdit *field : {m_label, m_verifiedValue, m_verdict->lineEdit()}) {
        field->setModified(false);
        field->clear();
    }
}

void FactInspector::commitLabel()
{
    if (m_updating || !m_label->isModified() || !m_project->fact(m_factId)) {
        return;
    }
    m_label->setModified(false);
    m_project->renameFact(m_factId, m_label->text().trimmed());
}

void FactInspector::commitVerifiedValue()
{
    if (m_updating || !m_verifiedValue->isModified() || !m_project->fact(m_factId)) {
        return;
    }
    m_verifiedValue->setModified(false);
    m_project->setVerifiedValue(m_factId, m_verifiedValue->text().trimmed());
}

void FactInspector::commitVerdict()
{
    const ProjectFact *fact = m_project->fact(m_factId);
    if (m_updating || !fact || m_project->isReadOnly()) {
        return;
    }
    m_verdict->lineEdit()->setModified(false);
    const QString verdict = m_verdict->currentText().trimmed();
    if (verdict != fact->verdict) {
        m_project->setVerdict(m_factId, verdict);
    }
}

void FactInspector::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        refreshStatus();
    }
    QWidget::changeEvent(event);
}

} // namespace factbench
