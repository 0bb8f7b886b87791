target_sources(copydesk-model PRIVATE engines/sourcingengine.cpp)
