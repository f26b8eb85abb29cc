#!/usr/bin/env bash
# Starts the packaged application on a fresh temporary data directory, runs the load harness
# against it, prints the report and stops the server. See docs/performance.md, "Load".
#   bench/run-load.sh [APP_JAR] [USERS] [SECONDS] [PORT] [SEED] [THINK_MS]
set -euo pipefail
cd "$(dirname "$0")/.."
jar=${1:-app/target/symbiose-app.jar}
users=${2:-200}
seconds=${3:-120}
port=${4:-8091}
seed=${5:-1}
think=${6:-0}
data=$(mktemp -d)
log="$data/server.log"
SYMBIOSE_DATA_DIR="$data" java ${JAVA_OPTS:--Xmx1g} -jar "$jar" --server.port="$port" >"$log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null; wait "$server" 2>/dev/null || true; rm -rf "$data"; exit "${status:-1}"' EXIT
# Ready when the demo data is loaded (the server answers health checks before that).
for _ in $(seq 1 300); do
    curl -sf "http://localhost:$port/api/v1/initiatives" 2>/dev/null | grep -q '"slug"' && break
    kill -0 "$server" 2>/dev/null || { cat "$log"; exit 1; }
    sleep 1
done
# A short warm-up so that the JIT and the caches are in their working state, as in production.
java -cp bench/target/symbiose-bench.jar org.symbiose.bench.load.LoadHarness \
    --base "http://localhost:$port" --users 8 --duration 15 --seed 99 >/dev/null || true
status=0
java -cp bench/target/symbiose-bench.jar org.symbiose.bench.load.LoadHarness \
    --base "http://localhost:$port" --users "$users" --duration "$seconds" --seed "$seed" \
    --think-ms "$think" --pid "$server" || status=$?
echo "server log: $(grep -c ' ERROR ' "$log" || true) ERROR lines"
grep -m 3 -A 2 ' ERROR ' "$log" || true
exit "$status"
