# The learned attribution engine: a sequence model over tokens (source, cue, content) and a
# linker, trained on the project's sourcing decisions, with the sourcing rules as features.
target_sources(copydesk-model PRIVATE
    attributiontrainer.h attributiontrainer.cpp
    engines/attributionengine.cpp
    engines/attributionevaluation.h engines/attributionevaluation.cpp
    engines/attributionfeatures.h engines/attributionfeatures.cpp
    engines/attributionhash.h
    engines/attributionkeytable.h
    engines/attributionlinker.h engines/attributionlinker.cpp
    engines/attributionmodel.h engines/attributionmodel.cpp
    engines/attributiontagger.h engines/attributiontagger.cpp
)
