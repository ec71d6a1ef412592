// The update wrote the golden the run printed, passed the test, and said so on the console.
def golden = new File(basedir, 'src/test/cscript/first_run.trace')
assert golden.isFile(): "no golden written"
assert golden.text.contains('op=create ctr=1 pctr=0 name="app"')
def log = new File(basedir, 'build.log').text
assert log.contains('cscript.golden: created ' + golden.path)
assert log.contains('Tests run: 1, Failures: 0, Errors: 0, Skipped: 0')
