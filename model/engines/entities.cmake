target_sources(copydesk-model PRIVATE engines/entityengine.cpp)
