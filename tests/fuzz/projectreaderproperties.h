#pragma once

#include <QByteArray>
#include <QString>

namespace factbench {

/// What the project reader promises for any bytes at all, checked on one input: shared by the
/// libFuzzer target and the corpus replay that ctest runs.
class ProjectReaderProperties
{
public:
    /// The name the input is read under; relative article paths resolve against its folder.
    static QString fileName();

    /// Reads `bytes` as a project file and checks that the reader either refused them whole with
    /// one sentence naming the file, or gave a consistent project that saves and reads back
    /// equal. Returns an empty string when every promise held, else the one that broke.
    static QString check(const QByteArray &bytes);

    /// Like check(), and says in `loaded` whether the input was a sound project.
    static QString check(const QByteArray &bytes, bool *loaded);
};

} // namespace factbench
