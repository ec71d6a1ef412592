package org.cscript.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.cscript.abi.NsKind;
import org.cscript.abi.Unset;
import org.junit.jupiter.api.Test;

/**
 * The field sets the assert_audit check uses (RecordCatalogue#fields): derived from the seed
 * layouts they are the fields of records.md, every form counted; and every implementation of the
 * catalogue takes part in the union.
 */
class RecordFieldsTest {
    private static final RecordCatalogue SEED = RecordCatalogue.seed();

    private static Set<String> names(String spaceSeparated) {
        return new TreeSet<>(List.of(spaceSeparated.split(" ")));
    }

    private static Set<String> seed(RecordType type) {
        return new TreeSet<>(SEED.fields(type));
    }

    @Test
    void syscallHasEveryFieldIncludingThoseExitLeavesOut() {
        assertEquals(names("arch syscall success exit a0 a1 a2 a3 items ppid pid auid uid gid euid suid fsuid egid"
                + " sgid fsgid tty ses comm exe subj key"), seed(RecordType.SYSCALL));
    }

    @Test
    void theUnionCoversEveryFormOfAType() {
        assertEquals(names("contid opid netns"), seed(RecordType.CONTAINER_INFO));
        assertEquals(names("op ctr pctr name ctrflags pid nsdev mntns utsns ipcns userns pidns netns cgroupns opid"
                + " old-ctr nstype old-ns new-ns status killed call errno image tasks contid"), seed(RecordType.CONTAINER_OBJ));
        assertEquals(names("op opid contid old-contid pid uid auid tty ses comm exe nsdev mntns utsns ipcns userns"
                + " pidns netns cgroupns res"), seed(RecordType.CONTAINER));
    }

    @Test
    void theOtherTypes() {
        assertEquals(names("op pid contid nstype nsdev old-ns new-ns"), seed(RecordType.NS_CREATE));
        assertEquals(names("nstype nsdev ns"), seed(RecordType.NS_DESTROY));
        assertEquals(names("op pid contid nstype nsdev old-ns new-ns"), seed(RecordType.NS_CHANGE));
        assertEquals(names("pid uid old-auid auid tty old-ses ses res"), seed(RecordType.LOGIN));
        assertEquals(names("pid uid auid ses msg"), seed(RecordType.USER));
        assertEquals(names("mark saddr daddr proto netns"), seed(RecordType.NETFILTER_PKT));
    }

    @Test
    void fieldsComeInTheOrderFirstBuilt() {
        assertEquals(List.of("arch", "syscall", "success", "exit", "a0"),
                SEED.fields(RecordType.SYSCALL).stream().limit(5).toList());
    }

    @Test
    void everyFactoryIsCalledAndEveryConstantOfItsEnumParametersTried() {
        Set<String> called = new TreeSet<>();
        RecordCatalogue recording = (RecordCatalogue) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {RecordCatalogue.class}, (proxy, method, args) -> {
                    called.add(method.getName());
                    return method.invoke(SEED, args);
                });
        List<AuditRecord> forms = RecordFields.everyForm(recording);
        Set<String> factories = new TreeSet<>();
        for (Method m : RecordCatalogue.class.getMethods()) {
            if (m.getReturnType() == AuditRecord.class) {
                factories.add(m.getName());
            }
        }
        assertEquals(factories, called);
        long namespaceForms = forms.stream().filter(r -> r.type() == RecordType.NS_DESTROY).count();
        assertTrue(namespaceForms >= NsKind.values().length, "NS_DESTROY built " + namespaceForms + " times");
        assertTrue(forms.stream().anyMatch(r -> r.type() == RecordType.SYSCALL && r.value("exit") == null),
                "SYSCALL of a call that does not return is built too");
        assertTrue(forms.stream().anyMatch(r -> Long.toUnsignedString(Unset.U64).equals(r.value("contid"))),
                "a long parameter is tried unset too");
    }

    @Test
    void everyTypeHasFieldsInSomeCatalogue() {
        for (RecordType t : RecordType.values()) {
            assertFalse(RecordCatalogue.fieldsInAnyCatalogue(t).isEmpty(), t + " has no fields in any catalogue");
            assertTrue(RecordCatalogue.fieldsInAnyCatalogue(t).containsAll(SEED.fields(t)), t.name());
        }
    }

    @Test
    void everyImplementationOfTheCatalogueIsInTheUnion() {
        Set<String> implementations = new LinkedHashSet<>();
        for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.cscript")) {
            if (!c.isInterface() && c.isAssignableTo(RecordCatalogue.class)) {
                implementations.add(c.getName());
            }
        }
        Set<String> listed = RecordCatalogue.every().stream().map(c -> c.getClass().getName())
                .collect(Collectors.toCollection(LinkedHashSet::new));
        assertEquals(implementations, listed, "RecordCatalogue.every() must list every implementation");
    }

    /** The union the parser reads from a file is the one the catalogues give now. */
    @Test
    void theWrittenUnionIsTheDerivedOne() throws java.io.IOException {
        String derived = UnionFile.format(RecordFields.deriveUnion());
        java.nio.file.Path file = java.nio.file.Path.of("src/main/resources/org/cscript/audit", RecordFields.UNION_RESOURCE);
        if (Boolean.getBoolean("cscript.update-goldens")) {
            java.nio.file.Files.writeString(file, derived);
        }
        assertEquals(derived, java.nio.file.Files.readString(file),
                file + " is out of date: ./run-tests -Dcscript.update-goldens=true rewrites it");
        assertEquals(RecordFields.deriveUnion(), UnionFile.parse(derived));
    }
}
