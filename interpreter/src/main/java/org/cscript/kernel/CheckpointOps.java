package org.cscript.kernel;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cscript.abi.Capability;
import org.cscript.abi.ContainerFlags;
import org.cscript.abi.NsKind;

/**
 * Checkpoint and restore of a container, a seed proposal (docs/proposals/checkpoint-restore.md,
 * kernel-model.md §6 Q2): an image of the container's tasks, namespaces and audit container ID,
 * and its re-creation under a new container id with the same contid. Neither is a syscall: a
 * refusal is a scenario mistake before any effect, never an errno.
 */
final class CheckpointOps {
    private final KernelCore k;
    private final ProcessOps process;
    private final ContainerOps containers;

    CheckpointOps(KernelCore k, ProcessOps process, ContainerOps containers) {
        this.k = k;
        this.process = process;
        this.containers = containers;
    }

    /** The container behind S's fd {@code cfd}, checked to be one the model can image. */
    Container imageable(Task s, int cfd) {
        requireKnob();
        FdTable.Entry entry = s.fds.entries.get(cfd);
        if (entry == null || !(entry.file() instanceof OpenFile.ContainerFile f)) {
            throw new AdminArgumentException("fd " + cfd + " is not a container fd of the caller");
        }
        Container c = f.container;
        for (Container x = s.container; x != null; x = x.parent) {
            if (x == c) {
                throw new AdminArgumentException("the checkpointer must be outside " + c);
            }
        }
        if (c.dead || c.init == null) {
            throw new AdminArgumentException(c + (c.dead ? " is dead" : " has not started") + ": nothing to image");
        }
        if ((c.flags & (ContainerFlags.NEW_USER_NS | ContainerFlags.NEW_EMPTY_FS_NS)) != 0) {
            throw new AdminArgumentException(c + " has a user namespace or an empty mount namespace of its own;"
                    + " the model images neither (uid maps, mounts made after create)");
        }
        for (Container child : c.children) {
            if (!child.dead) {
                throw new AdminArgumentException(c + " has a live container within it (" + child + ")");
            }
        }
        Map<Long, Task> members = new HashMap<>();
        for (Task t : c.members) {
            members.put(t.tgid(), t);
        }
        for (Task t : c.members) {
            if (t.leader != t || t.threads.size() != 1) {
                throw new AdminArgumentException("task " + t.tgid() + " of " + c + " has threads; not imaged");
            }
            if (t.cred.userns != k.initUserNs || t.activePidns != c.nsOf(NsKind.PID) || !t.nsproxy.equals(c.ns)) {
                throw new AdminArgumentException("task " + t.tgid() + " of " + c
                        + " has namespaces of its own; only the container's are imaged");
            }
            if (members.containsKey(t.parent.tgid()) && t.parent.tid > t.tid) {
                throw new AdminArgumentException("task " + t.tgid() + " is older than its parent (pid.reuse)");
            }
        }
        return c;
    }

    /** Images {@code c} (already {@linkplain #imageable checked}) and keeps the image in the kernel's table. */
    CheckpointImage checkpoint(Task s, Container c) {
        Namespace pidns = c.nsOf(NsKind.PID);
        TreeMap<Long, Task> byTid = new TreeMap<>();
        for (Task t : c.members) {
            byTid.put(t.tid, t);
        }
        List<CheckpointImage.TaskImage> tasks = new ArrayList<>();
        // init first: it is the one a restore forks into the new container first
        List<Task> order = new ArrayList<>(List.of(c.init));
        byTid.values().stream().filter(t -> t != c.init).forEach(order::add);
        for (Task t : order) {
            long parent = t != c.init && t.parent.container == c ? t.parent.tgid() : 0;
            tasks.add(new CheckpointImage.TaskImage(t.tgid(), t.nrs[pidns.level], parent, t.comm, t.exe,
                    t.cred.copy(), t.loginuid, t.sessionid, t.contid));
        }
        EnumMap<NsKind, Long> inums = new EnumMap<>(NsKind.class);
        for (NsKind kind : ContainerFlags.namespaceKinds(c.flags)) {
            inums.put(kind, c.nsOf(kind).inum);   // never USER: imageable refused it
        }
        String id = "ckpt-" + (k.images.size() + 1);
        CheckpointImage image = new CheckpointImage(id, c.id, c.name, c.flags, inums,
                inums.containsKey(NsKind.PID), List.copyOf(tasks));
        k.images.put(id, image);
        k.gen(k.records.containerCheckpoint(c.id, id, tasks.size(), image.contid(), s.tgid()));
        return image;
    }

