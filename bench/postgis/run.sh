#!/usr/bin/env bash
# PostGIS comparison of the matching engine's candidate generation (issue 3, item 8).
#
# Generates the scale harness's territory (same size and seed), exports supplies, receivers and the
# family-compatibility table as CSV (org.symbiose.bench.PostgisExport), loads them into a PostGIS
# database with GiST indexes on geography, and times the spatial join that counts family-compatible
# (supply, receiver) pairs within each lookup's radius. Prints the count and time next to the engine's
# candidate pairs and time for the same territory.
#
# Usage: bench/postgis/run.sh [--flows N] [--seed S] [--radius-km R] [--runs K]
#   defaults: 100000 flows, seed 2026, 50 km, 3 timed runs of the join (the median is reported)
# Needs: Debian package postgresql-15-postgis-3, cluster "15 main", root (or a user allowed to run
# runuser -u postgres), the bench jar (mvn -B -pl engine,bench -am package -Dmaven.test.skip=true).
# Runs the engine with -Xmx4g; set JAVA_OPTS to add flags (e.g. -XX:ActiveProcessorCount=2) and
# SYMBIOSE_BENCH_JAR to use another copy of the jar.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
JAR="${SYMBIOSE_BENCH_JAR:-$ROOT/bench/target/symbiose-bench.jar}"
FLOWS=100000
SEED=2026
RADIUS_KM=50
RUNS=3
DATABASE=symbiose_bench

while [ $# -gt 0 ]; do
  case "$1" in
    --flows) FLOWS="$2"; shift 2 ;;
    --seed) SEED="$2"; shift 2 ;;
    --radius-km) RADIUS_KM="$2"; shift 2 ;;
    --runs) RUNS="$2"; shift 2 ;;
    -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
    *) echo "run.sh: unknown option '$1' (see --help)" >&2; exit 2 ;;
  esac
done

if ! dpkg-query -W -f='${Status}' postgresql-15-postgis-3 2>/dev/null | grep -q "install ok installed"; then
  echo "PostGIS is not installed. Install it with:" >&2
  echo "  apt-get update && apt-get install -y postgresql-15-postgis-3" >&2
  exit 2
fi
if [ ! -f "$JAR" ]; then
  echo "No $JAR. Build it with:" >&2
  echo "  cd $ROOT && mvn -B -q -pl engine,bench -am -Dspotless.check.skip=true package -Dmaven.test.skip=true" >&2
  exit 2
fi

psql_as_postgres() {
  runuser -u postgres -- psql -X -q -v ON_ERROR_STOP=1 "$@"
}

if ! pg_ctlcluster 15 main status > /dev/null 2>&1; then
  echo "starting PostgreSQL cluster 15 main" >&2
  pg_ctlcluster 15 main start
fi

WORK="$(mktemp -d /tmp/symbiose-postgis.XXXXXX)"
chmod 755 "$WORK"
trap 'rm -rf "$WORK"' EXIT

echo "exporting $FLOWS flows (seed $SEED, $RADIUS_KM km) and matching them with the engine..." >&2
java -Xmx4g ${JAVA_OPTS:-} -cp "$JAR" org.symbiose.bench.PostgisExport --runs "$RUNS" \
  --flows "$FLOWS" --seed "$SEED" --radius-km "$RADIUS_KM" --out "$WORK" > "$WORK/export.log"
