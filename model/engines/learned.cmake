# The learned engines: the perceptron entity tagger and the string-match recommender.
target_sources(copydesk-model PRIVATE
    engines/entityfeatures.h engines/entityfeatures.cpp
    engines/learnedengines.h engines/learnedengines.cpp
    engines/perceptronfeatures.h engines/perceptronfeatures.cpp
    engines/perceptrontagger.h engines/perceptrontagger.cpp engines/perceptrontraining.cpp
    engines/sequencedecoder.h engines/sequencedecoder.cpp
    engines/stringmatchmodel.h engines/stringmatchmodel.cpp
    engines/taggerevaluation.h engines/taggerevaluation.cpp
    engines/taggertokenizer.h engines/taggertokenizer.cpp
    engines/wordclusters.h engines/wordclusters.cpp
)
