# Benchmark of the learned entity tagger (not run by CTest).
qt_add_executable(bench_tagger bench_tagger.cpp)
target_link_libraries(bench_tagger PRIVATE copydesk-model)
target_compile_definitions(bench_tagger PRIVATE COPYDESK_SHARED_DIR="${PROJECT_SOURCE_DIR}/../shared")
