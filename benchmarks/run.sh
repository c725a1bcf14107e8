#!/usr/bin/env bash
# Builds the benchmarks jar, runs the JMH benchmarks and rewrites the results table in BENCHMARKS.md.
#
#   benchmarks/run.sh            the full run (one fork, long warm-ups; about 9 minutes on 2 cores)
#   benchmarks/run.sh --quick    a smoke run: one fork, short iterations; under 3 minutes on 2 cores
#   benchmarks/run.sh --quick LifecycleBenchmark     any further arguments go to JMH (e.g. a filter)
#
# Writes benchmarks/results/latest.json (JMH's JSON) and benchmarks/results/facts/*.json (figures the
# benchmarks publish at setup: calls per lifecycle, retained heap; cold start; report render times).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

run="full (1 fork; warm-up 12 × 5 s for the lifecycle and parallel benchmarks, 5 × 5 s for the others; 5 × 5 s measured)"
jmh_options=()
if [[ "${1:-}" == "--quick" ]]; then
  shift
  jmh_options=(-wi 2 -w 2s -i 2 -r 2s -f 1)
  run="quick (${jmh_options[*]})"
fi

results="benchmarks/results"
facts="$results/facts"
jar="benchmarks/target/benchmarks.jar"

# The load before our own build: what other processes put on the machine (the build itself would count).
load="$(cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo -1)"
./mvnw -B -q package -pl benchmarks -am -DskipTests -Dspotless.check.skip=true
mkdir -p "$facts"
rm -f "$facts"/*.json

java -jar "$jar" "${jmh_options[@]}" "$@" \
  -prof io.dmstestkit.benchmarks.ProcessCpuProfiler \
  -rf json -rff "$results/latest.json" \
  -jvmArgsAppend "-Ddmstestkit.benchmarks.facts=$facts"

# Cold start in fresh JVMs (not JMH: each measurement is a new process); 3 rounds in a quick run.
coldstart_runs=5
[[ "$run" == quick* ]] && coldstart_runs=3
# The server as users start it: ./dms-testkit serve (class-data archive) and java -jar dms-testkit-server.jar.
java -cp "$jar" io.dmstestkit.benchmarks.coldstart.ColdStart "$coldstart_runs" "$facts" "$root"

# Large HTML reports in headless Chromium (issue 16): median render time of 5 loads (3 in a quick run) and
# file size; without Chromium it prints one line, writes no facts, and the table says "not measured".
java -cp "$jar" io.dmstestkit.benchmarks.browser.ReportRender "$coldstart_runs" "$facts" benchmarks/target/report-render

java -cp "$jar" io.dmstestkit.benchmarks.report.ReportWriter \
  --results "$results/latest.json" \
  --facts "$facts" \
  --markdown BENCHMARKS.md \
  --cores "$(nproc)" \
  --jdk "$(java -version 2>&1 | head -n 1)" \
  --run "$run" \
  --load "$load"
