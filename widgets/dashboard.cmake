# The corpus dashboard dock: charts of the corpus's sourcing and progress (model/corpusdashboard.h).
# Qt Charts is linked here only; the model stays without it.
find_package(Qt6 6.4 REQUIRED COMPONENTS Charts)
target_sources(copydesk-widgets PRIVATE
    dashboarddock.h dashboarddock.cpp
)
target_link_libraries(copydesk-widgets PUBLIC Qt6::Charts)
