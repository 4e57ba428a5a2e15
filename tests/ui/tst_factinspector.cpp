#include "factinspector.h"
#include "i18n/translations.h"
#include "samplereview.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace factbench;

namespace {

/// Selects the member rows from these outlets by clicking them (Ctrl for the second and more).
void clickMembers(QTreeWidget *members, const QStringList &outlets)
{
    members->clearSelection();
    bool first = true;
    for (int row = 0; row < members->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = members->topLevelItem(row);
        if (outlets.contains(item->text(0))) {
            const QPoint centre = members->visualItemRect(item).center();
            QTest::mouseClick(members->viewport(), Qt::LeftButton,
                first ? Qt::NoModifier : Qt::ControlModifier, centre);
            first = false;
        }
    }
}

QStringList logTexts(const QListWidget *log)
{
    QStringList texts;
    for (int row = 0; row < log->count(); ++row) {
        texts.append(log->item(row)->text());
    }
    return texts;
}

} // namespace

/// The inspector over the sample: every field edits through Project's verbs and undoes, the
/// members move and split, the log shows the fact's history, and the fields follow the project.
class TestFactInspector : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        // The English catalogue holds the plural forms ("1 fact", "2 facts").
        Translations::install(qApp, QLocale(QLocale::English));
    }

    void init()
    {
        m_project = new Project(this);
        makeSampleReview(*m_project);
        m_inspector = new FactInspector(m_project);
        m_inspector->resize(460, 680);
        m_inspector->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_inspector));
        m_homes = factLabelled(*m_project, QStringLiteral("homes flooded"));
        QVERIFY(!m_homes.isEmpty());
        m_inspector->setFact(m_homes);
        QCOMPARE(m_inspector->factId(), m_homes);
        m_label = child<QLineEdit>("factLabel");
        m_verifiedValue = child<QLineEdit>("verifiedValue");
        m_verdict = child<QComboBox>("verdict");
        m_note = child<QPlainTextEdit>("note");
        m_members = child<QTreeWidget>("factMembers");
        m_log = child<QListWidget>("factLog");
        QVERIFY(m_label && m_verifiedValue && m_verdict && m_note && m_members && m_log);
    }

    void cleanup()
    {
        delete m_inspector;
        delete m_project;
    }

    void testShowsTheFact()
    {
        QCOMPARE(m_label->text(), QStringLiteral("homes flooded"));
        QCOMPARE(child<QLabel>("factStatus")->text(), QStringLiteral("Proposed"));
        const QString agreement = child<QLabel>("factAgreement")->text();
        QVERIFY2(agreement.startsWith(QStringLiteral("The sources disagree: 340 (1 source)")),
            qPrintable(agreement));
        QCOMPARE(m_members->topLevelItemCount(), 3);
        QCOMPARE(m_members->topLevelItem(0)->text(0), QStringLiteral("The Coastal Herald"));
        QCOMPARE(m_members->topLevelItem(1)->text(2), QStringLiteral(">300"));
        QCOMPARE(m_members->topLevelItem(2)->text(0), QStringLiteral("Bayline News"));
        // The words around the figure, for its meaning.
        QVERIFY(m_members->topLevelItem(2)->text(1).startsWith(
            QStringLiteral("Storm Morwenna flooded 360 homes in Harlow Bay")));
        QVERIFY(m_members->topLevelItem(1)->text(1).startsWith(
            QStringLiteral("More than 300 homes were flooded in Harlow Bay")));
        // A long sentence is cut before the figure, which stays near the start.
        const QString herald = m_members->topLevelItem(0)->text(1);
        QVERIFY2(herald.startsWith(QStringLiteral("…"))
                && herald.indexOf(QStringLiteral("flooding 340 homes")) < 30,
            qPrintable(herald));
        QCOMPARE(m_verifiedValue->text(), QString());
        QCOMPARE(logTexts(m_log), QStringList {QStringLiteral("No decisions yet")});

        // The move targets: the other figure facts, and a new one.
        auto *target = child<QComboBox>("moveTarget");
        QCOMPARE(target->itemText(0), QStringLiteral("New fact"));
        QVERIFY(target->findData(factLabelled(*m_project, QStringLiteral("households"))) > 0);
        QCOMPARE(target->findData(m_homes), -1);
        const QString quoteFact = m_project->facts().last().id;
        QCOMPARE(m_project->fact(quoteFact)->kind, FactKind::Quote);
        QCOMPARE(target->findData(quoteFact), -1);
    }

    void testLabelEditIsUndoable()
    {
        m_label->setFocus();
        m_label->selectAll();
        QTest::keyClicks(m_label, QStringLiteral("homes under water"));
        QCOMPARE(m_project->fact(m_homes)->label, QStringLiteral("homes flooded"));
        QTest::keyClick(m_label, Qt::Key_Return);
        QCOMPARE(m_project->fact(m_homes)->label, QStringLiteral("homes under water"));
        QVERIFY(logTexts(m_log).first().contains(QStringLiteral("Renamed to “homes under water”")));
        QVERIFY(logTexts(m_log).first().contains(QStringLiteral("Test Editor")));
        m_project->undoStack()->undo();
        QCOMPARE(m_project->fact(m_homes)->label, QStringLiteral("homes flooded"));
        QCOMPARE(m_label->text(), QStringLiteral("homes flooded"));
    }

    void testVerifiedValueCommitsWhenLeavingTheField()
    {
        m_verifiedValue->setFocus();
        QTest::keyClicks(m_verifiedValue, QStringLiteral("340"));
        QTest::keyClick(m_verifiedValue, Qt::Key_Tab); // Focus leaves: editingFinished.
        QCOMPARE(m_project->fact(m_homes)->verifiedValue, QStringLiteral("340"));
        m_project->undoStack()->undo();
        QCOMPARE(m_project->fact(m_homes)->verifiedValue, QString());
        QCOMPARE(m_verifiedValue->text(), QString());
        m_project->undoStack()->redo();
        QCOMPARE(m_verifiedValue->text(), QStringLiteral("340"));

        m_inspector->focusVerifiedValue();
        QVERIFY(m_verifiedValue->hasFocus());
        QCOMPARE(m_verifiedValue->selectedText(), QStringLiteral("340"));
    }

    void testVerdictFromTheListOrTyped()
    {
        m_verdict->setFocus();
        QTest::keyClick(m_verdict, Qt::Key_Down); // The first common verdict.
        QCOMPARE(m_project->fact(m_homes)->verdict, QStringLiteral("Accurate"));

        m_verdict->lineEdit()->selectAll();
        QTest::keyClicks(m_verdict->lineEdit(), QStringLiteral("Partly true"));
        QTest::keyClick(m_verdict->lineEdit(), Qt::Key_Return);
        QCOMPARE(m_project->fact(m_homes)->verdict, QStringLiteral("Partly true"));
        QVERIFY(
            logTexts(m_log).first().contains(QStringLiteral("Set the verdict to “Partly true”")));

        m_project->undoStack()->undo();
        QCOMPARE(m_project->fact(m_homes)->verdict, QStringLiteral("Accurate"));
        QCOMPARE(m_verdict->currentText(), QStringLiteral("Accurate"));
        m_project->undoStack()->undo();
        QCOMPARE(m_project->fact(m_homes)->verdict, QString());
        QCOMPARE(m_verdict->currentText(), QString());
    }

    void testNoteTypingIsOneUndoStep()
    {
        const int steps = m_project->undoStack()->count();
        m_note->setFocus();
        QTest::keyClicks(m_note, QStringLiteral("Council figure is 340."));
        QCOMPARE(m_project->fact(m_homes)->note, QStringLiteral("Council figure is 340."));
        QCOMPARE(m_project->undoStack()->count(), steps + 1);

        // A change elsewhere in the fact leaves the typist's cursor where it was.
        QTextCursor cursor = m_note->textCursor();
        cursor.setPosition(7);
        m_note->setTextCursor(cursor);
        QVERIFY(m_project->confirmFact(m_homes));
        QCOMPARE(m_note->textCursor().position(), 7);
        QCOMPARE(child<QLabel>("factStatus")->text(), QStringLiteral("Confirmed"));
        m_project->undoStack()->undo();

        m_project->undoStack()->undo();
        QCOMPARE(m_project->fact(m_homes)->note, QString());
        QCOMPARE(m_note->toPlainText(), QString());
    }

    void testMoveMemberToAnotherFact()
    {
        const QString households = factLabelled(*m_project, QStringLiteral("households"));
        const QString bayline = memberFrom(*m_project, m_homes, QStringLiteral("Bayline News"));
        auto *target = child<QComboBox>("moveTarget");
        auto *move = child<QPushButton>("moveClaim");
        QVERIFY(!move->isEnabled()); // Nothing selected.
        clickMembers(m_members, {QStringLiteral("Bayline News")});
        QVERIFY(move->isEnabled());
        target->setCurrentIndex(target->findData(households));
        QTest::mouseClick(move, Qt::LeftButton);
        QCOMPARE(m_project->factOfClaim(bayline), households);
        QCOMPARE(m_members->topLevelItemCount(), 2);

        m_project->undoStack()->undo();
        QCOMPARE(m_project->factOfClaim(bayline), m_homes);
        QCOMPARE(m_members->topLevelItemCount(), 3);

        // "New fact" makes a fact of the selected claims, labelled like this one.
        clickMembers(m_members, {QStringLiteral("Bayline News")});
        target->setCurrentIndex(0);
        QTest::mouseClick(move, Qt::LeftButton);
        const QString created = m_project->factOfClaim(bayline);
        QVERIFY(created != m_homes && !created.isEmpty());
        QCOMPARE(m_project->fact(created)->label, QStringLiteral("homes flooded"));
        m_project->undoStack()->undo();
    }

    void testMovingTheLastMemberFollowsItsClaims()
    {
        const QString speed = factLabelled(*m_project, QStringLiteral("speed in km/h"));
        const QString centres = factLabelled(*m_project, QStringLiteral("centres"));
        QVERIFY(!m_project->splitFact(speed, {m_project->fact(speed)->members.first()}).isEmpty());
        m_inspector->setFact(speed);
        QCOMPARE(m_members->topLevelItemCount(), 1);
        QSignalSpy requested(m_inspector, &FactInspector::factRequested);
        clickMembers(m_members, {m_members->topLevelItem(0)->text(0)});
        QVERIFY(!child<QPushButton>("splitFact")->isEnabled()); // Nothing would stay behind.
        auto *target = child<QComboBox>("moveTarget");
        target->setCurrentIndex(target->findData(centres));
        QTest::mouseClick(child<QPushButton>("moveClaim"), Qt::LeftButton);
        QCOMPARE(m_project->fact(speed), nullptr);
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.first().first().toString(), centres);
        QCOMPARE(m_inspector->factId(), QString());
    }

    void testSplitSelectedMembers()
    {
        auto *split = child<QPushButton>("splitFact");
        clickMembers(
            m_members, {QStringLiteral("Northshore Daily"), QStringLiteral("Bayline News")});
        QCOMPARE(m_members->selectedItems().size(), 2);
        QVERIFY(split->isEnabled());
        const int facts = int(m_project->facts().size());
        QTest::mouseClick(split, Qt::LeftButton);
        QCOMPARE(int(m_project->facts().size()), facts + 1);
        QCOMPARE(m_project->fact(m_homes)->members.size(), 1);
        QCOMPARE(m_members->topLevelItemCount(), 1);
        // The split-off fact comes right after the original.
        const ProjectFact &other
            = m_project->facts().at(m_project->rowOf(ProjectTable::Facts, m_homes) + 1);
        QCOMPARE(other.members.size(), 2);
        QCOMPARE(logTexts(m_log).first().section(QStringLiteral("  "), 1),
            QStringLiteral("Split into two facts · Test Editor"));

        m_project->undoStack()->undo();
        QCOMPARE(m_members->topLevelItemCount(), 3);
        QCOMPARE(int(m_project->facts().size()), facts);
    }

    void testLogListsTheFactsDecisionsNewestFirst()
    {
        QVERIFY(m_project->confirmFact(m_homes));
        QVERIFY(m_project->setVerdict(m_homes, QStringLiteral("Accurate")));
        QVERIFY(m_project->editNote(m_homes, QStringLiteral("Checked.")));
        QVERIFY(m_project->confirmFact(factLabelled(*m_project, QStringLiteral("households"))));
        const QStringList texts = logTexts(m_log);
        QCOMPARE(texts.size(), 3);
        QVERIFY(texts.at(0).contains(QStringLiteral("Edited the note")));
        QVERIFY(texts.at(1).contains(QStringLiteral("Set the verdict to “Accurate”")));
        QVERIFY(texts.at(2).contains(QStringLiteral("Confirmed · Test Editor")));
        QVERIFY(!m_log->item(2)->toolTip().isEmpty());
        m_project->undoStack()->undo();
        m_project->undoStack()->undo();
        QCOMPARE(logTexts(m_log).size(), 2);
    }

    void testTabGoesThroughTheFieldsInOrder()
    {
        m_label->setFocus();
        QStringList order {m_label->objectName()};
        for (int i = 0; i < 6; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            order.append(QApplication::focusWidget()->objectName());
        }
        // Move and Split are skipped while no member is selected.
        QCOMPARE(order,
            QStringList({QStringLiteral("factLabel"), QStringLiteral("factMembers"),
                QStringLiteral("moveTarget"), QStringLiteral("verifiedValue"),
                QStringLiteral("verdict"), QStringLiteral("note"), QStringLiteral("factLog")}));
    }

    void testJumpToMember()
    {
        QSignalSpy jump(m_inspector, &FactInspector::jumpToClaim);
        QTreeWidgetItem *item = m_members->topLevelItem(2);
        QTest::mouseClick(
            m_members->viewport(), Qt::LeftButton, {}, m_members->visualItemRect(item).center());
        QTest::mouseDClick(
            m_members->viewport(), Qt::LeftButton, {}, m_members->visualItemRect(item).center());
        QCOMPARE(jump.size(), 1);
        const QString bayline = memberFrom(*m_project, m_homes, QStringLiteral("Bayline News"));
        QCOMPARE(jump.last().first().toString(), bayline);
        m_members->setFocus();
        m_members->setCurrentItem(m_members->topLevelItem(0));
        QTest::keyClick(m_members, Qt::Key_Return);
        QCOMPARE(jump.size(), 2);
        QCOMPARE(jump.last().first().toString(),
            memberFrom(*m_project, m_homes, QStringLiteral("The Coastal Herald")));
    }

    void testFactDisappearingEmptiesTheInspector()
    {
        auto *pages = m_inspector->findChild<QStackedWidget *>();
        const QString created = m_project->createFact(
            {memberFrom(*m_project, m_homes, QStringLiteral("Bayline News"))},
            QStringLiteral("Bayline's count"));
        m_inspector->setFact(created);
        QCOMPARE(m_label->text(), QStringLiteral("Bayline's count"));
        QVERIFY(pages->currentWidget()->isAncestorOf(m_label));
        m_project->undoStack()->undo();
        QCOMPARE(m_inspector->factId(), QString());
        QVERIFY(pages->currentWidget()->findChild<QLabel *>(QStringLiteral("emptyTitle")));

        m_inspector->setFact(m_homes);
        const QString households = factLabelled(*m_project, QStringLiteral("households"));
        QVERIFY(m_project->mergeFacts(households, {m_homes}));
        QCOMPARE(m_inspector->factId(), QString());
        m_inspector->setFact(QStringLiteral("f999"));
        QCOMPARE(m_inspector->factId(), QString());
    }

    void testReadOnlyProjectCannotBeEdited()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("review.factbench"));
        QVERIFY(m_project->saveAs(path).ok());
        Project other;
        QVERIFY(other.open(path, Project::OpenMode::ReadOnly).ok());
        FactInspector inspector(&other);
        inspector.setFact(m_homes);
        QVERIFY(inspector.findChild<QLineEdit *>(QStringLiteral("factLabel"))->isReadOnly());
        QVERIFY(inspector.findChild<QPlainTextEdit *>(QStringLiteral("note"))->isReadOnly());
        QVERIFY(!inspector.findChild<QComboBox *>(QStringLiteral("verdict"))->isEnabled());
        QVERIFY(!inspector.findChild<QPushButton *>(QStringLiteral("moveClaim"))->isEnabled());
        QVERIFY(!inspector.findChild<QPushButton *>(QStringLiteral("splitFact"))->isEnabled());
        m_project->clear(); // Lets go of the file's lock before the folder goes.
    }

    void testRenderInLightAndDarkPalettes_data()
    {
        QTest::addColumn<QPalette>("palette");
        QTest::addColumn<QString>("name");
        QTest::newRow("light") << lightPalette() << QStringLiteral("light");
        QTest::newRow("dark") << darkPalette() << QStringLiteral("dark");
    }

    void testRenderInLightAndDarkPalettes()
    {
        QFETCH(QPalette, palette);
        QFETCH(QString, name);
        m_inspector->setPalette(palette);
        QVERIFY(m_project->markFactDisputed(m_homes));
        QVERIFY(m_project->setVerifiedValue(m_homes, QStringLiteral("340")));
        QVERIFY(m_project->setVerdict(m_homes, QStringLiteral("Accurate with context")));
        QVERIFY(m_project->editNote(m_homes,
            QStringLiteral("The council's count of 340 is the one the fire service confirmed; "
                           "Bayline's 360 includes business premises.")));
        QCoreApplication::processEvents();
        // The reason takes the lines it needs at the inspector's width, no more.
        auto *agreement = child<QLabel>("factAgreement");
        QCOMPARE(agreement->height(), agreement->heightForWidth(agreement->width()));
        QVERIFY(m_inspector->grab().save(QStringLiteral("/tmp/factinspector-%1.png").arg(name)));
        m_inspector->setFact({});
        QVERIFY(
            m_inspector->grab().save(QStringLiteral("/tmp/factinspector-empty-%1.png").arg(name)));
    }

private:
    template<typename T>
    T *child(const char *name) const
    {
        return m_inspector->findChild<T *>(QString::fromLatin1(name));
    }

    Project *m_project = nullptr;
    FactInspector *m_inspector = nullptr;
    QString m_homes;
    QLineEdit *m_label = nullptr;
    QLineEdit *m_verifiedValue = nullptr;
    QComboBox *m_verdict = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QTreeWidget *m_members = nullptr;
    QListWidget *m_log = nullptr;
};

QTEST_MAIN(TestFactInspector)
#include "tst_factinspector.moc"
