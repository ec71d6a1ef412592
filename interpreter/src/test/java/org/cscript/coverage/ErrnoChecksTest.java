package org.cscript.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cscript.abi.Errno;
import org.junit.jupiter.api.Test;

/** The tables of the errno checks are whole and consistent, and a failure names its check. */
class ErrnoChecksTest {
    private final ErrnoChecks catalogue = ErrnoChecks.catalogue();

    @Test
    void thereAre215ChecksAndSevenV11RulesInPositionOrderForOperationsOneToFiftyFour() {
        List<ErrnoCheck> checks = catalogue.checks();
        // P-POLICY and P-LSM are a proposal's (docs/proposals/container-policy.md), not §3.0's
        assertEquals(215, checks.stream().filter(c -> c.op().startsWith("OP-") && !c.op().endsWith("/v11")).count());
        assertEquals(6, catalogue.checksOf("P-POLICY").size());
        assertEquals(1, catalogue.checksOf("P-LSM").size());
        assertEquals(7, catalogue.checksOf("OP-46/v11").size());
        assertEquals(7, catalogue.checksOf("P-USERNS").size());   // docs/proposals/userns-maps.md
        String op = "";
        int next = 1;
        for (ErrnoCheck c : checks) {
            if (!c.op().equals(op)) {
                assertTrue(c.op().compareTo(op) > 0, c.id() + " comes after " + op);
                op = c.op();
                next = 1;
            }
            assertEquals(next++, c.position(), c.id());
        }
    }

    @Test
    void everyOperationHasOneRowAndEveryCheckNamesIt() {
        List<String> ops = catalogue.operations().stream().map(ModelOperation::op).filter(o -> !o.equals("-")).toList();
        List<String> expected = new ArrayList<>();
        for (int i = 1; i <= 54; i++) {
            expected.add(String.format("OP-%02d", i));
            if (i == 46) {
                expected.add("OP-46/v11");  // OP-46 under contid.ladder = v11
            }
        }
        expected.addAll(List.of("P-LSM", "P-POLICY"));   // the container policy proposal
        expected.add("P-USERNS");   // a seed proposal's operation (userns.maps), after §3's
        assertEquals(expected, ops);
        for (ErrnoCheck c : catalogue.checks()) {
            ModelOperation o = catalogue.operations().get(ops.indexOf(c.op()));
            assertEquals(o.name(), c.operation(), c.id());
        }
    }

    @Test
    void everyUnreachableCheckIsACheck() {
        Set<String> ids = new HashSet<>();
        catalogue.checks().forEach(c -> ids.add(c.id()));
        for (UnreachableCheck u : catalogue.unreachable()) {
            assertTrue(ids.contains(u.id()), u.id() + " is not in errno-checks.tsv");
            assertTrue(u.reason().length() > 20, u.id() + ": give the reason");
        }
    }

    @Test
    void theOperationComesFromTheBuiltinAndTheCheckFromErrnoAndDetail() {
        assertEquals("OP-46 check 3", idOf("set_contid", Errno.ERANGE, "value out of range"));
        assertEquals("OP-45 check 3", idOf("set_loginuid", Errno.ERANGE, "value out of range"));
        assertEquals("OP-46 check 6", catalogue.identify("set_contid", Errno.EPERM,
                "a task cannot set the audit container id of its own thread group").check().id());
        assertEquals("OP-17 check 5", catalogue.identify("setns", Errno.EINVAL,
                "a multi-threaded process cannot join a container").check().id());
        assertEquals("OP-16 check 9", catalogue.identify("setns", Errno.EINVAL,
                "a multi-threaded process cannot enter a mount namespace").check().id());
        assertEquals("OP-10 check 1", idOf("drop_cap", Errno.EPERM, "cannot gain capabilities"));
    }

    private String idOf(String builtin, Errno errno, String detail) {
        return catalogue.identify(builtin, errno, detail).check().id();
    }

    @Test
    void aFailureOfNoCheckIsNamedWithTheReason() {
        Identification acting = catalogue.identify("kill", Errno.ESRCH, "the acting task is ZOMBIE");
        assertNull(acting.check());
        assertEquals("its detail matches none of OP-06 check 2", acting.why());
        Identification noSuchErrno = catalogue.identify("kill", Errno.EBADF, "descriptor 9 is not open");
        assertEquals("no check of its operations has that errno", noSuchErrno.why());
        assertNull(catalogue.identify("len", Errno.EINVAL, "").check());
    }

    @Test
    void caughtErrnosSurviveTheirEncodingAndArePlacedWhenDecoded() {
        StringBuilder text = new StringBuilder();
        ProvenCheck.appendEncoded(text, "close", Errno.EBADF, "descriptor 9 is not open", "a b.cscript", 7);
        ProvenCheck.appendEncoded(text, "auditctl", Errno.EINVAL, "bad\tfield \\ here\nnext", "x.cscript", 1);
        ProvenCheck.appendEncoded(text, "kill", Errno.EBADF, null, "y.cscript", 2);
        List<ProvenCheck> decoded = ProvenCheck.decode(text.toString());
        assertEquals(new ProvenCheck("OP-12", 1, "EBADF", "close", "descriptor 9 is not open", "a b.cscript", 7),
                decoded.get(0));
        assertEquals("bad\tfield \\ here\nnext", decoded.get(1).detail());
        assertEquals(new ProvenCheck(null, 0, "EBADF", "kill", null, "y.cscript", 2), decoded.get(2));
    }
}
