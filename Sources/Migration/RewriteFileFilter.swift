import PythonSource

/// Tells, from a Python file's path and bytes alone, that the planner would propose
/// nothing in it, so the file is neither analysed nor planned: in a project that holds a
/// large copy of a package, most files never name a moved module.
///
/// Every proposal starts from a name that a move covers, reached in one of two ways:
/// - written in the file: an absolute import, a dotted string or a mention in text
///   starts with a move's first old part, and an import under a second name
///   (`import corpus.mod` for a move of `pkg.corpus`) holds the rest of the move's old
///   name, its last part included; so the bytes hold one of those parts;
/// - resolved from the file's place: a relative import (or string) names a module in the
///   file's own top-level package, a file moves only when its name starts with a moved
///   one, and a stub tree (`stubs/pkg/mod.pyi`) mirrors a moved name in its tail; so a
///   part of the file's module name is a move's first old part.
///
/// Identifiers are compared after Unicode normalisation, which bytes cannot follow, so a
/// file or path with a byte that is not ASCII is always planned, and the filter keeps
/// every file when a move's part is not ASCII.
struct RewriteFileFilter {
    private let layout: RewriteLayout
    /// First and last parts of every move's old name; nil plans every file.
    private let needles: [[UInt8]]?
    private let firstParts: Set<String>
    /// The first parts alone, as bytes; nil with the needles.
    private let firstPartNeedles: [[UInt8]]?
    private static let importModule = Array("import_module".utf8)

    init(layout: RewriteLayout) {
        self.layout = layout
        let olds = layout.moves.moves.map(\.old.parts)
        firstParts = Set(olds.compactMap(\.first))
        // Moves share their first parts: each is searched for once.
        let needles = Array(Set(olds.flatMap { [$0.first ?? "", $0.last ?? ""] }.map { Array($0.utf8) }))
        let isASCII = needles.allSatisfy { !$0.isEmpty && $0.allSatisfy(Self.isASCII) }
        self.needles = isASCII ? needles : nil
        firstPartNeedles = isASCII ? Array(Set(olds.map { Array($0[0].utf8) })) : nil
    }

    /// False only when no proposal can come from the file's dotted-name strings, so its
    /// analysis may leave them out (a fifth of the work): an absolute one and any mention
    /// in text start with a move's first old part, and a relative one counts only as an
    /// argument of `import_module`; an ASCII file without those bytes has neither.
    func needsDottedNameStrings(bytes: [UInt8]) -> Bool {
        guard let firstPartNeedles, bytes.allSatisfy(Self.isASCII) else { return true }
        return ByteSearch.contains(Self.importModule, in: bytes)
            || firstPartNeedles.contains { ByteSearch.contains($0, in: bytes) }
    }

    /// False only when the planner surely proposes nothing for this file.
    func mayNeedRewrites(path: String, bytes: [UInt8]) -> Bool {
        guard let needles, path.utf8.allSatisfy(Self.isASCII), bytes.allSatisfy(Self.isASCII) else { return true }
        if let name = layout.oldLocation(ofPath: path)?.name, name.parts.contains(where: firstParts.contains) {
            return true
        }
        return needles.contains { ByteSearch.contains($0, in: bytes) }
    }

    private static func isASCII(_ byte: UInt8) -> Bool { byte < 0x80 }
}
