// Project's file methods: open, save, save as, recover; the lock that keeps a second
// instance from editing the same file.

#include "project.h"

#include "io/projectreader.h"
#include "io/projectwriter.h"

#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QUndoStack>

namespace factbench {

namespace {

QString lockFileName(const QString &fileName)
{
    const QFileInfo info(fileName);
    return info.dir().filePath(QStringLiteral(".%1.lock").arg(info.fileName()));
}

} // namespace

ProjectResult Project::takeLock(const QString &fileName, std::unique_ptr<QLockFile> *lock)
{
    if (m_lock && m_fileName == fileName) {
        *lock = std::move(m_lock);
        return {};
    }
    auto candidate = std::make_unique<QLockFile>(lockFileName(fileName));
    // Held for a whole editing session: only a dead owner makes the lock stale, never its age.
    candidate->setStaleLockTime(0);
    if (candidate->tryLock(0)) {
        *lock = std::move(candidate);
        return {};
    }
    if (candidate->error() == QLockFile::LockFailedError) {
        qint64 pid = 0;
        QString host;
        QString application;
        candidate->getLockInfo(&pid, &host, &application);
        return {tr("%1 is open in another Factbench (process %2 on %3); open it read-only to "
                   "look at it.")
                    .arg(QDir::toNativeSeparators(fileName))
                    .arg(pid)
                    .arg(host),
            true};
    }
    return {tr("%1 cannot be locked for editing (its folder may be read-only); open it read-only "
               "to look at it.")
                .arg(QDir::toNativeSeparators(fileName)),
        true};
}

void Project::resetData(ProjectData data, const QString &fileName)
{
    Q_EMIT aboutToReset();
    m_data = std::move(data);
    m_index.rebuild(m_data);
    m_issuedIds.clear();
    m_undoStack->clear();
    Q_EMIT wasReset();
    if (m_fileName != fileName) {
        m_fileName = fileName;
        Q_EMIT fileNameChanged(m_fileName);
    }
}

ProjectResult Project::open(const QString &fileName, OpenMode mode)
{
    const QString absolute = QFileInfo(fileName).absoluteFilePath();
    ProjectReader::Result read = ProjectReader::read(absolute);
    if (!read.ok()) {
        return {read.error};
    }
    if (read.isAutosave) {
        return {tr("%1 is an autosave; recover it instead of opening it.")
                    .arg(QDir::toNativeSeparators(absolute))};
    }
    std::unique_ptr<QLockFile> lock;
    if (mode == OpenMode::ReadWrite) {
        if (ProjectResult locked = takeLock(absolute, &lock); !locked.ok()) {
            return locked;
        }
    }
    m_lock = std::move(lock);
    m_readOnly = mode == OpenMode::ReadOnly;
    resetData(std::move(read.data), absolute);
    return {};
}

ProjectResult Project::save()
{
    if (m_fileName.isEmpty()) {
        return {tr("The project has no file yet; choose one with Save As.")};
    }
    return saveAs(m_fileName);
}

ProjectResult Project::saveAs(const QString &fileName)
{
    const QString absolute = QFileInfo(fileName).absoluteFilePath();
    if (m_readOnly && absolute == m_fileName) {
        return {tr("%1 is open read-only; save it under another name.")
                    .arg(QDir::toNativeSeparators(absolute))};
    }
    std::unique_ptr<QLockFile> lock;
    if (ProjectResult locked = takeLock(absolute, &lock); !locked.ok()) {
        return locked;
    }
    if (const QString error = ProjectWriter::write(m_data, absolute); !error.isEmpty()) {
        if (!m_lock && absolute == m_fileName) {
            m_lock = std::move(lock); // Still editing this file: keep its lock.
        }
        return {error};
    }
    m_lock = std::move(lock);
    // Clean only now that the file on disk holds what the stack describes.
    m_undoStack->setClean();
    m_readOnly = false;
    if (m_fileName != absolute) {
        m_fileName = absolute;
        Q_EMIT fileNameChanged(m_fileName);
    }
    Q_EMIT saved(m_fileName);
    return {};
}

ProjectResult Project::recover(const QString &autosaveFileName, const QString &fileName)
{
    const QString absolute
        = fileName.isEmpty() ? QString() : QFileInfo(fileName).absoluteFilePath();
    ProjectReader::Result read = ProjectReader::read(
        autosaveFileName, absolute.isEmpty() ? QString() : QFileInfo(absolute).absolutePath());
    if (!read.ok()) {
        return {read.error};
    }
    std::unique_ptr<QLockFile> lock;
    if (!absolute.isEmpty()) {
        if (ProjectResult locked = takeLock(absolute, &lock); !locked.ok()) {
            return locked;
        }
    }
    m_lock = std::move(lock);
    m_readOnly = false;
    resetData(std::move(read.data), absolute);
    // Recovered work is unsaved work: the window shows it modified, the next save writes it.
    m_undoStack->resetClean();
    return {};
}

void Project::clear()
{
    m_lock.reset();
    m_readOnly = false;
    resetData({}, {});
}

} // namespace factbench
