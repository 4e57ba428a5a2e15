#pragma once

#include <QJsonObject>
#include <QString>

namespace factbench {

/// Brings the JSON of an older project file up to the current format version, step by step, so
/// the reader only ever validates the current shape.
class ProjectMigration
{
public:
    /// Migrates `root` from `fromVersion` in place; returns an empty string or what is wrong.
    static QString migrate(QJsonObject &root, int fromVersion);

private:
    /// Version 0 (the first prototype): article `path` and a text string, no hashes, and a
    /// fact's review as `"confirmed": true|false`.
    static QString fromVersion0(QJsonObject &root);
};

} // namespace factbench
