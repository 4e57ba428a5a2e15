#pragma once

#include "factsheetwriter.h"

namespace factbench {

/// The fact sheet as Factbench's own JSON ("format": "factbench-fact-sheet"): every field of
/// the sheet, keys in a fixed reading order, offsets in Unicode code points as in the CLI.
class JsonWriter : public FactSheetWriter
{
public:
    static constexpr int formatVersion = 1;

    QByteArray write(const FactSheet &sheet) const override;
};

} // namespace factbench
