import Foundation

/// Whether a moved tree still imports: the goal of a move is code that runs, and LibCST's
/// rename does not always give that, so the table counts importable modules for each tool.
///
/// The check runs in the tree's own interpreter with `sys.path` replaced by the tree (and
/// its `lib-dynload`), so a leftover `import email` cannot be satisfied by the system copy.
/// `-B` keeps bytecode out of the trees: the pristine copy is reused by later runs.
struct MoveImportCheck {
    let runner: ProcessRunner
    let python: String
    let scratchFolder: String

    /// The modules that count: every module of the moved package (under its new name) and
    /// every module outside it that imports it, minus those that fail to import even in the
    /// untouched copy (missing `tkinter`, platform-only code) — they say nothing of a tool.
    struct Candidates {
        let names: [String]
        /// Modules skipped because they already fail before the move.
        let failingBefore: Int
    }

    /// Lists and tries the candidates in `pristine`, where the old name still applies.
    func candidates(pristine: String, old: String, new: String) throws -> Candidates {
        let run = runner.run(python, ["-I", "-B", "-S", "-W", "ignore", "-c", Self.script, "list", pristine, old, new],
                             keepOutput: true, timeout: 600)
        let lines = String(decoding: run.output, as: UTF8.self).split(separator: "\n").map(String.init)
        guard run.exitCode == 0, let first = lines.first, first.hasPrefix("candidates "),
              let total = Int(first.dropFirst("candidates ".count)) else {
            throw BenchError("move: listing the modules to import failed: \(run.errorText.prefix(300))")
        }
        let names = Array(lines.dropFirst())
        return Candidates(names: names, failingBefore: total - names.count)
    }

    /// How many of `names` import in `tree`, and the first failure (`module: error`).
    func check(tree: String, names: [String]) -> (imported: Int, firstFailure: String?) {
        let listFile = scratchFolder + "/move-import-names"
        guard (try? names.joined(separator: "\n").write(toFile: listFile, atomically: true, encoding: .utf8)) != nil else {
            return (0, "cannot write \(listFile)")
        }
        let run = runner.run(python, ["-I", "-B", "-S", "-W", "ignore", "-c", Self.script, "check", tree, listFile],
                             keepOutput: true, timeout: 600)
        let lines = String(decoding: run.output, as: UTF8.self).split(separator: "\n")
        guard run.exitCode == 0, let first = lines.first, first.hasPrefix("ok "),
              let imported = Int(first.dropFirst(3)) else {
            return (0, "import check failed: \(run.errorText.prefix(200))")
        }
        return (imported, lines.dropFirst().first.map { String($0.dropFirst("fail ".count)) })
    }

    /// `list TREE OLD NEW`: prints `candidates K`, then each candidate that imports (under
    /// its post-move name). `check TREE FILE`: prints `ok N`, then `fail module: error` lines.
    /// One process for all imports (a process each would cost more than the move); each
    /// import gets 30 s so a module that waits on something cannot stall the benchmark.
    static let script = #"""
import os, re, signal, sys
mode, tree = sys.argv[1], sys.argv[2]
sys.path[:] = [tree, os.path.join(tree, "lib-dynload")]
for loaded, module in list(sys.modules.items()):  # packages loaded before: find submodules in the tree
    if hasattr(module, "__path__") and os.path.isdir(os.path.join(tree, *loaded.split("."))):
        module.__path__ = [os.path.join(tree, *loaded.split("."))]
def alarm(*_): raise TimeoutError("import took more than 30 s")
signal.signal(signal.SIGALRM, alarm)
def attempt(name):
    signal.alarm(30)
    try:
        __import__(name)
        return None
    except BaseException as error:
        return "%s: %s" % (type(error).__name__, str(error).splitlines()[0][:160] if str(error) else "")
    finally:
        signal.alarm(0)
def module_name(relative):
    parts = relative[:-3].split(os.sep)
    if parts[-1] == "__init__": parts.pop()
    ok = parts and all(p.isidentifier() for p in parts)
    return ".".join(parts) if ok else None
if mode == "list":
    old, new = sys.argv[3], sys.argv[4]
    old_folder = os.path.join(tree, *old.split("."))
    pattern = re.compile(r"^[ \t]*(?:from|import)[ \t]+" + re.escape(old) + r"\b", re.M)
    moved, importers = [], []
    for folder, subfolders, files in os.walk(tree):
        subfolders[:] = sorted(d for d in subfolders if d not in ("__pycache__", "site-packages", "dist-packages"))
        for file in sorted(files):
            if not file.endswith(".py"): continue
            path = os.path.join(folder, file)
            name = module_name(os.path.relpath(path, tree))
            if name is None: continue
            if path.startswith(old_folder + os.sep) or path == old_folder + ".py":
                moved.append(name)
            else:
                with open(path, encoding="utf-8", errors="replace") as handle:
                    if pattern.search(handle.read()): importers.append(name)
    print("candidates %d" % (len(moved) + len(importers)))
    for name in moved + importers:
        if attempt(name) is None:
            print(new + name[len(old):] if name in moved else name, flush=True)
else:
    with open(sys.argv[3]) as handle:
        names = [line for line in handle.read().split("\n") if line]
    failures = [(name, error) for name in names for error in [attempt(name)] if error]
    print("ok %d" % (len(names) - len(failures)))
    for name, error in failures: print("fail %s: %s" % (name, error))
"""#
}
