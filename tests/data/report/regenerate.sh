#!/bin/sh
# Writes the fact sheet golden files (sample.md, sample.csv, sample.json) from the built-in sample
# review with this checkout's factbench-cli, as tst_reportgolden and cli_export expect them:
#
#   tests/data/report/regenerate.sh
#
# Review the diff before committing: a change here is a change in what users export.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
checkout=$(cd "$here/../../.." && pwd)
dev="$checkout/packaging/dev"
build_dir=${FACTBENCH_BUILD_DIR:-$checkout/build}
work=$(mktemp -d /tmp/factbench-golden.XXXXXX)
trap 'rm -rf "$work"' EXIT

"$dev" build >&2
# The build environment passes no variables through: set the locale inside it, so the headings
# are English whatever the caller's language.
cli() { "$dev" shell env LC_ALL=C.UTF-8 "$build_dir/app/cli/factbench-cli" "$@"; }
cli new --sample "$work/sample.factbench" >/dev/null
for format in md csv json; do
    cli export "$work/sample.factbench" --format "$format" --scope all -o "$here/sample.$format"
done
echo "regenerated: $(cd "$here" && ls sample.md sample.csv sample.json | tr '\n' ' ')"
