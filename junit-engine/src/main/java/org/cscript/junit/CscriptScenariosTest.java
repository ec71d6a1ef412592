package org.cscript.junit;

/**
 * Not a test class itself: a name Surefire can find. Surefire's JUnit Platform provider only
 * asks engines about classes it scanned, so a user's pom lists this jar in
 * {@code <dependenciesToScan>}; Surefire then selects this class and the cscript engine answers
 * that selection with every scenario under the scenario root. Other engines find no tests in it.
 */
public final class CscriptScenariosTest {
    private CscriptScenariosTest() {
    }
}