chmod 644 "$WORK"/*.csv
figure() { grep "^$1=" "$WORK/engine.properties" | cut -d= -f2; }

psql_as_postgres -d postgres -c "DROP DATABASE IF EXISTS $DATABASE" -c "CREATE DATABASE $DATABASE"

echo "loading into PostGIS..." >&2
LOAD_START=$(date +%s.%N)
psql_as_postgres -d "$DATABASE" <<SQL
CREATE EXTENSION postgis;
CREATE EXTENSION btree_gist;
CREATE TABLE supplies_raw (supply_id text, family text, lat double precision, lon double precision);
CREATE TABLE receivers_raw (receiver_id text, family text, lat double precision, lon double precision);
CREATE TABLE compat (supply_family text, receiver_family text, radius_m double precision);
\copy supplies_raw FROM '$WORK/supplies.csv' WITH (FORMAT csv, HEADER true)
\copy receivers_raw FROM '$WORK/receivers.csv' WITH (FORMAT csv, HEADER true)
\copy compat FROM '$WORK/compat.csv' WITH (FORMAT csv, HEADER true)
CREATE TABLE supplies AS
  SELECT supply_id, family, ST_SetSRID(ST_MakePoint(lon, lat), 4326)::geography AS geog FROM supplies_raw;
CREATE TABLE receivers AS
  SELECT receiver_id, family, ST_SetSRID(ST_MakePoint(lon, lat), 4326)::geography AS geog FROM receivers_raw;
DROP TABLE supplies_raw, receivers_raw;
CREATE INDEX supplies_geog ON supplies USING gist (geog);
CREATE INDEX receivers_geog ON receivers USING gist (geog);
CREATE INDEX receivers_family_geog ON receivers USING gist (family, geog);
CREATE INDEX compat_supply ON compat (supply_family);
CREATE INDEX supplies_family ON supplies (family);
ANALYZE supplies;
ANALYZE receivers;
ANALYZE compat;
SQL
LOAD_SECONDS=$(echo "$(date +%s.%N) - $LOAD_START" | bc)

QUERY="SELECT count(*) FROM supplies s
  JOIN compat c ON c.supply_family = s.family
  JOIN receivers r ON r.family = c.receiver_family AND ST_DWithin(s.geog, r.geog, c.radius_m, false);"

psql_as_postgres -d "$DATABASE" -c "SET work_mem = '256MB'" -c "EXPLAIN $QUERY" > "$WORK/plan.txt"

echo "timing the join ($RUNS runs)..." >&2
TIMES=()
COUNT=""
for _ in $(seq "$RUNS"); do
  OUTPUT=$(psql_as_postgres -d "$DATABASE" -t -A -c "SET work_mem = '256MB'" -c '\timing on' -c "$QUERY")
  COUNT=$(echo "$OUTPUT" | grep -E '^[0-9]+$' | tail -1)
  TIMES+=("$(echo "$OUTPUT" | sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p' | tail -1)")
done
MEDIAN_MS=$(printf '%s\n' "${TIMES[@]}" | sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}')
POSTGIS_SECONDS=$(echo "scale=3; $MEDIAN_MS / 1000" | bc)
ENGINE_SECONDS=$(figure engine_seconds)

cat <<REPORT

PostGIS comparison: $(figure flows) flows, $(figure actors) actors, seed $SEED, radius $RADIUS_KM km
  rows loaded: $(figure supply_rows) supply rows, $(figure receiver_rows) receiver rows, $(figure compat_rows) compat rows (load and index: ${LOAD_SECONDS%.*} s)
  PostGIS join:  $COUNT pairs within radius, median ${POSTGIS_SECONDS} s (runs: ${TIMES[*]} ms)
  export check:  $(figure export_pairs_within_radius) pairs within radius (counted from the exported rows)
  engine:        $(figure engine_pairs_within_radius) compatible pairs within radius (counted through its indexes);
                 whole match ${ENGINE_SECONDS} s (median of $RUNS warm runs: $(figure engine_runs) s), $(figure engine_candidate_pairs) pairs examined, $(figure engine_candidates) candidates
  PostGIS join / engine whole match: $(echo "scale=1; $POSTGIS_SECONDS / $ENGINE_SECONDS" | bc)x
REPORT
if [ "$COUNT" != "$(figure export_pairs_within_radius)" ]; then
  echo "  WARNING: the join's count differs from the export's own count" >&2
fi
if [ "$COUNT" != "$(figure engine_pairs_within_radius)" ]; then
  echo "  WARNING: the join's count differs from the engine's compatible pairs: the export's compatibility drifted" >&2
fi
echo "  plan: $(grep -m1 -o 'Index Scan using [a-z_]*\|Index Only Scan using [a-z_]*' "$WORK/plan.txt" || echo 'see EXPLAIN')"
