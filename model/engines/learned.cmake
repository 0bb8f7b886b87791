target_sources(copydesk-model PRIVATE engines/learnedengines.cpp)
