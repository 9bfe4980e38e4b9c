import PythonSource

/// Spec case 66: a PEP 562 lazy-import map (`_LAZY = {"ComprehensiveGreeks":
/// ".comprehensive_greeks"}` read by `__getattr__` through
/// `importlib.import_module(_LAZY[name], __name__)`). The map values are relative
/// module names counted from the file's own package, like case 38's literal
/// argument, but they sit in a dict, so nothing ties them to the call but the file.
/// When the file passes `__name__` or `__package__` to `import_module`, each relative
/// string elsewhere in it is resolved from that package, mapped, and written again
/// from the file's new place (`".comprehensive_modules.comprehensive_greeks"` under
/// REGROUP); one the new package cannot reach is flagged by `RewriteRelativeStrings`.
struct RewriteLazyImports {
    let moves: ModuleMoves

    func proposals(in file: RewriteFile) -> [Proposal] {
        guard let old = file.oldLocation, let new = file.newLocation, let anchor = Self.packageArgument(in: file) else {
            return []
        }
        // `import_module(".x", __name__)` counts from the module itself, as if it were a package.
        let package = anchor == "__name__" ? old.name : old.basePackage
        let newPackage = anchor == "__name__" ? new.name : new.basePackage
        let relative = RewriteRelativeStrings(moves: moves)
        return file.analysis.dottedNameStrings.compactMap { string in
            guard string.relativeLevel > 0, string.context == .other else { return nil }
            return relative.proposal(for: string, package: package, newPackage: newPackage, in: file)
        }
    }

    private static let importModule = Array("import_module".utf8)

    /// `__name__` or `__package__` when the file calls `import_module(<not a string>, …)`
    /// with one of them as the package: the sign of a lazy map.
    static func packageArgument(in file: RewriteFile) -> String? {
        // Spares reading every token of the many files that never call it; no text
        // other than these bytes reads as `import_module`.
        guard ByteSearch.contains(Self.importModule, in: file.bytes) else { return nil }
        let source = file.analysis.source
        let tokens = source.significantTokens(in: 0..<source.tokens.count)
        for position in tokens.indices.dropLast(2) where source.text(ofToken: tokens[position]) == "import_module"
            && source.isOperator(tokens[position + 1], "(") && source.tokens[tokens[position + 2]].kind != .string {
            var depth = 0, cursor = position + 1
            while cursor < tokens.count {
                let text = source.text(ofToken: tokens[cursor])
                if ["(", "[", "{"].contains(text) { depth += 1 } else if [")", "]", "}"].contains(text) { depth -= 1 }
                if depth == 0 { break }
                if depth == 1 && text == "," { return packageName(after: cursor, in: tokens, source: source) }
                cursor += 1
            }
        }
        return nil
    }

    /// The package argument after the comma at `comma`: `__name__`, `package=__package__`.
    private static func packageName(after comma: Int, in tokens: [Int], source: TokenizedSource) -> String? {
        let rest = tokens[(comma + 1)...].prefix(3).map { source.text(ofToken: $0) }
        let value = rest.starts(with: ["package", "="]) ? rest.dropFirst(2).first : rest.first
        return value == "__name__" || value == "__package__" ? value : nil
    }
}
