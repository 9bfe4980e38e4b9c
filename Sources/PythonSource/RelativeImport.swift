/// Relative-import arithmetic (PEP 328), both ways.
///
/// In `a/b/c.py` (module `a.b.c`) one dot means `a.b`; in `a/b/__init__.py` (package
/// `a.b`) one dot means `a.b` itself: the `__init__` rule, which puts `..` one level
/// higher for an ordinary module than for a package. Each extra dot goes up one package.
/// Matches `importlib.util.resolve_name`.
public enum RelativeImport {
    /// The absolute module that `from <dots><module> import …` names inside `importer`.
    /// Level 0 is an absolute import and gives `module` back.
    public static func resolve(
        level: Int, module: ModuleName?, inPackageOf importer: ModuleName, isPackage: Bool
    ) throws(RelativeImportError) -> ModuleName {
        guard level > 0 else { return module ?? ModuleName(parts: []) }
        let base = isPackage ? importer : (importer.parent ?? ModuleName(parts: []))
        guard !base.isEmpty else { throw RelativeImportError(reason: .noParentPackage, level: level, importer: importer) }
        guard level - 1 < base.parts.count else {
            throw RelativeImportError(reason: .beyondTopLevelPackage, level: level, importer: importer)
        }
        let anchor = ModuleName(parts: Array(base.parts.dropLast(level - 1)))
        return module.map(anchor.appending) ?? anchor
    }

    /// `target` written relative to `importer` with exactly `level` dots, or nil when
    /// that many dots lead to a package that does not contain `target`.
    public static func spelling(
        of target: ModuleName, from importer: ModuleName, isPackage: Bool, level: Int
    ) -> RelativeSpelling? {
        guard level > 0, let anchor = try? resolve(level: level, module: nil, inPackageOf: importer, isPackage: isPackage),
              target.hasPrefix(anchor) else { return nil }
        let rest = ModuleName(parts: Array(target.parts.dropFirst(anchor.parts.count)))
        return RelativeSpelling(level: level, module: rest.isEmpty ? nil : rest)
    }

    /// `target` written relative to `importer` with the fewest dots (through the
    /// closest package that holds both), or nil when they share no top-level package.
    public static func minimalSpelling(
        of target: ModuleName, from importer: ModuleName, isPackage: Bool
    ) -> RelativeSpelling? {
        let base = isPackage ? importer : (importer.parent ?? ModuleName(parts: []))
        for level in stride(from: 1, through: base.parts.count, by: 1) {
            if let found = spelling(of: target, from: importer, isPackage: isPackage, level: level) { return found }
        }
        return nil
    }
}
