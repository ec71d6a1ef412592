package org.cscript.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.oracle.truffle.api.TruffleFile;
import com.oracle.truffle.api.TruffleLanguage;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClasses;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The code that runs inside the guest context (the language, its parser, the kernel model) has
 * no way to the host beyond what the sandbox grants (docs/sandbox.md): no JDK file, process,
 * network or environment API, and of Truffle's Env and TruffleFile only the few calls that read
 * options, write the trace and resolve an import. So no builtin can write a file, choose an output
 * path, read the environment or start anything; a new call of that kind fails here first.
 */
class GuestCodeReachesNoHostTest {
    private static final String[] GUEST = {"org.cscript.runtime..", "org.cscript.nodes..", "org.cscript.builtins..",
        "org.cscript.parser..", "org.cscript.kernel..", "org.cscript.audit..", "org.cscript.coverage..", "org.cscript.abi.."};
    /** The Env calls the language makes: its options, its standard streams, the result bindings, import files. */
    private static final Set<String> ENV_CALLS = Set.of("getOptions", "out", "err", "isPolyglotBindingsAccessAllowed",
            "exportSymbol", "getPublicTruffleFile");
    /** The TruffleFile calls import resolution makes: none of them writes. */
    private static final Set<String> FILE_CALLS = Set.of("getParent", "resolve", "getCanonicalFile", "getPath");
    private static final Set<String> SYSTEM_CALLS = Set.of("getenv", "getProperty", "getProperties", "setProperty",
            "exit", "load", "loadLibrary", "console", "setIn", "setOut", "setErr");

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = MainClasses.imported();
    }

    @Test
    void noJdkFileProcessOrNetworkApi() {
        noClasses().that().resideInAnyPackage(GUEST).should().dependOnClassesThat().haveFullyQualifiedName("java.io.File")
                .orShould().dependOnClassesThat().haveNameMatching(
                        "java\\.io\\.(FileInputStream|FileOutputStream|FileReader|FileWriter|RandomAccessFile)")
                .orShould().dependOnClassesThat().haveNameMatching("java\\.nio\\.file\\.(Files|Paths|FileSystems|spi\\..*)")
                .orShould().dependOnClassesThat().haveNameMatching("java\\.nio\\.channels\\..*")
                .orShould().dependOnClassesThat().resideInAPackage("java.net..")
                .orShould().dependOnClassesThat().haveNameMatching("java\\.lang\\.(ProcessBuilder|Process|ProcessHandle|Runtime)")
                // the host's API; the generated option descriptors name only the sandbox policy of each option
                .orShould().dependOnClassesThat().haveNameMatching("org\\.graalvm\\.polyglot\\.(?!SandboxPolicy$).*")
                .check(classes);
    }

    @Test
    void noEnvironmentOrSystemPropertiesAndNoThreads() {
        noClasses().that().resideInAnyPackage(GUEST).should().callMethodWhere(call(System.class, SYSTEM_CALLS, true))
                .orShould().callConstructorWhere(new DescribedPredicate<JavaCall<?>>("a new Thread") {
                    @Override
                    public boolean test(JavaCall<?> call) {
                        return call.getTargetOwner().isAssignableTo(Thread.class);
                    }
                })
                .check(classes);
    }

    @Test
    void ofTruffleOnlyTheCallsTheLanguageNeeds() {
        noClasses().that().resideInAnyPackage(GUEST)
                .should().callMethodWhere(call(TruffleLanguage.Env.class, ENV_CALLS, false))
                .orShould().callMethodWhere(call(TruffleFile.class, FILE_CALLS, false))
                .check(classes);
    }

    /** A call on {@code owner} whose name is in {@code names} (listed = true) or not in them (listed = false). */
    private static DescribedPredicate<JavaCall<?>> call(Class<?> owner, Set<String> names, boolean listed) {
        String description = owner.getSimpleName() + (listed ? "." : " other than ") + names;
        return new DescribedPredicate<>(description) {
            @Override
            public boolean test(JavaCall<?> call) {
                return call.getTargetOwner().isEquivalentTo(owner) && names.contains(call.getName()) == listed;
            }
        };
    }
}
