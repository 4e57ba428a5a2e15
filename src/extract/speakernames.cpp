#include "speakernames.h"

namespace factbench {

void SpeakerNames::unify(QList<Extraction> &extractions)
{
    Q_UNUSED(extractions); // TODO(quotes): canonical speaker names across a run
}

} // namespace factbench
