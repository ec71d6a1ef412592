package org.cscript.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package layering of docs/architecture.md, checked on the compiled main classes. From the
 * bottom: abi; audit and coverage (the errno checks of the spec as data); kernel (the model, plain
 * Java); runtime (the Truffle language's context and values); nodes; builtins; parser; host; and on
 * top golden, repl and cli.
 */
class LayeringTest {
    private static final String[] LANGUAGE_SIDE = {"org.cscript.parser..", "org.cscript.nodes..",
        "org.cscript.builtins..", "org.cscript.runtime..", "org.cscript.host..", "org.cscript.cli..",
        "org.cscript.repl..", "org.cscript.golden..", "org.cscript.lsp..", "org.cscript.language.."};
    private static final String[] FRAMEWORKS = {"com.oracle.truffle..", "org.graalvm..", "org.antlr..",
        "picocli..", "org.jline.."};

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = MainClasses.imported();
    }

    @Test
    void theModelDependsOnNoLanguageMachinery() {
        check(noClasses().that().resideInAnyPackage("org.cscript.kernel..", "org.cscript.audit..", "org.cscript.abi..")
                .should().dependOnClassesThat().resideInAnyPackage(LANGUAGE_SIDE)
                .orShould().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS));
    }

    @Test
    void theAbiIsTheBottom() {
        check(noClasses().that().resideInAPackage("org.cscript.abi..")
                .should().dependOnClassesThat().resideOutsideOfPackages("org.cscript.abi..", "java.."));
    }

    @Test
    void auditRecordsKnowNothingOfTheKernel() {
        check(noClasses().that().resideInAPackage("org.cscript.audit..")
                .should().dependOnClassesThat().resideInAPackage("org.cscript.kernel.."));
    }

    @Test
    void theErrnoCheckCatalogueStandsOnTheAbiAlone() {
        check(noClasses().that().resideInAPackage("org.cscript.coverage..")
                .should().dependOnClassesThat().resideOutsideOfPackages("org.cscript.coverage..", "org.cscript.abi..",
                        "java.."));
    }

    @Test
    void roleSlicesHaveNoCycles() {
        check(slices().matching("org.cscript.(*)..").should().beFreeOfCycles());
    }

    @Test
    void packagesHaveNoCycles() {
        check(slices().matching("org.cscript.(**)").should().beFreeOfCycles());
    }

    @Test
    void cliAndReplReachTheLanguageOnlyThroughTheHost() {
        check(noClasses().that().resideInAnyPackage("org.cscript.cli..", "org.cscript.repl..", "org.cscript.golden..",
                "org.cscript.lsp..")
                .should().dependOnClassesThat().resideInAnyPackage("org.cscript.parser..", "org.cscript.nodes..",
                        "org.cscript.builtins..", "org.cscript.runtime..", "org.cscript.language..",
                        "org.cscript.kernel..", "com.oracle.truffle..", "org.graalvm.polyglot.."));
    }

    @Test
    void theRuntimeKnowsNeitherParserNorHost() {
        check(noClasses().that().resideInAnyPackage("org.cscript.runtime..", "org.cscript.nodes..",
                "org.cscript.builtins..")
                .should().dependOnClassesThat().resideInAnyPackage("org.cscript.parser..", "org.cscript.host..",
                        "org.cscript.cli..", "org.cscript.repl..", "org.cscript.golden..", "org.cscript.lsp.."));
    }

    @Test
    void onlyTheLanguageServerSpeaksLsp() {
        check(noClasses().that().resideOutsideOfPackage("org.cscript.lsp..")
                .should().dependOnClassesThat().resideInAnyPackage("org.eclipse.lsp4j..", "com.google.gson.."));
    }

    private static void check(ArchRule rule) {
        rule.check(classes);
    }
}
