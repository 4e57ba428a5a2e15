# factbench-cli new and check, end to end: run with -DCLI=... -DSOURCE_DIR=... -DWORK_DIR=...
file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})
set(project ${WORK_DIR}/storm.factbench)

function(run expected_status)
    execute_process(COMMAND ${CLI} ${ARGN}
        RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT status EQUAL expected_status)
        message(FATAL_ERROR "factbench-cli ${ARGN}: exit ${status}, expected ${expected_status}\n${out}${err}")
    endif()
    set(last_error "${err}" PARENT_SCOPE)
endfunction()

run(0 new ${project} ${SOURCE_DIR}/resources/sample/coastal-herald.md
    ${SOURCE_DIR}/resources/sample/northshore-daily.md ${SOURCE_DIR}/resources/sample/bayline-news.md)
if(NOT EXISTS ${project})
    message(FATAL_ERROR "new wrote no project")
endif()
file(READ ${project} json)
string(JSON format GET "${json}" format)
string(JSON article_count LENGTH "${json}" articles)
string(JSON source GET "${json}" articles 0 source)
string(JSON fact_count LENGTH "${json}" facts)
string(JSON status GET "${json}" facts 0 status)
if(NOT format STREQUAL "factbench-project" OR NOT article_count EQUAL 3 OR fact_count LESS 2
        OR NOT status STREQUAL "proposed")
    message(FATAL_ERROR "new wrote an unexpected project: ${format}, ${article_count} articles, "
        "${fact_count} facts, the first ${status}")
endif()
if(IS_ABSOLUTE "${source}")
    message(FATAL_ERROR "article path is not relative to the project: ${source}")
endif()
run(0 check ${project})
run(0 check ${SOURCE_DIR}/tests/data/project/version0.factbench)

file(WRITE ${WORK_DIR}/broken.factbench "{\n  \"format\": \"factbench-project\",\n")
run(1 check ${WORK_DIR}/broken.factbench)
if(NOT last_error MATCHES "broken.factbench cannot be opened: it is not valid JSON")
    message(FATAL_ERROR "check said: ${last_error}")
endif()
run(2 check)
