import ConvergeTestSupport
import Foundation
import Migration
import Testing

/// The `--root` default: the git top level, else the folder above SOURCE's outermost package.
@Suite struct ProjectRootTests {
    @Test func insideGitTheRootIsTheTopLevel() throws {
        let repository = try BaseRepository()
        try repository.write("backtester_v2/market_regime/__init__.py", "")
        #expect(ProjectRoot.find(source: repository.sourcePath) == repository.top)
        #expect(ProjectRoot.find(source: repository.folder.path) == repository.top)
    }

    @Test func outsideGitTheRootHoldsTheOutermostPackage() throws {
        let plain = try BaseRepository(git: false)
        try plain.write("project/backtester_v2/__init__.py", "")
        try plain.write("project/backtester_v2/market_regime/__init__.py", "")
        try plain.write("project/plain/mod.py", "")
        try plain.write("__init__.py", "")
        let project = BaseRepository.realPath(plain.folder.file("project"))
        #expect(ProjectRoot.find(source: plain.folder.file("project/backtester_v2/market_regime")) == project)
        #expect(ProjectRoot.find(source: plain.folder.file("project/backtester_v2")) == project)
        // Not a package itself: it is a top-level one. And `project` without an
        // `__init__.py` breaks the run, so the `__init__.py` above it does not count.
        #expect(ProjectRoot.find(source: plain.folder.file("project/plain")) == project)
    }

    @Test func theRootIsARealPath() throws {
        let plain = try BaseRepository(git: false)
        try plain.write("project/backtester_v2/__init__.py", "")
        try plain.write("project/backtester_v2/market_regime/__init__.py", "")
        try FileManager.default.createSymbolicLink(
            atPath: plain.folder.file("link"), withDestinationPath: plain.folder.file("project"))
        let found = ProjectRoot.find(source: plain.folder.file("link/backtester_v2/market_regime/"))
        #expect(found == BaseRepository.realPath(plain.folder.file("project")))
        #expect(!found.hasSuffix("/link"))
    }
}
