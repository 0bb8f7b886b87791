# The sourcing engine: quotes, cues, speakers and unattributed claims (rules and lexicons).
target_sources(copydesk-model PRIVATE
    engines/sourcingengine.cpp
    engines/sourcingtagging.h engines/sourcingtagging.cpp
    engines/sourcingmentions.h engines/sourcingmentions.cpp
    engines/sourcingcues.h engines/sourcingcues.cpp
    engines/sourcingquotes.h engines/sourcingquotes.cpp
    engines/sourcingdirectquotes.h engines/sourcingdirectquotes.cpp
    engines/sourcingspeakers.h engines/sourcingspeakers.cpp
    engines/sourcinganalyzer.h engines/sourcinganalyzer.cpp engines/sourcingresult.cpp
    engines/sourcinglexicon.h engines/sourcinglexicon.cpp
    engines/quotefinder.h engines/quotefinder.cpp
    engines/sourcekinds.h engines/sourcekinds.cpp
)
qt_add_resources(copydesk-model "sourcing_lexicons"
    PREFIX "/copydesk"
    BASE "${PROJECT_SOURCE_DIR}/resources"
    FILES
        "${PROJECT_SOURCE_DIR}/resources/lexicons/sourcing-cue-verbs.txt"
        "${PROJECT_SOURCE_DIR}/resources/lexicons/sourcing-cue-phrases.txt"
        "${PROJECT_SOURCE_DIR}/resources/lexicons/sourcing-hedges.txt"
        "${PROJECT_SOURCE_DIR}/resources/lexicons/sourcing-anonymous.txt"
        "${PROJECT_SOURCE_DIR}/resources/lexicons/sourcing-titles.txt"
        "${PROJECT_SOURCE_DIR}/resources/lexicons/sourcing-nouns.txt"
        "${PROJECT_SOURCE_DIR}/resources/lexicons/sourcing-publications.txt"
        "${PROJECT_SOURCE_DIR}/resources/lexicons/sourcing-grammar.txt"
)
