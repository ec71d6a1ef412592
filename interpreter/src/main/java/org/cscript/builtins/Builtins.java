package org.cscript.builtins;

import com.oracle.truffle.api.dsl.NodeFactory;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The builtin registry: one line per builtin. The parser only asks this registry, so a new
 * builtin never touches the parser.
 */
public final class Builtins {
    private static final List<NodeFactory<? extends CsBuiltinNode>> FACTORIES = List.of(
            // language helpers
            LenBuiltinFactory.getInstance(),
            TypeOfBuiltinFactory.getInstance(),
            AllTasksBuiltinFactory.getInstance(),
            RecordTypeBuiltinFactory.getInstance(),
            RecordSerialBuiltinFactory.getInstance(),
            RecordFieldBuiltinFactory.getInstance(),
            StrBuiltinFactory.getInstance(),
            HexBuiltinFactory.getInstance(),
            TraceBuiltinFactory.getInstance(),
            SelfBuiltinFactory.getInstance(),
            InitBuiltinFactory.getInstance(),
            SnapshotBuiltinFactory.getInstance(),   // for cscript draw (docs/draw.md)
            // OP-01 .. OP-13 processes, credentials, descriptors
            ForkBuiltinFactory.getInstance(),
            CloneBuiltinFactory.getInstance(),
            CloneThreadBuiltinFactory.getInstance(),
            ExecBuiltinFactory.getInstance(),
            ExitBuiltinFactory.getInstance(),
            ThreadExitBuiltinFactory.getInstance(),
            KillBuiltinFactory.getInstance(),
            WaitpidBuiltinFactory.getInstance(),
            GetpidBuiltinFactory.getInstance(),
            SetuidBuiltinFactory.getInstance(),
            CapsetBuiltinFactory.getInstance(),
            DropCapBuiltinFactory.getInstance(),
            DupBuiltinFactory.getInstance(),
            CloseBuiltinFactory.getInstance(),
            FdPassBuiltinFactory.getInstance(),
            // OP-14 .. OP-17, OP-54 namespaces
            UnshareBuiltinFactory.getInstance(),
            NsOpenBuiltinFactory.getInstance(),
            ReadlinkNsBuiltinFactory.getInstance(),
            SetnsBuiltinFactory.getInstance(),
            // OP-18 .. OP-25 container objects
            ContainerCreateBuiltinFactory.getInstance(),
            ForkIntoBuiltinFactory.getInstance(),
            PollBuiltinFactory.getInstance(),
            ContainerWaitBuiltinFactory.getInstance(),
            ContainerKillBuiltinFactory.getInstance(),
            ProcContainersBuiltinFactory.getInstance(),
            ContainerSetPolicyBuiltinFactory.getInstance(),   // proposal: docs/proposals/container-policy.md
            CheckpointBuiltinFactory.getInstance(),   // proposal: docs/proposals/checkpoint-restore.md
            RestoreBuiltinFactory.getInstance(),
            // OP-26 .. OP-38 container set-up
            FsopenBuiltinFactory.getInstance(),
            FsconfigBuiltinFactory.getInstance(),
            FsmountBuiltinFactory.getInstance(),
            MoveMountBuiltinFactory.getInstance(),
            ContainerMountBuiltinFactory.getInstance(),
            ContainerChrootBuiltinFactory.getInstance(),
            ContainerBindMountAcrossBuiltinFactory.getInstance(),
            MkdiratBuiltinFactory.getInstance(),
            MknodatBuiltinFactory.getInstance(),
            OpenatBuiltinFactory.getInstance(),
            ContainerSocketBuiltinFactory.getInstance(),
            ContainerAllowDeviceBuiltinFactory.getInstance(),
            ContainerSuperviseBuiltinFactory.getInstance(), // proposal: supervisor-override.md
            // OP-39 .. OP-44 keys
            AddKeyBuiltinFactory.getInstance(),
            KeyctlSetContainerKeyringBuiltinFactory.getInstance(),
            ContainerAddKeyBuiltinFactory.getInstance(),
            RequestKeyBuiltinFactory.getInstance(),
            KeyqCreateBuiltinFactory.getInstance(),
            KeyqReadBuiltinFactory.getInstance(),
            // OP-45 .. OP-47 audit identity
            SetLoginuidBuiltinFactory.getInstance(),
            TaskByPidBuiltinFactory.getInstance(),
            // docs/proposals/userns-maps.md (userns.maps)
            WriteUidMapBuiltinFactory.getInstance(),
            WriteGidMapBuiltinFactory.getInstance(),
            NsUidBuiltinFactory.getInstance(),
            NsGidBuiltinFactory.getInstance(),
            SetContidBuiltinFactory.getInstance(),
            GetContidBuiltinFactory.getInstance(),
            SetCapcontidBuiltinFactory.getInstance(),
            GetCapcontidBuiltinFactory.getInstance(),
            // OP-48 .. OP-53 kernel events and administration
            NetPacketBuiltinFactory.getInstance(),
            AuditUserMsgBuiltinFactory.getInstance(),
            AuditctlBuiltinFactory.getInstance(),
            AuditSinkCreateBuiltinFactory.getInstance(),
            SinkTraceBuiltinFactory.getInstance(),
            AuditEnabledBuiltinFactory.getInstance(),
            AuditdReadBuiltinFactory.getInstance(),
            AuditBacklogBuiltinFactory.getInstance(),
            AuditLostBuiltinFactory.getInstance(),
            KernelLogBuiltinFactory.getInstance(),
            AdvanceClockBuiltinFactory.getInstance());

    private static final Map<String, BuiltinInfo> BY_NAME = index();

    private Builtins() {
    }

    private static Map<String, BuiltinInfo> index() {
        Map<String, BuiltinInfo> byName = new LinkedHashMap<>();
        for (NodeFactory<? extends CsBuiltinNode> factory : FACTORIES) {
            BuiltinInfo info = BuiltinInfo.of(factory);
            if (byName.put(info.name(), info) != null) {
                throw new IllegalStateException("builtin " + info.name() + " is registered twice");
            }
        }
        return Collections.unmodifiableMap(byName);
    }

    /** The builtin of that name, or null. */
    public static BuiltinInfo lookup(String name) {
        return BY_NAME.get(name);
    }

    /** All builtins in registration order. */
    public static Map<String, BuiltinInfo> all() {
        return BY_NAME;
    }
}
