package org.cscript.kernel.model;

import java.util.ArrayList;
import java.util.List;
import org.cscript.abi.FileFlags;
import org.cscript.kernel.FileView;
import org.cscript.kernel.Kernel;
import org.cscript.kernel.KernelConfig;
import org.cscript.kernel.NetNamespaceRef;
import org.cscript.kernel.Task;

/**
 * One kernel under test and what a generated {@link Step} needs to pick its arguments from the
 * live state: the tasks created so far (creation order), their open descriptors by kind, the key
 * serials handed out. A pick is a small int resolved modulo what exists when the step runs, so
 * any step list is valid on any state, and the same list resolves the same way on a second fresh
 * kernel (the replay). Every resolution is noted, so a counterexample can be printed as the
 * script that really ran.
 */
final class World {
    /** A descriptor number that is never open: EBADF paths. */
    static final int CLOSED_FD = 99;
    /** Descriptor picks from this one on name {@link #CLOSED_FD}. */
    static final int CLOSED_PICK = 60;

    final Kernel k;
    /** The net namespace of the last packet, held across steps: it may die meanwhile (OP-48 EINVAL). */
    NetNamespaceRef heldNet;
    private final List<Task> tasks = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private int maxFd = 3;
    /** keys.first_serial: serials below it are never handed out (ENOKEY paths). */
    private final long firstSerial;
    /** The highest key serial a step returned; serials are consecutive and keys never die, so all below exist. */
    private long maxSerial;

    World(KernelConfig config, Kernel.InvariantChecks checks) {
        k = new Kernel(config, checks);
        firstSerial = Long.parseLong(config.get("keys.first_serial"));
        maxSerial = firstSerial - 1;
        tasks.add(k.initTask());
        tasks.add(k.startOrchestrator());
    }

    /** What the last step resolved its picks to ("task 103", "fd 4"), then forgets it. */
    String takeNotes() {
        String s = String.join(", ", notes);
        notes.clear();
        return s;
    }

    private <T> T note(String what, T value) {
        notes.add(what + " " + value);
        return value;
    }

    /** Records a task a step created (fork, clone, thread, fork_into_container). */
    Task adopt(Task t) {
        tasks.add(t);
        notes.add("-> task " + t.tid());
        return t;
    }

    /** Records a descriptor a step returned, so later picks can find it. */
    int adopt(int fd) {
        maxFd = Math.max(maxFd, fd);
        notes.add("-> fd " + fd);
        return fd;
    }

    /** Records a key serial a step returned (OP-39, OP-41, OP-42). */
    long adoptSerial(long serial) {
        maxSerial = Math.max(maxSerial, serial);
        notes.add("-> key " + serial);
        return serial;
    }

    /**
     * A key serial: for most picks one handed out so far (the keyrings created on demand
     * included, as serials are consecutive), for high picks or before any key one never
     * handed out (ENOKEY).
     */
    long serial(int pick) {
        long known = maxSerial - firstSerial + 1;
        long serial = known == 0 || pick >= 56 ? firstSerial - 1 : firstSerial + pick % known;
        return note("key", serial);
    }

    List<Task> live() {
        List<Task> live = new ArrayList<>();
        for (Task t : tasks) {
            if (t.state().equals("running")) {
                live.add(t);
            }
        }
        return live;
    }

    /** A running task: the pick-th modulo the live ones (task 1 never dies, so there is one). */
    Task task(int pick) {
        List<Task> live = live();
        Task t = live.get(pick % live.size());
        notes.add("task " + t.tid());
        return t;
    }

    /**
     * An acting task for a descriptor operation: for most picks one that holds a descriptor of
     * {@code kind} (any kind if null) when some task does, so fd picks mostly name open files.
     */
    Task holder(int pick, FileView.Kind kind) {
        if (pick < 48) {
            List<Task> holders = new ArrayList<>();
            for (Task t : live()) {
                if (!fds(t, kind).isEmpty()) {
                    holders.add(t);
                }
            }
            if (!holders.isEmpty()) {
                Task t = holders.get(pick % holders.size());
                notes.add("task " + t.tid());
                return t;
            }
        }
        return task(pick);
    }

    /** A target for S: for low picks one of S's children when it has some (contid writes need them), else {@link #target}. */
    Task childOr(Task s, int pick) {
        if (pick < 24) {
            List<Task> children = new ArrayList<>();
            for (Task t : live()) {
                if (t.ppid() == s.tgid() && t.tid() == t.tgid()) {
                    children.add(t);
                }
            }
            if (!children.isEmpty()) {
                Task t = children.get(pick % children.size());
                notes.add("child " + t.tid());
                return t;
            }
        }
        return target(pick);
    }

    /** A target: mostly a running task, for high picks any task ever created (zombies and reaped: ESRCH paths). */
    Task target(int pick) {
        if (pick < 56) {
            return task(pick);
        }
        Task t = tasks.get(pick % tasks.size());
        note("task", t.tid() + " (" + t.state() + ")");
        return t;
    }

    /** The open descriptors of {@code t}'s table, ascending; {@code kind} null for any kind. */
    List<Integer> fds(Task t, FileView.Kind kind) {
        List<Integer> open = new ArrayList<>();
        for (int fd = 3; fd <= maxFd; fd++) {
            FileView v = t.state().equals("running") ? k.describeFd(t, fd) : null;
            if (v != null && (kind == null || v.kind() == kind)) {
                open.add(fd);
            }
        }
        return open;
    }

    /** One of t's descriptors, or (high picks, or none open) one that is not open. */
    int fd(Task t, int pick) {
        return pickFd(fds(t, null), pick);
    }

    /** A container descriptor of t if it has one, else any descriptor, else a closed one. */
    int cfd(Task t, int pick) {
        return fd(t, FileView.Kind.CONTAINER, pick);
    }

    /**
     * A descriptor of {@code kind} (fs context, mount, key queue ...) of t if it has one, else
     * any descriptor (EINVAL paths), else (or for high picks) one that is not open.
     */
    int fd(Task t, FileView.Kind kind, int pick) {
        List<Integer> ofKind = fds(t, kind);
        return pickFd(ofKind.isEmpty() ? fds(t, null) : ofKind, pick);
    }

    /** A dirfd of §3.4: AT_FDCWD, or as {@link #fd(Task, FileView.Kind, int)} for a container. */
    int dirfd(Task t, boolean atFdcwd, int pick) {
        if (atFdcwd) {
            notes.add("AT_FDCWD");
            return (int) FileFlags.AT_FDCWD;
        }
        return cfd(t, pick);
    }

    private int pickFd(List<Integer> open, int pick) {
        int fd = open.isEmpty() || pick >= CLOSED_PICK ? CLOSED_FD : open.get(pick % open.size());
        return note("fd", fd);
    }

}
