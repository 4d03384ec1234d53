#!/bin/sh
# Builds the libFuzzer target for the YAML loader and the answers readers, then fuzzes it
# (FUZZ_SECONDS, default 300) or, given files, replays them through the oracle.
set -eu
cd "$(dirname "$0")"
export PATH=/opt/swift/usr/bin:$PATH
swift build -c release -Xswiftc -sanitize=fuzzer,address -Xswiftc -use-ld=lld --product FuzzAnswers >&2
binary=$(swift build -c release --show-bin-path)/FuzzAnswers
if [ $# -gt 0 ]; then exec "$binary" "$@"; fi
mkdir -p .build/corpus
exec "$binary" -max_total_time="${FUZZ_SECONDS:-300}" -timeout=10 -max_len=65536 -rss_limit_mb=4096 \
  -dict=yaml.dict -artifact_prefix=./ .build/corpus Seeds ../questionnaires/examples ../Tests/AssessmentTests/Fixtures
