# Sourced by ./cscript and ./run-tests: finds a JDK >= 25 and exports JAVA_HOME.
# JAVA_HOME wins if it is a JDK 25+; otherwise the newest JDK 25+ under /usr/lib/jvm
# (CSCRIPT_JDK_DIR names another folder to search, e.g. for testing this script).

jdk_feature_version() {
    # Prints the feature version (e.g. 25) of the JDK in $1, or nothing.
    local release="$1/release"
    [ -x "$1/bin/java" ] && [ -f "$release" ] || return 0
    sed -n 's/^JAVA_VERSION="\([0-9][0-9]*\).*/\1/p' "$release"
}

find_jdk25() {
    local v best="" best_v=0 d
    if [ -n "${JAVA_HOME:-}" ]; then
        v="$(jdk_feature_version "$JAVA_HOME")"
        if [ -n "$v" ] && [ "$v" -ge 25 ]; then
            return 0
        fi
    fi
    local search="${CSCRIPT_JDK_DIR:-/usr/lib/jvm}"
    for d in "$search"/*; do
        v="$(jdk_feature_version "$d")"
        if [ -n "$v" ] && [ "$v" -ge 25 ] && [ "$v" -gt "$best_v" ]; then
            best="$d"; best_v="$v"
        fi
    done
    if [ -z "$best" ]; then
        echo "cscript: no JDK 25 or newer found (JAVA_HOME=${JAVA_HOME:-unset}, nothing suitable under $search); install one, e.g. Temurin 25" >&2
        return 1
    fi
    export JAVA_HOME="$best"
}

require_maven() {
    if ! command -v mvn >/dev/null 2>&1; then
        echo "cscript: Maven (mvn) is needed to build cscript and was not found on PATH; install it, e.g. apt-get install -y maven" >&2
        return 1
    fi
    # Maven itself warns about sun.misc.Unsafe on JDK 25 unless told to allow it.
    export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"
}
