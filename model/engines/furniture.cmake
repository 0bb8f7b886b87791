target_sources(copydesk-model PRIVATE engines/furnitureengine.cpp)
