# Several annotators on one article: annotation sets, agreement, merging project files,
# curation and teaching mode.
target_sources(copydesk-model PRIVATE
    annotationsets.h annotationsets.cpp
    setcomparison.h setcomparison.cpp
    agreement.h agreement.cpp
    projectmerge.h projectmerge.cpp
    curation.h curation.cpp
    teaching.h teaching.cpp
)
