@testable import Migration
import PythonSource
import Testing

/// The planner skips Python files that cannot name a moved module (`RewriteFileFilter`).
/// Each case here is a file whose bytes do not hold the moved module's dotted name, yet
/// which must still be planned, next to one that may be skipped.
@Suite struct RewriteFileFilterTests {
    /// `pkg.corpus` → `new.corpus`, with a project that also has an unrelated package.
    static let moves = ModuleMoves([ModuleMove(old: "pkg.corpus", new: "new.corpus")])
    static let paths = ["pkg/__init__.py", "pkg/corpus/__init__.py", "pkg/corpus/mod.py", "other/__init__.py",
                        "other/tool.py", "stubs/pkg/corpus/mod.pyi", "new/__init__.py"]

    static func filter() -> RewriteFileFilter {
        RewriteFileFilter(layout: RewriteLayout(paths: paths, moves: moves))
    }

    static func keeps(_ path: String, _ text: String) -> Bool {
        filter().mayNeedRewrites(path: path, bytes: Array(text.utf8))
    }

    @Test func keepsFilesThatWriteTheOldName() {
        #expect(Self.keeps("other/tool.py", "import pkg.corpus.mod\n"))
        #expect(Self.keeps("other/tool.py", "NAME = 'pkg.corpus.mod.fetch'\n"))
    }

    @Test func keepsRelativeImportsInTheOldTopLevelPackage() {
        // No `pkg` in the bytes: the import resolves to pkg.corpus from pkg/__init__.py.
        #expect(Self.keeps("pkg/__init__.py", "from .corpus import mod\n"))
        #expect(Self.keeps("pkg/corpus/mod.py", "x = 1\n"))
    }

    @Test func keepsImportsUnderASecondName() {
        // `corpus` is pkg/corpus reached through a sys.path entry inside pkg (case 70).
        #expect(Self.keeps("other/tool.py", "import corpus.mod\n"))
    }

    @Test func keepsStubTreesThatMirrorAMovedModule() {
        #expect(Self.keeps("stubs/pkg/corpus/mod.pyi", "def fetch() -> int: ...\n"))
    }

    @Test func keepsFilesWithBytesThatAreNotASCII() {
        // Identifiers are compared after NFKC normalisation, which a byte search cannot follow.
        #expect(Self.keeps("other/tool.py", "import ｐkg.corpus  # fullwidth p\n"))
        #expect(Self.keeps("other/tool.py", "# café\nimport os\n"))
    }

    @Test func skipsFilesThatCannotNameAMovedModule() {
        // Neither `pkg` nor `corpus` in the bytes, and a place outside `pkg`.
        #expect(!Self.keeps("other/tool.py", "import os\nfrom . import helpers\nfrom new.lib import mod\n"))
        #expect(!Self.keeps("new/__init__.py", "from .lib import mod\n"))
    }

    @Test func keepsEveryFileWhenAMovedNameIsNotASCII() {
        let moves = ModuleMoves([ModuleMove(old: "pkg.córpus", new: "new.corpus")])
        let filter = RewriteFileFilter(layout: RewriteLayout(paths: Self.paths, moves: moves))
        #expect(filter.mayNeedRewrites(path: "other/tool.py", bytes: Array("import os\n".utf8)))
    }

    @Test func readsDottedStringsOnlyWhereTheyCanMatter() {
        let filter = Self.filter()
        #expect(filter.needsDottedNameStrings(bytes: Array("patch('pkg.corpus.mod.fetch')\n".utf8)))
        #expect(filter.needsDottedNameStrings(bytes: Array("import_module('.mod', __package__)\n".utf8)))
        #expect(filter.needsDottedNameStrings(bytes: Array("NAME = 'café.mod'\n".utf8)))
        #expect(!filter.needsDottedNameStrings(bytes: Array("NAME = 'other.tool'\n".utf8)))
    }

    /// Through the planner: the skipped files would propose nothing anyway, and the
    /// kept ones still get their proposals.
    @Test func plannerStillRewritesFilesWithoutTheOldName() {
        let tree: [String: [UInt8]] = [
            "pkg/__init__.py": Array("from .corpus import mod\n".utf8),
            "pkg/corpus/__init__.py": [],
            "pkg/corpus/mod.py": Array("x = 1\n".utf8),
            "other/__init__.py": [],
            "other/tool.py": Array("import os\n".utf8),
            "new/__init__.py": [],
        ]
        let proposals = RewritePlanner(files: tree, moves: Self.moves).proposals()
        #expect(proposals.contains { $0.path == "pkg/__init__.py" && $0.kind == .code })
        #expect(!proposals.contains { $0.path == "other/tool.py" })
    }
}
