#include "autosaver.h"

#include "projectreader.h"
#include "projectwriter.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QLockFile>
#include <QSettings>
#include <QStandardPaths>
#include <QUndoStack>
#include <QUuid>

namespace factbench {

namespace {

const QString suffix = QStringLiteral(".autosave");

QString besideName(const QString &projectFileName)
{
    const QFileInfo info(projectFileName);
    return info.dir().filePath(QLatin1Char('.') + info.fileName() + suffix);
}

QString dataFolderName(const QString &projectFileName)
{
    const QByteArray hash
        = QCryptographicHash::hash(projectFileName.toUtf8(), QCryptographicHash::Sha1).toHex();
    return QDir(Autosaver::autosaveDirectory())
        .filePath(QString::fromLatin1(hash.left(16)) + QStringLiteral(".factbench") + suffix);
}

bool folderIsWritable(const QString &fileName)
{
    return QFileInfo(QFileInfo(fileName).absolutePath()).isWritable();
}

std::unique_ptr<QLockFile> lockFor(const QString &autosaveFileName)
{
    auto lock = std::make_unique<QLockFile>(autosaveFileName + QStringLiteral(".lock"));
    lock->setStaleLockTime(0);
    return lock;
}

} // namespace

Autosaver::Autosaver(Project *project, QObject *parent)
    : QObject(parent)
    , m_project(project)
{
    const int seconds
        = QSettings()
              .value(QStringLiteral("autosave/intervalSeconds"), qint64(defaultInterval.count()))
              .toInt();
    m_timer.setInterval(std::chrono::seconds(seconds > 0 ? seconds : defaultInterval.count()));
    connect(&m_timer, &QTimer::timeout, this, &Autosaver::autosaveNow);
    connect(project->undoStack(), &QUndoStack::indexChanged, this, &Autosaver::projectChanged);
    connect(project->undoStack(), &QUndoStack::cleanChanged, this, [this](bool clean) {
        if (clean) {
            discard(); // Back to what the file holds: nothing to recover.
        }
    });
    connect(project, &Project::wasReset, this, &Autosaver::projectChanged);
    connect(project, &Project::saved, this, &Autosaver::discard);
    connect(project, &Project::fileNameChanged, this, &Autosaver::relock);
    relock();
    m_timer.start();
}

Autosaver::~Autosaver()
{
    // A clean project leaves nothing behind; a modified one keeps its autosave, since only the
    // GUI knows whether the editor chose to discard the changes (it then calls discard()).
    if (!m_project->isModified()) {
        discard();
    }
}

std::chrono::milliseconds Autosaver::interval() const
{
    return m_timer.intervalAsDuration();
}

void Autosaver::setInterval(std::chrono::milliseconds interval)
{
    m_timer.setInterval(interval);
}

QString Autosaver::autosaveDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("autosave"));
}

QString Autosaver::autosaveFileName() const
{
    return m_target;
}

void Autosaver::relock()
{
    discard();
    const QString fileName = m_project->fileName();
    QString target;
    if (!fileName.isEmpty()) {
        target = folderIsWritable(fileName) ? besideName(fileName) : dataFolderName(fileName);
        QDir().mkpath(QFileInfo(target).absolutePath());
        m_lock = lockFor(target);
        if (!m_lock->tryLock(0)) {
            target.clear(); // Another live session autosaves this project (we are read-only).
        }
    }
    if (target.isEmpty()) {
        target
            = QDir(autosaveDirectory())
                  .filePath(QStringLiteral("untitled-%1.factbench%2")
                                .arg(QUuid::createUuid().toString(QUuid::WithoutBraces), suffix));
        QDir().mkpath(autosaveDirectory());
        m_lock = lockFor(target);
        m_lock->tryLock(0);
    }
    m_target = target;
    m_pending = m_project->isModified();
}

void Autosaver::projectChanged()
{
    m_pending = m_project->isModified();
}

ProjectResult Autosaver::autosaveNow()
{
    if (!m_pending || !m_project->isModified()) {
        return {};
    }
    const QString target = autosaveFileName();
    QDir().mkpath(QFileInfo(target).absolutePath());
    const QString projectFile = m_project->fileName();
    const ProjectWriter::Options options {
        projectFile.isEmpty() ? QString() : QFileInfo(projectFile).absolutePath(), projectFile,
        true};
    if (const QString error = ProjectWriter::write(m_project->data(), target, options);
        !error.isEmpty()) {
        Q_EMIT autosaveFailed(error);
        return {error};
    }
    m_writtenFileName = target;
    m_pending = false;
    Q_EMIT autosaved(target);
    return {};
}

void Autosaver::discard()
{
    if (!m_writtenFileName.isEmpty()) {
        QFile::remove(m_writtenFileName);
        m_writtenFileName.clear();
    }
    m_pending = m_project->isModified();
}

std::optional<Autosaver::Recovery> Autosaver::recoveryAt(const QString &autosaveFileName)
{
    if (!QFileInfo::exists(autosaveFileName)) {
        return std::nullopt;
    }
    // A live session holds the lock on its autosave: not a crash, nothing to recover.
    std::unique_ptr<QLockFile> lock = lockFor(autosaveFileName);
    if (!lock->tryLock(0)) {
        return std::nullopt;
    }
    lock->unlock();
    const ProjectReader::Result read = ProjectReader::read(autosaveFileName);
    return Recovery {autosaveFileName, read.autosaveOf,
        QFileInfo(autosaveFileName).lastModified(QTimeZone::UTC)};
}

QList<Autosaver::Recovery> Autosaver::recoveryFor(const QString &projectFileName)
{
    const QString absolute = QFileInfo(projectFileName).absoluteFilePath();
    QList<Recovery> found;
    for (const QString &candidate : {besideName(absolute), dataFolderName(absolute)}) {
        if (std::optional<Recovery> recovery = recoveryAt(candidate)) {
            recovery->projectFileName = absolute;
            found.append(*recovery);
        }
    }
    std::sort(found.begin(), found.end(),
        [](const Recovery &a, const Recovery &b) { return a.written > b.written; });
    return found;
}

bool Autosaver::removeRecovery(const Recovery &recovery)
{
    return QFile::remove(recovery.autosaveFileName);
}

QList<Autosaver::Recovery> Autosaver::recoverable()
{
    QList<Recovery> found;
    QDirIterator it(autosaveDirectory(), {QLatin1Char('*') + suffix}, QDir::Files | QDir::Hidden);
    while (it.hasNext()) {
        if (std::optional<Recovery> recovery = recoveryAt(it.next())) {
            found.append(*recovery);
        }
    }
    std::sort(found.begin(), found.end(),
        [](const Recovery &a, const Recovery &b) { return a.written > b.written; });
    return found;
}

} // namespace factbench
