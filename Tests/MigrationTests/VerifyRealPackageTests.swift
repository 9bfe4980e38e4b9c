import ConvergeTestSupport
import DiffCore
import Foundation
@testable import Migration
import Testing

/// No false alarm on large, unmodified packages installed on the machine: sympy and
/// networkx have star imports, module `__getattr__`, lazy loaders, optional imports in
/// `try`/`except ImportError` and `if TYPE_CHECKING:` blocks, so every finding here
/// would be a bug of the verifier. Each is checked as it sits in site-packages, the
/// other installed packages left out (their imports are then not the project's). The
/// standard library adds `os.path` (put into `sys.modules` by `os`), `import
/// pkg.__init__`, and typeshed-style stubs; findings in its own test suites are left out,
/// since they import modules they make at run time and keep Python 2 code as data.
@Suite struct VerifyRealPackageTests {
    /// The folder a package is installed in, or nil when python3 cannot import it (a
    /// machine without it skips that test rather than fail it).
    static func folder(of package: String) -> String? {
        guard let located = try? Subprocess.run("python3", ["-c", "import \(package), os; print(os.path.dirname(\(package).__file__))"]),
              located.status == 0 else { return nil }
        return located.stdoutText.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Two threads, as the command line gives the verifier.
    static let twoThreads = Concurrency { first, second in
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) { second() }
        first()
        group.wait()
    }

    @Test(.enabled(if: folder(of: "sympy") != nil, "sympy is installed"))
    func sympyHasNoFindings() throws { try checkInstalledPackage("sympy") }

    @Test(.enabled(if: folder(of: "networkx") != nil, "networkx is installed"))
    func networkxHasNoFindings() throws { try checkInstalledPackage("networkx") }

    /// Verifies the installed package with paths under its own name, as in site-packages.
    func checkInstalledPackage(_ package: String) throws {
        let folder = try #require(Self.folder(of: package))
        let clock = ContinuousClock()
        let start = clock.now
        let read = try ProjectFiles.read(root: folder)
        let files = ProjectFiles(root: (folder as NSString).deletingLastPathComponent,
                                 python: Dictionary(uniqueKeysWithValues: read.python.map { ("\(package)/\($0.key)", $0.value) }),
                                 others: Dictionary(uniqueKeysWithValues: read.others.map { ("\(package)/\($0.key)", $0.value) }))
        let report = ProjectVerifier(files: files, concurrency: Self.twoThreads).verify()
        let elapsed = clock.now - start
        #expect(files.python.count > 500)
        #expect(report.findings.isEmpty, "\(report.findings.count) findings: \(report.findings.prefix(20).map(\.description))")
        // Generous for a debug build on shared cores; a release build takes a fraction.
        #expect(elapsed < .seconds(60), "\(elapsed) for \(files.python.count) files")
        print("verify \(package): \(files.python.count) Python files in \(elapsed)")
    }

    @Test func theStandardLibraryHasNoFindingsOutsideItsTests() throws {
        let located = try Subprocess.run("python3", ["-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])"])
        let folder = located.stdoutText.trimmingCharacters(in: .whitespacesAndNewlines)
        let tests = ["test/", "lib2to3/tests/", "idlelib/idle_test/"]
        let files = try ProjectFiles.read(root: folder)
        let report = ProjectVerifier(files: files, concurrency: Self.twoThreads).verify()
        let findings = report.findings.filter { finding in !tests.contains { finding.path.hasPrefix($0) } }
        #expect(files.python.count > 500)
        #expect(findings.isEmpty, "\(findings.count) findings: \(findings.prefix(20).map(\.description))")
    }
}
