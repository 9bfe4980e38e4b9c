import PythonSource

/// Combines two versions of a package's `__init__.py` into one (DESIGN step 4).
///
/// The target's text and order are kept byte for byte (line ends, BOM, indentation);
/// the source's extra imports and `__all__` entries are added after their nearest kept
/// neighbour; duplicates are dropped; one docstring (the target's) and the `__future__`
/// imports stay first; a name bound to different things on the two sides becomes a
/// conflict, in git's marker form in the bytes and as an `ExportConflict`.
///
/// Imports are compared by the module they resolve to: relative dots resolved in the
/// package at `location`, then mapped through `moves`, so an import under a module's
/// old name and one under its new name are the same line. Pure: bytes in, bytes out.
public struct InitCombiner: Sendable {
    /// The package whose `__init__.py` is combined; relative imports count from it.
    public var location: ModuleLocation
    public var moves: ModuleMoves

    public init(location: ModuleLocation, moves: ModuleMoves) {
        self.location = location
        self.moves = moves
    }

    /// A combiner for the package named `package`, with no import root (none is read).
    public init(package: ModuleName, moves: ModuleMoves) {
        self.init(location: ModuleLocation(importRoot: ".", name: package, isPackage: true), moves: moves)
    }

    /// The combined file. `base`, the common ancestor when there is one, decides the
    /// differences that only one side made (see `InitCombiningPass`).
    public func combine(target: [UInt8], source: [UInt8], base: [UInt8]? = nil) -> InitCombination {
        let file = { (bytes: [UInt8]) in InitCombinerFile(bytes: bytes, location: location, moves: moves) }
        var pass = InitCombiningPass(
            target: file(target), source: file(source), base: base.map(file), spelling: InitCombinerSpelling(moves: moves))
        return pass.run()
    }
}
