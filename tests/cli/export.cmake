# factbench-cli export, end to end on the built-in sample: run with -DCLI=... -DSOURCE_DIR=...
# -DWORK_DIR=.... The text formats must be byte for byte the golden files of tst_reportgolden
# (tests/data/report/regenerate.sh writes them the same way).
file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})
set(project ${WORK_DIR}/sample.factbench)
set(golden ${SOURCE_DIR}/tests/data/report)

function(run expected_status)
    execute_process(COMMAND ${CLI} ${ARGN}
        RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT status EQUAL expected_status)
        message(FATAL_ERROR "factbench-cli ${ARGN}: exit ${status}, expected ${expected_status}\n${out}${err}")
    endif()
    set(last_output "${out}" PARENT_SCOPE)
    set(last_error "${err}" PARENT_SCOPE)
endfunction()

function(expect_error pattern)
    if(NOT last_error MATCHES "${pattern}")
        message(FATAL_ERROR "expected an error matching '${pattern}', got: ${last_error}")
    endif()
endfunction()

function(same_files actual expected)
    execute_process(COMMAND ${CMAKE_COMMAND} -E compare_files ${actual} ${expected}
        RESULT_VARIABLE different)
    if(different)
        message(FATAL_ERROR "${actual} differs from ${expected}; if the change is intended, run "
            "tests/data/report/regenerate.sh and review the diff")
    endif()
endfunction()

run(0 new --sample ${project})
# The sample is a review in progress: some of its facts are decided, not all.
if(NOT last_output MATCHES "sample.factbench: 3 articles, [0-9]+ claims, ([0-9]+) facts, ([0-9]+) reviewed\n$"
        OR CMAKE_MATCH_2 EQUAL 0 OR NOT CMAKE_MATCH_2 LESS CMAKE_MATCH_1)
    message(FATAL_ERROR "new --sample printed: ${last_output}")
endif()

# The golden files, through -o and through standard output.
foreach(format md csv json)
    run(0 export ${project} --format ${format} --scope all -o ${WORK_DIR}/sample.${format})
    same_files(${WORK_DIR}/sample.${format} ${golden}/sample.${format})
endforeach()
run(0 export ${project} --scope=all --format=md)
file(WRITE ${WORK_DIR}/stdout.md "${last_output}")
same_files(${WORK_DIR}/stdout.md ${golden}/sample.md)

# The other formats: each is what it says.
run(0 export ${project} -f html -o ${WORK_DIR}/sample.html)
file(READ ${WORK_DIR}/sample.html html LIMIT 40)
if(NOT html MATCHES "^<!DOCTYPE html>\n<html ")
    message(FATAL_ERROR "the HTML export starts with '${html}'")
endif()
run(0 export ${project} --format claimreview)
string(JSON type GET "${last_output}" 0 "@type")
string(JSON reviews LENGTH "${last_output}")
if(NOT type STREQUAL "ClaimReview" OR NOT reviews EQUAL 6)
    message(FATAL_ERROR "claimreview gave ${reviews} reviews, the first a ${type}")
endif()
run(0 export ${project} --format webannotation --scope disputed)
string(JSON type GET "${last_output}" type)
string(JSON total GET "${last_output}" total)
if(NOT type STREQUAL "AnnotationCollection" OR NOT total EQUAL 7)
    message(FATAL_ERROR "webannotation gave a ${type} of ${total}")
endif()
run(0 export ${project} --format pdf -o ${WORK_DIR}/sample.pdf)
file(READ ${WORK_DIR}/sample.pdf pdf LIMIT 8)
if(NOT pdf MATCHES "^%PDF-1")
    message(FATAL_ERROR "the PDF export starts with '${pdf}'")
endif()

# Bad usage: exit 2 with one sentence.
run(2 export)
expect_error("usage: factbench-cli export PROJECT --format")
run(2 export ${project})
expect_error("usage: factbench-cli export")
run(2 export ${project} --format xml)
expect_error("unknown format 'xml'; use md, html, pdf")
run(2 export ${project} --format md --scope some)
expect_error("unknown scope 'some'; use confirmed, disputed or all")
run(2 export ${project} --format pdf)
expect_error("the pdf format is binary; name the output file with -o")
run(2 export ${project} --format md --colour)
expect_error("unknown option '--colour'")
run(2 export ${project} --format)
expect_error("option '--format' needs a value")
run(2 new --sample)

# Bad input: exit 1, the sentence names the file.
run(1 export ${WORK_DIR}/missing.factbench --format md)
expect_error("missing.factbench")
file(WRITE ${WORK_DIR}/broken.factbench "{\n  \"format\": \"factbench-project\",\n")
run(1 export ${WORK_DIR}/broken.factbench --format json)
expect_error("broken.factbench cannot be opened: it is not valid JSON")
run(1 export ${project} --format md -o ${WORK_DIR}/no-such-folder/sheet.md)
expect_error("sheet.md cannot be written")
if(EXISTS ${WORK_DIR}/no-such-folder/sheet.md)
    message(FATAL_ERROR "a failed export left a file behind")
endif()
