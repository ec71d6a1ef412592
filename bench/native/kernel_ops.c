/*
 * Baselines for bench/run: the real kernel doing what the model's benchmarks do.
 *   cycle: fork; the child unshares the namespaces the model's container_create makes
 *          (mnt, uts, ipc, pid, net) and _exits; the parent waitpids it.
 *   setns: one thread switching between two network namespaces, back and forth.
 * Prints one line per figure: "NAME median_ns batches=N ops_per_batch=M note".
 * Needs root (or user namespaces): if unshare is refused with EPERM, the cycle's child adds
 * CLONE_NEWUSER and setns runs inside a new user namespace; the note on the line says so.
 * Build: cc -O2 -o kernel_ops kernel_ops.c      Run: ./kernel_ops [cycle|setns|all] [batches]
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define CYCLE_FLAGS (CLONE_NEWNS | CLONE_NEWUTS | CLONE_NEWIPC | CLONE_NEWPID | CLONE_NEWNET)

static int extra_flags;   /* CLONE_NEWUSER once plain unshare was refused */

static long long now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (long long) ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

static int cmp_ll(const void *a, const void *b) {
    long long x = *(const long long *) a, y = *(const long long *) b;
    return (x > y) - (x < y);
}

static long long median(long long *v, int n) {
    qsort(v, n, sizeof *v, cmp_ll);
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

/* One fork + unshare-in-child + _exit + waitpid; returns the child's unshare errno (0 = fine). */
static int one_cycle(void) {
    pid_t pid = fork();
    if (pid < 0) {
        perror("fork");
        exit(1);
    }
    if (pid == 0) {
        _exit(unshare(CYCLE_FLAGS | extra_flags) == 0 ? 0 : errno);
    }
    int status;
    if (waitpid(pid, &status, 0) != pid) {
        perror("waitpid");
        exit(1);
    }
    return WIFEXITED(status) ? WEXITSTATUS(status) : 255;
}

static void bench_cycle(int batches, int per) {
    int err = one_cycle();
    if (err == EPERM) {
        extra_flags = CLONE_NEWUSER;
        err = one_cycle();
    }
    if (err != 0) {
        fprintf(stderr, "kernel_ops: unshare in the child failed: %s\n", strerror(err));
        exit(1);
    }
    for (int i = 0; i < per; i++) {   /* warm-up batch */
        one_cycle();
    }
    long long *t = malloc(sizeof *t * batches);
    for (int b = 0; b < batches; b++) {
        long long start = now_ns();
        for (int i = 0; i < per; i++) {
            one_cycle();
        }
        t[b] = (now_ns() - start) / per;
    }
    printf("cycle %lld batches=%d ops_per_batch=%d unshare=mnt+uts+ipc+pid+net%s\n", median(t, batches), batches,
           per, extra_flags ? "+user (plain unshare refused with EPERM: fell back to CLONE_NEWUSER)" : "");
    free(t);
}

/* An fd on a fresh network namespace: a child unshares one and we open its /proc/PID/ns/net. */
static int new_netns_fd(void) {
    int ready[2], done[2];
    if (pipe(ready) || pipe(done)) {
        perror("pipe");
        exit(1);
    }
    pid_t pid = fork();
    if (pid == 0) {
        char c = unshare(CLONE_NEWNET) == 0 ? 'y' : (errno == EPERM ? 'p' : 'n');
        if (write(ready[1], &c, 1) != 1 || read(done[0], &c, 1) < 0) {
            _exit(1);
        }
        _exit(0);
    }
    char c = 'n';
    if (read(ready[0], &c, 1) != 1) {
        c = 'n';
    }
    int fd = -1;
    if (c == 'y') {
        char path[64];
        snprintf(path, sizeof path, "/proc/%d/ns/net", (int) pid);
        fd = open(path, O_RDONLY | O_CLOEXEC);
    }
    if (write(done[1], "x", 1) != 1) {
        perror("write");
    }
    waitpid(pid, NULL, 0);
    close(ready[0]); close(ready[1]); close(done[0]); close(done[1]);
    return c == 'p' ? -EPERM : fd;
}

static void bench_setns(int batches, int per) {
    int a = new_netns_fd();
    if (a == -EPERM) {
        /* No CAP_SYS_ADMIN here: become root of a new user namespace, which then owns the two. */
        if (unshare(CLONE_NEWUSER) != 0) {
            perror("kernel_ops: unshare(CLONE_NEWUSER)");
            exit(1);
        }
        extra_flags = CLONE_NEWUSER;
        a = new_netns_fd();
    }
    int b = new_netns_fd();
    if (a < 0 || b < 0) {
        fprintf(stderr, "kernel_ops: cannot make a network namespace (unshare refused)\n");
        exit(1);
    }
    int home = open("/proc/self/ns/net", O_RDONLY | O_CLOEXEC);
    if (setns(a, CLONE_NEWNET) != 0) {
        perror("kernel_ops: setns");
        exit(1);
    }
    for (int i = 0; i < per; i += 2) {   /* warm-up batch */
        setns(a, CLONE_NEWNET);
        setns(b, CLONE_NEWNET);
    }
    long long *t = malloc(sizeof *t * batches);
    for (int n = 0; n < batches; n++) {
        long long start = now_ns();
        for (int i = 0; i < per; i += 2) {
            setns(a, CLONE_NEWNET);
            setns(b, CLONE_NEWNET);
        }
        t[n] = (now_ns() - start) / per;
    }
    setns(home, CLONE_NEWNET);
    printf("setns %lld batches=%d ops_per_batch=%d netns_a<->netns_b%s\n", median(t, batches), batches, per,
           extra_flags ? " (in a new user namespace: plain unshare refused with EPERM)" : "");
    free(t);
}

int main(int argc, char **argv) {
    const char *what = argc > 1 ? argv[1] : "all";
    int batches = argc > 2 ? atoi(argv[2]) : 15;
    setvbuf(stdout, NULL, _IOLBF, 0);
    if (!strcmp(what, "cycle") || !strcmp(what, "all")) {
        bench_cycle(batches, 200);
    }
    if (!strcmp(what, "setns") || !strcmp(what, "all")) {
        bench_setns(batches, 20000);
    }
    return 0;
}
