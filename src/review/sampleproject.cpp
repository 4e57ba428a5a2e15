#include "sampleproject.h"

#include "article/samplearticles.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTimeZone>
#include <QUndoStack>

#include <memory>

namespace factbench {

namespace {

Q_LOGGING_CATEGORY(lcSample, "factbench.review.sample", QtWarningMsg)

/// The scripted review: each step finds a fact by what it states and decides on it. The first
/// step that cannot apply stops the script with a sentence saying which.
class SampleReview
{
    Q_DECLARE_TR_FUNCTIONS(factbench::SampleProject)

public:
    explicit SampleReview(Project &project)
        : m_project(project)
    { }

    QString error() const { return m_error; }

    /// The figure fact counting `unit` whose members state every one of `values`.
    QString figureFact(const QString &unit, const QList<double> &values)
    {
        for (const ProjectFact &fact : m_project.facts()) {
            if (fact.kind != FactKind::Figure || !allMembers(fact, [&](const Claim &claim) {
                    return claim.figure.unit == unit;
                })) {
                continue;
            }
            QList<double> stated;
            for (const QString &member : fact.members) {
                stated.append(m_project.claim(member)->value());
            }
            if (std::all_of(values.cbegin(), values.cend(),
                    [&](double value) { return stated.contains(value); })) {
                return fact.id;
            }
        }
        QStringList wanted;
        for (double value : values) {
            wanted.append(QString::number(value));
        }
        fail(tr("the sample's analysis no longer finds a fact of %1 stating %2")
                 .arg(unit, wanted.join(QStringLiteral(", "))));
        return {};
    }

    /// The quote fact every member of which contains `words`.
    QString quoteFact(const QString &words)
    {
        for (const ProjectFact &fact : m_project.facts()) {
            if (fact.kind == FactKind::Quote && allMembers(fact, [&](const Claim &claim) {
                    return claim.text.contains(words);
                })) {
                return fact.id;
            }
        }
        fail(tr("the sample's analysis no longer finds the quote \"%1\" in every article")
                 .arg(words));
        return {};
    }

    /// Runs a verb; false (and the error set) when it refused.
    bool apply(bool done, const QString &what)
    {
        if (!done) {
            fail(tr("the sample's review step \"%1\" was refused").arg(what));
        }
        return done;
    }

    bool confirm(const QString &factId, const QString &value, const QString &verdict,
        const QString &note = {})
    {
        return apply(m_project.confirmFact(factId), QStringLiteral("confirm"))
            && apply(m_project.setVerifiedValue(factId, value), QStringLiteral("verified value"))
            && apply(m_project.setVerdict(factId, verdict), QStringLiteral("verdict"))
            && (note.isEmpty() || apply(m_project.editNote(factId, note), QStringLiteral("note")));
    }

    /// Corrects the speaker of every member of a quote fact that names another; true when one
    /// needed it.
    bool correctSpeakers(const QString &factId, const QString &speaker)
    {
        bool corrected = false;
        const QStringList members = m_project.fact(factId)->members;
        for (const QString &member : members) {
            const Claim *claim = m_project.claim(member);
            if (claim->speaker() != speaker) {
                ClaimCorrection correction = claim->correction;
                correction.speaker = speaker;
                corrected = apply(m_project.correctClaim(member, correction),
                                QStringLiteral("correct speaker"))
                    || corrected;
            }
        }
        return corrected;
    }

    bool ok() const { return m_error.isEmpty(); }

private:
    template<typename Predicate>
    bool allMembers(const ProjectFact &fact, Predicate predicate) const
    {
        return !fact.members.isEmpty()
            && std::all_of(fact.members.cbegin(), fact.members.cend(), [&](const QString &id) {
                   const Claim *claim = m_project.claim(id);
                   return claim && predicate(*claim);
               });
    }

    void fail(const QString &message)
    {
        if (m_error.isEmpty()) {
            m_error = message;
            qCWarning(lcSample).noquote() << message;
        }
    }

