// The failure Surefire prints is the golden engine's diff: both names, the file names, the failing test.
def log = new File(basedir, 'build.log').text
['CscriptScenariosTest.named_container.cscript', '<<< FAILURE!', '--- ', 'named_container.trace', '+++ ',
 '-type=UNKNOWN[1343]', 'name="old"', '+type=UNKNOWN[1343]', 'name="new"',
 'Tests run: 1, Failures: 1'].each {
    assert log.contains(it): "build.log lacks: " + it
}
// The engine must not have rewritten the golden: only cscript.update=true does that.
assert new File(basedir, 'src/test/cscript/named_container.trace').text.contains('name="old"')
