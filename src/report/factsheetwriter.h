#pragma once

#include "factsheet.h"

#include <QByteArray>

namespace factbench {

/// Writes a fact sheet in one format: one small class per format, all behind this interface,
/// so the command line and the export dialog treat every format alike.
class FactSheetWriter
{
public:
    virtual ~FactSheetWriter() = default;
    /// The whole file. Text formats are UTF-8.
    virtual QByteArray write(const FactSheet &sheet) const = 0;
};

} // namespace factbench
