#!/usr/bin/env bash
# Runs the Marsad Spark job in Spark local mode: ./marsad spark-local INPUT... --out DIR [--cores N]
# Builds the spark module and its classpath (Spark included: it is 'provided' for clusters) on first
# use or when sources changed, then starts one JVM with the options Spark needs on this JDK.
set -euo pipefail
root=$(cd "$(dirname "$(readlink -f "$0")")/.." && pwd)
. "$root/bin/find-jdk.sh"
marsad_find_jdk
[ "$(marsad_java_major "$JAVA_HOME/bin/java")" -ge 24 ] && export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"
jar="$root/spark/target/marsad-spark-0.1.0-SNAPSHOT.jar"
classpath="$root/spark/target/spark-local.classpath"

stale() {
  [ -f "$jar" ] && [ -f "$classpath" ] || return 0
  [ -n "$(find "$root/pom.xml" "$root/core/pom.xml" "$root/spark/pom.xml" "$root/core/src/main" "$root/spark/src/main" \
          -newer "$classpath" -print -quit 2>/dev/null)" ]
}

if stale; then
  command -v mvn >/dev/null || { echo "spark-local: Maven (mvn) is needed to build the Spark job: apt-get install maven" >&2; exit 1; }
  echo "spark-local: building the Spark job (first run or sources changed)..." >&2
  log=$(mktemp)
  if ! (cd "$root" && mvn -B -q -pl spark -am -DskipTests package dependency:build-classpath \
          -Dmdep.outputFile="$classpath" -Dmdep.includeScope=provided >"$log" 2>&1); then
    cat "$log" >&2; rm -f "$log"
    echo "spark-local: the build failed (output above)." >&2
    exit 1
  fi
  rm -f "$log"
fi

has_cores=no
for arg in "$@"; do [ "$arg" = "--cores" ] && has_cores=yes; done
args=("$@")
# local mode needs a core count; all of the machine's by default
[ "$has_cores" = yes ] || args+=(--cores "$(nproc)")

cp="$jar:$(cat "$classpath")"
# shellcheck disable=SC2046 # the options are words
exec "$JAVA_HOME/bin/java" $("$JAVA_HOME/bin/java" -cp "$cp" org.marsad.spark.JvmOptions) \
  ${MARSAD_SPARK_JAVA_OPTS:--Xmx4g} -cp "$cp" org.marsad.spark.MarsadSparkJob "${args[@]}"
