#pragma once

#include "review/project.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <memory>

class QLockFile;

namespace factbench {

/// Writes a project's unsaved changes to an autosave file every so often, so that a crash loses
/// at most that much work, and finds autosaves left behind by a crash for the GUI to offer.
///
/// The autosave goes beside the project file (".NAME.factbench.autosave") or, for an untitled
/// project or a folder that cannot be written, into the application data folder. It is removed
/// when the project is saved or returns to its saved state. While an Autosaver runs it holds a
/// lock on its autosave file, so another instance never offers a live session's autosave.
class Autosaver : public QObject
{
    Q_OBJECT
public:
    static constexpr std::chrono::seconds defaultInterval {30};

    /// A left-behind autosave and the project it belongs to (empty for an untitled one).
    struct Recovery
    {
        QString autosaveFileName;
        QString projectFileName;
        QDateTime written;
    };

    /// Starts the timer; the interval is the `autosave/intervalSeconds` setting or 30 s.
    explicit Autosaver(Project *project, QObject *parent = nullptr);
    ~Autosaver() override;

    std::chrono::milliseconds interval() const;
    void setInterval(std::chrono::milliseconds interval);

    /// Where the next autosave goes.
    QString autosaveFileName() const;
    /// Writes the autosave now if there are changes it does not hold yet.
    ProjectResult autosaveNow();
    /// Removes the autosave file (after a save, or when the editor discards the changes).
    void discard();

    /// Autosaves of `projectFileName` left by a session that ended without saving, newest first.
    static QList<Recovery> recoveryFor(const QString &projectFileName);
    /// Every left-behind autosave in the application data folder (untitled projects and
    /// projects whose folder could not be written), newest first.
    static QList<Recovery> recoverable();
    /// Removes a left-behind autosave once the GUI has recovered it (the recovered work is then
    /// in memory and autosaved again) or the editor declined it.
    static bool removeRecovery(const Recovery &recovery);
    /// The application data folder's autosave directory.
    static QString autosaveDirectory();

Q_SIGNALS:
    void autosaved(const QString &autosaveFileName);
    void autosaveFailed(const QString &message);

private:
    void projectChanged();
    void relock();
    static std::optional<Recovery> recoveryAt(const QString &autosaveFileName);

    Project *m_project;
    QTimer m_timer;
    /// Changes since the last autosave.
    bool m_pending = false;
    QString m_writtenFileName;
    QString m_target;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace factbench
