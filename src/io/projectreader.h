#pragma once

#include "review/projectdata.h"

#include <QByteArray>
#include <QString>

namespace factbench {

/// Reads `*.factbench` files, which may come from anywhere: every offset, id and size is
/// checked, an older format is migrated, a newer one refused, and a file with any problem is
/// refused whole with one sentence naming it and the problem; never a half-loaded project.
class ProjectReader
{
public:
    /// Files larger than this are refused before reading: 1,000 articles with 50,000 claims take
    /// about 30 MB.
    static constexpr qint64 maximumFileSize = 256 * 1024 * 1024;

    struct Result
    {
        ProjectData data;
        /// Empty on success.
        QString error;
        /// The version the file was written in (before migration).
        int formatVersion = -1;
        /// Set for an autosave: the project file it stands for.
        QString autosaveOf;
        bool isAutosave = false;
        bool ok() const { return error.isEmpty(); }
    };

    /// Reads a file; relative article paths resolve against `baseDirectory`, or the file's own
    /// folder when it is empty.
    static Result read(const QString &fileName, const QString &baseDirectory = {});
    /// Parses bytes already read; `fileName` names them in messages.
    static Result parse(
        const QByteArray &bytes, const QString &fileName, const QString &baseDirectory);
};

} // namespace factbench
