# Runs every benchmark executable in BENCH_DIR in turn.
file(GLOB benches ${BENCH_DIR}/bench_*)
foreach(bench IN LISTS benches)
    message(STATUS "== ${bench}")
    execute_process(COMMAND ${bench} RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        message(SEND_ERROR "${bench} failed (${rc})")
    endif()
endforeach()
