# Sourced by ./marsad, ./build and .ci/run: sets JAVA_HOME to a JDK >= 21.
# Looks at JAVA_HOME first, then `java` on PATH, then the system's JVM directories,
# and stops with a clear message naming what to install when none is found.

marsad_java_major() { # prints the feature version of the java binary $1, or nothing
  "$1" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java\.specification\.version = \([0-9][0-9]*\).*/\1/p' | head -n 1
}

marsad_find_jdk() {
  local min=21 candidate major java_bin
  local -a candidates=()
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  java_bin=$(command -v java 2>/dev/null) && candidates+=("$(dirname "$(dirname "$(readlink -f "$java_bin")")")")
  for candidate in /usr/lib/jvm/* /usr/java/* /opt/java/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -d "$candidate" ] && candidates+=("$candidate")
  done
  local best="" best_major=0
  for candidate in "${candidates[@]}"; do
    [ -x "$candidate/bin/java" ] && [ -x "$candidate/bin/javac" ] || continue
    major=$(marsad_java_major "$candidate/bin/java")
    [ -n "$major" ] && [ "$major" -ge "$min" ] || continue
    # JAVA_HOME and PATH win when good enough; among the JVM directories, the newest wins.
    if [ "$candidate" = "${JAVA_HOME:-}" ] || [ "$candidate/bin/java" -ef "${java_bin:-/nonexistent}" ]; then
      best=$candidate; break
    fi
    if [ "$major" -gt "$best_major" ]; then best=$candidate; best_major=$major; fi
  done
  if [ -z "$best" ]; then
    echo "marsad: no JDK 21 or newer found (looked at JAVA_HOME, java on PATH, /usr/lib/jvm)." >&2
    echo "marsad: install one, e.g. 'apt-get install openjdk-21-jdk' or Temurin 21+ from adoptium.net, or set JAVA_HOME." >&2
    return 1
  fi
  export JAVA_HOME=$best
}
