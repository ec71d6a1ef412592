# Sourced by bench/run and bench/golden-suite: the generated scenarios and the corpus they share.
# Every generator is deterministic: the same arguments give the same file.

# The model's container_create flags for the cycle: the namespaces bench/native/kernel_ops.c unshares.
CYCLE_FLAGS="CONTAINER_NEW_FS_NS | CONTAINER_NEW_UTS_NS | CONTAINER_NEW_IPC_NS | CONTAINER_NEW_PID_NS | CONTAINER_NEW_NET_NS"

# The scenario limits a long benchmark run needs raised (docs/limits.md).
bench_config() {
    local k
    for k in steps tasks containers namespaces trace_records fds; do
        echo "config limits.$k = 2147483647"
    done
}

# gen_cycles N: N container cycles (create, fork_into, set_contid, exit, waitpid, close) in a loop.
gen_cycles() {
    bench_config
    cat <<SCENARIO
for i in 0..$1 {
    let cfd = container_create("bench", $CYCLE_FLAGS)
    let t = fork_into(cfd)
    set_contid(t, 42)
    as t { exit(0) }
    waitpid(t)
    close(cfd)
}
SCENARIO
}

# gen_finished N: N tasks forked, exited and reaped in a loop; with no audit rule none writes a record.
gen_finished() {
    bench_config
    cat <<SCENARIO
for i in 0..$1 {
    let t = fork()
    as t { exit(0) }
    waitpid(t)
}
SCENARIO
}

# gen_tasks CONTAINERS PER: CONTAINERS containers with PER live tasks each (its init and members).
gen_tasks() {
    bench_config
    cat <<SCENARIO
for c in 0..$1 {
    let cfd = container_create("c", 0)
    for j in 0..$2 { fork_into(cfd) }
    close(cfd)
}
SCENARIO
}

# make_corpus DIR N: N scenarios under DIR, copies of examples/ (scenario and golden), c1/, c2/, ...
make_corpus() {
    local dir="$1" want="$2" have
    have=$(ls examples/*.cscript | wc -l)
    local copies=$(( (want + have - 1) / have )) i
    for i in $(seq "$copies"); do
        mkdir -p "$dir/c$i"
        cp examples/*.cscript examples/*.trace "$dir/c$i/"
    done
    find "$dir" -name '*.cscript' | sort | tail -n +$(( want + 1 )) | while read -r extra; do
        rm "$extra" "${extra%.cscript}.trace"
    done
}
