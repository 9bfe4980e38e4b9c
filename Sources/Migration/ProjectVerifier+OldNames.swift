import PythonSource

extension ProjectVerifier {
    /// References to a moved module's old name in one Python file, one per line and
    /// old name: imports (relative ones resolved, `from pkg import old` included),
    /// and, for an old name of two parts or more, dotted names in code (`pkg.old.run()`)
    /// and dotted strings (`mock.patch("pkg.old.x")`). Those at a `path:line` the options
    /// keep are returned apart.
    func oldNameFindings(_ path: String) -> (left: [VerifyFinding], kept: [VerifyFinding]) {
        guard !options.oldModules.isEmpty, let analysis = analyses[path] else { return ([], []) }
        var found: [(line: Int, name: ModuleName)] = []
        let location = index.location(ofPath: path)
        for statement in analysis.imports where statement.problem == nil {
            if statement.kind == .import {
                found += statement.names.map { (statement.line, $0.name.moduleName) }
            } else if let location, let module = try? statement.fromModule(in: location) {
                found.append((statement.line, module))
                found += statement.names.map { (statement.line, module.appending(ModuleName(parts: [$0.name.parts[0].text]))) }
            }
        }
        // Outside imports only full paths count: a one-part old name (`signals`) in code
        // or a string is as likely a local variable or a word.
        let dotted = options.oldModules.filter { $0.parts.count > 1 }
        guard !dotted.isEmpty else { return split(found, path: path) }
        let named = { (name: ModuleName) in dotted.contains { name.hasPrefix($0) } }
        found += Self.dottedNames(in: analysis.source).filter { named($0.name) }
        for string in analysis.dottedNameStrings where string.relativeLevel == 0 && named(string.moduleName) {
            found.append((string.line, string.moduleName))
        }
        return split(found, path: path)
    }

    /// Mentions of an old module in a text file that is not Python (config, docs): its
    /// full dotted or slash path (`pkg.old.run`, `pkg/old/`), found as the rewrite planner
    /// finds them, so a one-part name in prose, too often an ordinary word, never counts.
    func oldNameFindings(inText bytes: [UInt8], path: String) -> (left: [VerifyFinding], kept: [VerifyFinding]) {
        // The mention finder asks for moves; where the modules went does not matter here.
        let moves = ModuleMoves(options.oldModules.map { ModuleMove(old: $0, new: ModuleName(parts: ["moved"] + $0.parts)) })
        var lines = RewriteLineCounter(bytes: bytes)
        let found = RewriteText(moves: moves).mentions(in: bytes, range: 0..<bytes.count).map { (lines.line(at: $0.range.lowerBound), $0.move.old) }
        return split(found, path: path)
    }

    /// The references that name an old module, one per line and old name, parted into
    /// failures and those the options keep.
    private func split(_ found: [(line: Int, name: ModuleName)], path: String) -> (left: [VerifyFinding], kept: [VerifyFinding]) {
        var seen = Set<String>()
        var left: [VerifyFinding] = [], kept: [VerifyFinding] = []
        for (line, name) in found {
            guard let old = options.oldModules.first(where: { name.hasPrefix($0) }), seen.insert("\(line) \(old)").inserted else { continue }
            let finding = VerifyFinding(path: path, line: line, check: .oldName, message: "still names \(old), a moved module's old name")
            if options.keptOldNames.contains("\(path):\(line)") { kept.append(finding) } else { left.append(finding) }
        }
        return (left, kept)
    }

    /// Every chain of names joined by dots in code (`a.b.c`) that is not itself an
    /// attribute of something else (`f().a.b`, `x.a.b` after a `.`), with its line.
    static func dottedNames(in source: TokenizedSource) -> [(line: Int, name: ModuleName)] {
        var chains: [(line: Int, name: ModuleName)] = []
        var parts: [String] = [], line = 0
        var afterDot = false
        func finish() {
            if parts.count > 1 { chains.append((line, ModuleName(parts: parts))) }
            parts = []
        }
        for index in source.tokens.indices where source.tokens[index].kind.isSignificant {
            let token = source.tokens[index]
            if token.kind == .name {
                if afterDot && !parts.isEmpty {
                    parts.append(source.text(ofToken: index))
                } else {
                    finish()
                    if !afterDot {
                        line = token.line
                        parts = [source.text(ofToken: index)]
                    }
                }
                afterDot = false
            } else if source.isOperator(index, ".") {
                if afterDot { finish() }
                afterDot = true
            } else {
                finish()
                afterDot = false
            }
        }
        finish()
        return chains
    }
}
