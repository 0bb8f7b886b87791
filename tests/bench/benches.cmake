# The lead's benchmarks. Each prints its figures; none runs under CTest.
function(copydesk_add_bench name)
    qt_add_executable(${name} ${ARGN})
    target_link_libraries(${name} PRIVATE copydesk-model)
    target_compile_definitions(${name} PRIVATE COPYDESK_SHARED_DIR="${PROJECT_SOURCE_DIR}/../shared")
endfunction()

copydesk_add_bench(bench_import bench_import.cpp)

qt_add_executable(bench_window bench_window.cpp)
target_link_libraries(bench_window PRIVATE copydesk-widgets copydesk-model Qt6::Widgets)
