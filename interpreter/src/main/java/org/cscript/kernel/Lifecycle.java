package org.cscript.kernel;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.TreeMap;
import org.cscript.abi.NsKind;

/**
 * The internal procedures of kernel-model.md §2.6 (P1, P2, P4-P9) and fatal-signal delivery with
 * the death queue (§2.5).
 */
final class Lifecycle {
    static final long SIGKILL = 9;

    private record Death(Task leader, long sig) {
    }

    private final KernelCore k;
    private final ArrayDeque<Death> deathQueue = new ArrayDeque<>();
    private final LinkedHashSet<Task> queued = new LinkedHashSet<>();

    Lifecycle(KernelCore k) {
        this.k = k;
    }

    // ------------------------------------------------------------ files

    /** P1 close_entry. */
    void closeEntry(FdTable table, int fd, Task actor) {
        FdTable.Entry e = table.entries.remove(fd);
        if (--e.file().refs == 0) {
            releaseFile(e.file(), actor);
        }
    }

    /** P2 release_file. */
    void releaseFile(OpenFile f, Task actor) {
        switch (f) {
            case OpenFile.NsFile n -> k.putNs(n.ns);
            case OpenFile.KeyqFile q -> {
                k.keys.removeQueue(q.queue);
                k.putNs(q.queue.userns);
            }
            case OpenFile.ContainerFile cf -> {
                Container c = cf.container;
                if (c.killOnClose && c.initStarted && !c.dead) {
                    k.gen(k.records.containerKillOnClose(c.id, actor.tgid()));
                    if (k.knobs().killOnCloseScope() == Knobs.KillOnCloseScope.INIT) {
                        killByKernel(c.init);
                    } else {
                        for (Task m : k.snapshotMembers(c)) {
                            killByKernel(m);
                        }
                    }
                }
                putContainer(c);
            }
            case OpenFile.SocketFile sf -> k.putNs(sf.net);
            case OpenFile.FsContextFile ff -> {
                if (ff.context.container != null) {
                    putContainer(ff.context.container);
                }
            }
            case OpenFile.MountFile mf -> {
                // a detached mount is discarded with its file: nothing else refers to it
            }
            case OpenFile.RegularFile rf -> {
                // nothing to release
            }
        }
    }

    // ------------------------------------------------------------ containers

    /** P4 put_container. */
    void putContainer(Container c) {
        if (--c.usage > 0 || c.isInitContainer()) {
            return;
        }
        c.destroyed = true;
        k.containers.remove(c.id);
        c.keyring = null;   // P4: drop c.keyring (the keyring itself lives on)
        k.gen(k.records.containerDestroyed(c.id));
        for (NsKind kind : NsKind.values()) {
            k.putNs(c.nsOf(kind));
        }
        c.parent.children.remove(c);
        putContainer(c.parent);
    }

    /** P6 init_death. */
    private void initDeath(Container c, Task x, long status) {
        c.init = null;
        c.exitCode = status;
        c.dead = true;
        k.gen(k.records.containerDead(c.id, x.tgid(), status, c.members.size()));
        for (Task m : k.snapshotMembers(c)) {
            killByKernel(m);
        }
    }

    // ------------------------------------------------------------ task exit

    /** P9 exit_group: threads in ascending tid, then the leader. */
    void exitGroup(Task leader, long status) {
        teardownThreadsButLeader(leader);
        teardown(leader, status);
    }

    /** P5 for every thread of the group but its leader, ascending tid (P9, and OP-03's de-threading). */
    void teardownThreadsButLeader(Task leader) {
        for (Task t : new ArrayList<>(leader.threads.values())) {
            if (t != leader) {
                teardown(t, 0);
            }
        }
    }

