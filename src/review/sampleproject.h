#pragma once

#include "project.h"

#include <QDateTime>
#include <QString>

namespace factbench {

/// The sample review the program ships: the three storm articles of SampleArticles, analysed as
/// `factbench-cli new` does, with a review in progress made through Project's verbs. The GUI
/// opens it, the tests and the export golden files use it, so it shows every kind of decision:
/// a divergent fact resolved with an explanation, a corrected speaker, a disputed fact, a
/// rejected one, and proposals still waiting.
class SampleProject
{
public:
    /// Who the sample's review log names.
    static QString editorName();
    /// When the sample's review starts; every logged step is one minute after the one before,
    /// so the log (and every export of it) is the same on every run.
    static QDateTime startTime();

    /// Fills an empty `project` with the sample. Facts are found by what they state (counted
    /// noun, values, quoted words), not by their ids; when the analysis no longer finds one, the
    /// result names the step that no longer applies and the project is left as far as it got.
    /// The undo stack is cleared afterwards, as after opening a file, and the project's editor
    /// name and clock are restored.
    static ProjectResult build(Project &project);
};

} // namespace factbench
