#pragma once

#include "review/projectdata.h"

#include <QByteArray>
#include <QString>

namespace factbench {

/// Writes the `*.factbench` project file: JSON, one article text line per array element, keys
/// in a fixed reading order ("format" first, an article's text last) and ids that never change, so
/// two versions diff cleanly.
class ProjectWriter
{
public:
    static constexpr int formatVersion = 1;

    struct Options
    {
        /// Article paths are written relative to this folder; absolute when it is empty.
        QString baseDirectory;
        /// For an autosave: the project file it stands for (may be empty for an untitled one).
        QString autosaveOf;
        bool isAutosave = false;
    };

    static QByteArray toJson(const ProjectData &data, const Options &options);
    /// Writes through QSaveFile, so the old file stays whole until the new one is complete.
    /// Returns an empty string on success, else one sentence naming the file and the problem.
    static QString write(const ProjectData &data, const QString &fileName, const Options &options);
    /// `write` with paths relative to the file's own folder.
    static QString write(const ProjectData &data, const QString &fileName);
};

} // namespace factbench