    /** P5 task_teardown. */
    void teardown(Task x, long status) {
        FdTable table = x.fds;
        if (table.users == 1) {
            while (!table.entries.isEmpty()) {
                closeEntry(table, table.entries.firstKey(), x);
            }
        }
        table.users--;

        k.registry.netRemove(x);
        x.activePidns.activeTasks.remove(x.tid);
        k.putNs(x.nsproxy.get(NsKind.MNT));
        k.putNs(x.nsproxy.get(NsKind.UTS));
        k.putNs(x.nsproxy.get(NsKind.IPC));
        k.putNs(x.cred.userns);
        k.putNs(x.activePidns);
        k.putNs(x.nsproxy.get(NsKind.PID));
        k.putNs(x.nsproxy.get(NsKind.NET));
        k.putNs(x.nsproxy.get(NsKind.CGROUP));

        Container c = x.container;
        c.members.remove(x);
        if (c.init == x) {
            initDeath(c, x, status);
        }
        putContainer(c);

        k.registry.leave(x);

        if (x.leader != x) {
            x.state = Task.State.REAPED;
            x.leader.threads.remove(x.tid);
            k.tasks.remove(x.tid);   // a finished thread is not kept: memory follows live state
            k.pids.release(x);
            return;
        }
        x.threads.remove(x.tid);
        x.state = Task.State.ZOMBIE;
        x.exitStatus = status;
        if (x.activePidns != k.initPidNs && x.activePidns.reaper == x) {
            pidnsTeardown(x.activePidns);
        }
        reparent(x);
        if (x.parent == k.init) {
            reap(x);
        }
    }

    /** P7 pidns_teardown: SIGKILL every live task of P and its descendants, ascending tid. */
    private void pidnsTeardown(Namespace p) {
        p.dying = true;
        TreeMap<Long, Task> victims = new TreeMap<>();
        List<Namespace> todo = new ArrayList<>(List.of(p));
        while (!todo.isEmpty()) {
            Namespace n = todo.remove(todo.size() - 1);
            victims.putAll(n.activeTasks);
            todo.addAll(n.childPidns);
        }
        for (Task t : victims.values()) {
            killByKernel(t);
        }
    }

    /** P8 reparent. */
    private void reparent(Task x) {
        Task reaper = x.activePidns.reaper;
        Task newParent = reaper != null && reaper.running() && reaper != x ? reaper : k.init;
        for (Task child : new ArrayList<>(x.children.values())) {
            x.children.remove(child.tid);
            child.parent = newParent;
            if (newParent == k.init && child.state == Task.State.ZOMBIE) {
                child.state = Task.State.REAPED;
                k.tasks.remove(child.tid);
                k.pids.release(child);
            } else {
                newParent.children.put(child.tid, child);
            }
        }
    }

    /**
     * A zombie leaves its parent's child list and the task table for good: the kernel keeps no
     * finished task, so memory follows the live state, not the history. Its numbers are never
     * handed out again, or (pid.reuse = lowest_free) go back to the free sets; a script's handle
     * keeps the task object itself, so it never names the task that takes the number next.
     */
    void reap(Task x) {
        x.state = Task.State.REAPED;
        x.parent.children.remove(x.tid);
        k.tasks.remove(x.tid);
        k.pids.release(x);
    }

    // ------------------------------------------------------------ signals (§2.5)

    /** Kernel-originated SIGKILL: always delivered (task 1 is never a target). */
    void killByKernel(Task t) {
        queueDeath(t.leader, SIGKILL);
    }

    /** User delivery (OP-06, OP-24): ignored for task 1 and for a PID-namespace init signalled from inside. */
    void deliverUser(Task sender, Task target, long sig) {
        Task l = target.leader;
        if (sig == 0 || l == k.init) {
            return;
        }
        if (l.ownNr() == 1 && sender.activePidns.isSameOrDescendantOf(l.activePidns)) {
            return;
        }
        queueDeath(l, sig);
    }

    private void queueDeath(Task leader, long sig) {
        if (leader == k.init || !leader.running() || queued.contains(leader)
                || (k.current != null && k.current.tearingDown == leader)) {
            return;
        }
        queued.add(leader);
        deathQueue.add(new Death(leader, sig));
    }

    /** Runs queued deaths FIFO, each as its own event; they may queue more. */
    void drainDeaths(Events events) {
        while (!deathQueue.isEmpty()) {
            Death d = deathQueue.poll();
            queued.remove(d.leader());
            if (!d.leader().running()) {
                continue;
            }
            EventContext ev = new EventContext(d.leader(), null);
            ev.tearingDown = d.leader();
            k.current = ev;
            exitGroup(d.leader(), d.sig());
            events.finishWithoutSyscall(ev);
        }
    }
}