    /** The image {@code id}, checked to be restorable by S now. */
    CheckpointImage restorable(Task s, String id) {
        requireKnob();
        CheckpointImage image = k.images.get(id);
        if (image == null) {
            throw new AdminArgumentException("no checkpoint image '" + id + "'");
        }
        if (!k.capable(s, Capability.CAP_SYS_ADMIN)) {   // outside an event: nothing is noted
            throw new AdminArgumentException("the restorer needs CAP_SYS_ADMIN (CRIU's restore runs as root)");
        }
        if (k.knobs().ladder() == Knobs.Ladder.V11) {
            throw new AdminArgumentException("restore registers the audit container ID by the seed's rules;"
                    + " under contid.ladder = v11 it is not modelled");
        }
        // what container_create, fork_into and clone would refuse part-way is refused here, before any effect
        Limits.check(k.tasks.size() + image.tasks().size(), k.knobs().limits().tasks(), "tasks", "limits.tasks");
        if (image.ownPidns() && s.nsproxy.get(NsKind.PID) != s.activePidns) {
            throw new AdminArgumentException("the restorer's pid_for_children is not its active PID namespace");
        }
        if (k.knobs().lsmAlloc() == Knobs.LsmAlloc.DENY) {
            throw new AdminArgumentException("container.lsm_alloc = deny refuses the new container");
        }
        for (CheckpointImage.TaskImage t : image.tasks()) {
            ContidEntry live = ContidRegistry.valid(t.contid()) ? k.registry.entry(t.contid()) : null;
            if (live != null) {
                throw new AdminArgumentException("audit container ID " + k.registry.format(t.contid())
                        + " is still registered (task " + live.tasks.firstEntry().getValue().tgid()
                        + " has it): an image is restored after the original died");
            }
        }
        return image;
    }

    /** Recreates {@code image} (already {@linkplain #restorable checked}): S gets the new container's fd. */
    int restore(Task s, CheckpointImage image) {
        int fd = containers.create(s, image.name(), image.flags(), 0, 0, 0);
        Container c = containers.getcfd(s, fd, "restore");
        Namespace pidns = c.nsOf(NsKind.PID);
        Map<Long, Task> restored = new HashMap<>();
        for (CheckpointImage.TaskImage ti : image.tasks()) {
            if (image.ownPidns() && ti.innerPid() >= pidns.nextNr) {
                pidns.nextNr = ti.innerPid();   // CRIU's ns_last_pid: the next number is the imaged one
            }
            Task parent = restored.get(ti.parentTgid());
            Task t = parent == null ? containers.forkInto(s, fd) : process.clone(parent, 0);
            restored.put(ti.tgid(), t);
            t.comm = ti.comm();
            t.exe = ti.exe();
            t.cred = ti.cred().copy();
            t.loginuid = ti.loginuid();
            t.sessionid = ti.sessionid();
            if (t.contid != ti.contid()) {
                setContid(s, t, ti.contid());
            }
        }
        k.gen(k.records.containerRestore(c.id, image.ctr(), image.id(), image.tasks().size(), image.contid(),
                s.tgid()));
        return fd;
    }

    /** The imaged contid, registered again as OP-46 would (its record, then the registry). */
    private void setContid(Task s, Task t, long v) {
        if (!ContidRegistry.valid(v)) {
            k.registry.unset(t);
            return;
        }
        k.gen(k.records.contidSet(KernelCore.actor(s), t.tgid(), v, t.contid, k.nsdev(),
                KernelCore.nsInums(t::activeNsOf), true));
        k.registry.assign(t, v, s.contid);
    }

    CheckpointImage image(String id) {
        return k.images.get(id);
    }

    private void requireKnob() {
        if (!k.knobs().checkpoint()) {
            throw new ConfigException("checkpoint and restore need config container.checkpoint = on");
        }
    }
}
