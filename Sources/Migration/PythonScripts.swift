/// The Python that `PythonChecks` runs, kept as text so the `converge` binary needs no
/// files beside it. Each writes one tab-separated line per result to the original
/// standard output, and sends what the checked code prints to standard error, so a
/// module that prints cannot garble the results.
enum PythonScripts {
    /// `ROOT ARGUMENT…`: `python3 -m compileall ARGUMENT…` run from ROOT, so its exclusion
    /// pattern sees paths inside the project only (a project kept under a folder named
    /// `venv` is still compiled).
    static let compileAll = #"""
        import os, runpy, sys
        os.chdir(sys.argv[1])
        sys.argv = ["compileall"] + sys.argv[2:]
        runpy.run_module("compileall", run_name="__main__", alter_sys=True)
        """#

    /// `ROOT[:SOURCE_ROOT…] LIMIT MODULE…`: with the source roots, then ROOT, first on
    /// `sys.path`, imports each module with `LIMIT` seconds each (`SIGALRM`), printing
    /// `ok\tMODULE` or `fail\tMODULE\tPATH\tLINE\tLAST TRACEBACK LINE`, where PATH:LINE
    /// is the deepest frame inside ROOT (the syntax error's own place for a `SyntaxError`).
    static let importEach = #"""
        import importlib, os, signal, sys, traceback
        out = os.fdopen(os.dup(1), "w")
        os.dup2(2, 1)
        sys.stdout = sys.stderr
        roots = [os.path.realpath(folder) for folder in sys.argv[1].split(":")]
        root = roots[0]
        limit = int(sys.argv[2])
        sys.path[0:0] = roots[1:] + [root]
        class Hung(BaseException):
            pass
        def alarm(signum, frame):
            raise Hung()
        signal.signal(signal.SIGALRM, alarm)
        def where(error):
            places = []
            if isinstance(error, SyntaxError) and error.filename:
                places.append((error.filename, error.lineno or 0))
            places += [(f.filename, f.lineno or 0) for f in reversed(traceback.extract_tb(error.__traceback__))]
            for filename, line in places:
                full = os.path.realpath(filename)
                if full.startswith(root + os.sep):
                    return os.path.relpath(full, root), line
            return "", 0
        for name in sys.argv[3:]:
            signal.alarm(limit)
            try:
                importlib.import_module(name)
                signal.alarm(0)
                out.write("ok\t%s\n" % name)
            except BaseException as error:
                signal.alarm(0)
                if isinstance(error, Hung):
                    message = "did not finish within %d s" % limit
                else:
                    message = traceback.format_exception_only(type(error), error)[-1].strip()
                path, line = where(error)
                out.write("fail\t%s\t%s\t%d\t%s\n" % (name, path, line, " ".join(message.split())))
            out.flush()
        """#

    /// `ROOT PATH…`: from ROOT (its working folder, first on `sys.path`), runs pytest
    /// quietly on the paths (no cache folder written; a file that cannot be collected does
    /// not stop the others) and prints
    /// `fail\tPATH\tLINE\tTEST\tMESSAGE` for each failed test or collection, PATH:LINE
    /// where it failed, relative to ROOT when inside it.
    static let pytestReport = #"""
        import os, sys
        out = os.fdopen(os.dup(1), "w")
        os.dup2(2, 1)
        sys.stdout = sys.stderr
        root = os.path.realpath(sys.argv[1])
        os.chdir(root)
        sys.path.insert(0, root)
        import pytest
        def relative(path):
            full = os.path.realpath(str(path))
            return os.path.relpath(full, root) if full.startswith(root + os.sep) else str(path)
        def failure(report, prefix):
            crash = getattr(report.longrepr, "reprcrash", None)
            if crash is not None:
                path, line, message = relative(crash.path), crash.lineno, crash.message
            else:
                lines = [line[1:] if line.startswith("E ") else line for line in str(report.longrepr).strip().splitlines()] or ["failed"]
                location = getattr(report, "location", None) or (report.nodeid.split("::")[0], -1, "")
                path, line, message = location[0], (location[1] if location[1] is not None else -1) + 1, lines[-1]
            message = " ".join((message.strip().splitlines() or ["failed"])[0].split())
            out.write("fail\t%s\t%d\t%s\t%s%s\n" % (path, line, report.nodeid, prefix, message))
            out.flush()
        class Report:
            def pytest_runtest_logreport(self, report):
                if report.failed:
                    failure(report, "")
            def pytest_collectreport(self, report):
                if report.failed:
                    failure(report, "could not collect: ")
        sys.exit(pytest.main(["-q", "-p", "no:cacheprovider", "--continue-on-collection-errors"] + sys.argv[2:], plugins=[Report()]))
        """#
}
