# Sourced by ./cscript and ./run-tests: finds a JDK >= 25 and exports JAVA_HOME.
# JAVA_HOME wins if it is a JDK 25+; otherwise the newest JDK 25+ under /usr/lib/jvm
# (CSCRIPT_JDK_DIR names another folder to search, e.g. for testing this script).

jdk_feature_version() {
    # Prints the feature version (e.g. 25) of the JDK in $1, or nothing.
    read_jdk_feature_version "$1"
    [ -z "$JDK_FEATURE" ] || echo "$JDK_FEATURE"
}

read_jdk_feature_version() {
    # Sets JDK_FEATURE to the feature version of the JDK in $1, or to "". Bash builtins only:
    # the launcher runs this at every start, and each fork costs a few milliseconds.
    JDK_FEATURE=""
    local line release="$1/release"
    [ -x "$1/bin/java" ] && [ -f "$release" ] || return 0
    while IFS= read -r line || [ -n "$line" ]; do
        if [[ $line =~ ^JAVA_VERSION=\"([0-9]+) ]]; then
            JDK_FEATURE="${BASH_REMATCH[1]}"
            return 0
        fi
    done < "$release"
}

find_jdk25() {
    local best="" best_v=0 d
    if [ -n "${JAVA_HOME:-}" ]; then
        read_jdk_feature_version "$JAVA_HOME"
        if [ -n "$JDK_FEATURE" ] && [ "$JDK_FEATURE" -ge 25 ]; then
            return 0
        fi
    fi
    local search="${CSCRIPT_JDK_DIR:-/usr/lib/jvm}"
    for d in "$search"/*; do
        read_jdk_feature_version "$d"
        if [ -n "$JDK_FEATURE" ] && [ "$JDK_FEATURE" -ge 25 ] && [ "$JDK_FEATURE" -gt "$best_v" ]; then
            best="$d"; best_v="$JDK_FEATURE"
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
