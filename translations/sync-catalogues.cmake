# cmake -P sync-catalogues.cmake: runs lupdate on a copy of each catalogue in WORK_DIR and
# copies it back over the source catalogue only when it changed (see CMakeLists.txt).
string(REPLACE "|" ";" source_dirs "${SOURCE_DIRS}")
file(MAKE_DIRECTORY "${WORK_DIR}")

function(sync_catalogue ts_file)
    get_filename_component(name "${ts_file}" NAME)
    set(work "${WORK_DIR}/${name}")
    if(EXISTS "${ts_file}")
        file(COPY_FILE "${ts_file}" "${work}")
    else()
        file(REMOVE "${work}")
    endif()
    execute_process(
        COMMAND "${LUPDATE}" -silent ${OPTIONS} -extensions cpp,h,ui ${ARGN} ${source_dirs}
            -ts "${work}"
        RESULT_VARIABLE status
        OUTPUT_VARIABLE output
        ERROR_VARIABLE output)
    # lupdate's notes (classes using tr() without Q_OBJECT) are noise in every build; its
    # output is shown when it fails.
    if(NOT status EQUAL 0)
        message(FATAL_ERROR "lupdate failed on ${name}:\n${output}")
    endif()
    file(COPY_FILE "${work}" "${ts_file}" ONLY_IF_DIFFERENT)
endfunction()

foreach(ts_file IN LISTS TS_FILES)
    sync_catalogue("${ts_file}")
endforeach()
if(PLURALS_TS_FILE)
    sync_catalogue("${PLURALS_TS_FILE}" -pluralonly)
endif()