    Project &m_project;
    QString m_error;
};

/// The decisions of the sample's editor, in the order they were made.
void runReview(SampleReview &review, Project &project)
{
    // The headline figure: three outlets, three counts, resolved.
    if (const QString homes = review.figureFact(QStringLiteral("home"), {340, 360}); homes.isEmpty()
        || !review.confirm(homes, QStringLiteral("360"), QStringLiteral("accurate"),
            QStringLiteral("The Coastal Herald's 340 is the emergency service's count of "
                           "Saturday morning; the 360 Bayline News reported in the afternoon "
                           "is the county council's later, official count. Northshore Daily's "
                           "\"more than 300\" agrees with both."))) {
        return;
    }
    // Two counts that are one: a sum of parts the linker took for an update.
    if (const QString rescued = review.figureFact(QStringLiteral("person"), {112, 158});
        rescued.isEmpty()
        || !review.confirm(rescued, QStringLiteral("158"), QStringLiteral("accurate"),
            QStringLiteral("The Coastal Herald counts the 46 people taken off the caravan park "
                           "by boat apart from the 112 rescued in the streets: 112 + 46 = 158, "
                           "the figure of the other two outlets."))) {
        return;
    }
    if (const QString injured = review.figureFact(QStringLiteral("person"), {12, 14});
        injured.isEmpty()
        || !review.confirm(injured, QStringLiteral("14"), QStringLiteral("accurate, updated"),
            QStringLiteral("12 was the morning count; the council's update on Saturday "
                           "afternoon raised it to 14."))) {
        return;
    }
    if (const QString pumped = review.figureFact(QStringLiteral("property"), {85}); pumped.isEmpty()
        || !review.confirm(pumped, QStringLiteral("85"), QStringLiteral("accurate"))) {
        return;
    }
    if (const QString damage = review.figureFact(QStringLiteral("pound sterling"), {45000000});
        damage.isEmpty()
        || !review.apply(
            project.renameFact(damage, QStringLiteral("insured damage")), QStringLiteral("rename"))
        || !review.confirm(damage, QStringLiteral("£45 million"),
            QStringLiteral("accurate (an estimate)"),
            QStringLiteral("An early estimate by insurers; The Coastal Herald reports that it "
                           "will rise once inspectors reach the worst-hit streets."))) {
        return;
    }
    // A quote whose speaker the analysis got wrong in some articles.
    const QString crews = review.quoteFact(QStringLiteral("Our crews worked through the night"));
    if (crews.isEmpty()) {
        return;
    }
    const bool corrected = review.correctSpeakers(crews, QStringLiteral("Tom Okafor"));
    QString crewsNote = QStringLiteral("Northshore Daily cuts the quote short.");
    if (corrected) {
        crewsNote += QStringLiteral(" The analysis took the mayor for the speaker in some "
                                    "articles; corrected to the fire chief, whom every outlet "
                                    "names.");
    }
    if (!review.apply(project.renameFact(crews,
                          QStringLiteral("Tom Okafor: \u201cOur crews worked through the "
                                         "night\u2026\u201d")),
            QStringLiteral("rename"))
        || !review.confirm(crews,
            QStringLiteral("Our crews worked through the night in conditions none of them had "
                           "trained for"),
            QStringLiteral("accurate"), crewsNote)) {
        return;
    }
    // Disputed: the outlets word the mayor's sentence differently.
    if (const QString mayor = review.quoteFact(QStringLiteral("high in the harbour"));
        mayor.isEmpty() || !review.apply(project.markFactDisputed(mayor), QStringLiteral("dispute"))
        || !review.apply(project.setVerdict(mayor, QStringLiteral("wording unverified")),
            QStringLiteral("verdict"))
        || !review.apply(project.editNote(mayor,
                             QStringLiteral("Bayline News and The Coastal Herald quote the "
                                            "same words; Northshore Daily's \"the water rise "
                                            "this high\" differs. Without a recording it is not "
                                            "known which is verbatim.")),
            QStringLiteral("note"))) {
        return;
    }
    // Rejected: two statements about rest centres that are not one fact.
    if (const QString centres = review.figureFact(QStringLiteral("centre"), {3}); centres.isEmpty()
        || !review.apply(project.rejectFact(centres), QStringLiteral("reject"))
        || !review.apply(project.editNote(centres,
                             QStringLiteral("Not one fact: The Coastal Herald reports a plan to "
                                            "open three rest centres, Northshore Daily that "
                                            "three remain open.")),
            QStringLiteral("note"))) {
        return;
    }
}

} // namespace

QString SampleProject::editorName()
{
    return QStringLiteral("Sample Editor");
}

QDateTime SampleProject::startTime()
{
    return QDateTime(QDate(2026, 3, 15), QTime(9, 0), QTimeZone::UTC);
}

ProjectResult SampleProject::build(Project &project)
{
    if (!project.articles().isEmpty()) {
        return {SampleReview::tr("the sample can only be made in an empty project")};
    }
    const QString editor = project.editorName();
    project.setEditorName(editorName());
    auto minutes = std::make_shared<int>(0);
    project.setClock([minutes] { return startTime().addSecs(60 * (*minutes)++); });

    SampleReview review(project);
    const QList<Article> articles = SampleArticles::load();
    if (review.apply(project.addArticles(articles).size() == articles.size(),
            QStringLiteral("add the articles"))) {
        project.rerunAnalysis();
        runReview(review, project);
    }

    project.setClock({});
    project.setEditorName(editor);
    project.undoStack()->clear();
    return {review.error()};
}

} // namespace factbench
