package org.cscript.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** The project's main classes (tests excluded), imported once for all architecture tests. */
final class MainClasses {
    private static JavaClasses classes;

    private MainClasses() {
    }

    static synchronized JavaClasses imported() {
        if (classes == null) {
            classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .importPackages("org.cscript");
        }
        return classes;
    }
}
