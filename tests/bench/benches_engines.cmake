# bench_engines: MB/s of the furniture and sourcing engines, single thread (not run by CTest).
qt_add_executable(bench_engines bench_engines.cpp)
target_link_libraries(bench_engines PRIVATE copydesk-model)
target_compile_definitions(bench_engines PRIVATE COPYDESK_SHARED_DIR="${PROJECT_SOURCE_DIR}/../shared")
