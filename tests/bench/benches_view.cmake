# The article view's benchmark; with --screenshot it renders a made-up article to a PNG.
qt_add_executable(bench_articleview bench_articleview.cpp)
target_link_libraries(bench_articleview PRIVATE copydesk-widgets Qt6::Widgets)
