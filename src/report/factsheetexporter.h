#pragma once

#include "exportformat.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace factbench {

/// Renders a fact sheet in a format and saves it: the one path the command line and the export
/// dialog share, with the sentences they show when something cannot be done.
class FactSheetExporter
{
    Q_DECLARE_TR_FUNCTIONS(factbench::FactSheetExporter)

public:
    struct Result
    {
        QByteArray bytes;
        /// Empty on success, else one sentence.
        QString error;
        bool ok() const { return error.isEmpty(); }
    };

    static Result render(const FactSheet &sheet, ExportFormat format);
    /// Writes through QSaveFile, so an existing file is replaced whole or not at all. Returns an
    /// empty string on success, else one sentence naming the file and the problem.
    static QString save(const QByteArray &bytes, const QString &fileName);
};

} // namespace factbench
