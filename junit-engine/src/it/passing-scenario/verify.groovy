// The scenario ran as a test, named by its path below src/test/cscript.
def log = new File(basedir, 'build.log').text
['Running org.cscript.junit.CscriptScenariosTest', 'Tests run: 1, Failures: 0, Errors: 0, Skipped: 0'].each {
    assert log.contains(it): "build.log lacks: " + it
}
def report = new File(basedir, 'target/surefire-reports/TEST-org.cscript.junit.CscriptScenariosTest.xml').text
assert report.contains('name="containers/create_and_fork.cscript"')
