# The learned engines: the perceptron entity tagger and the string-match recommender.
target_sources(copydesk-model PRIVATE
    engines/learnedengines.cpp
    engines/perceptrontagger.h engines/perceptrontagger.cpp
    engines/taggerevaluation.h engines/taggerevaluation.cpp
)
