#include "changeset.h"

#include <algorithm>

namespace Copydesk {

ChangeSet ChangeSet::inverted() const
{
    ChangeSet inverse;
    inverse.documentId = documentId;
    inverse.kind = kind;
    for (auto it = annotations.crbegin(); it != annotations.crend(); ++it)
        inverse.annotations.append({it->after, it->before});
    for (auto it = relations.crbegin(); it != relations.crend(); ++it)
        inverse.relations.append({it->after, it->before});
    return inverse;
}

} // namespace Copydesk
