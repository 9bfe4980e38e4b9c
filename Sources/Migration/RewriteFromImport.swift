import PythonSource

/// Proposals for `from M import a, b` statements: `M` is resolved in the old layout
/// (relative dots against the file's old place), each imported name that is a
/// submodule is followed to its own new place, and the statement is written back
/// from the file's new place in its own style.
///
/// When all names land in one package only the module path changes. When they land
/// in several (`from backtester_v2 import core, market_regime`), the statement is
/// split, one statement per package, in the order the names came.
struct RewriteFromImport {
    let file: RewriteFile
    let layout: RewriteLayout
    /// What each old module defines, to tell a package's attribute from its submodule.
    let modules: RewriteModuleDefinitions
    /// Whether rewritten relative imports stay relative or become absolute (case 31).
    var style = RewriteImportStyle()

    /// The names of one new statement: the package they come from after the moves.
    struct Group {
        var module: ModuleName
        var names: [(entry: ImportedName, newName: String)] = []
    }

    func proposals(for statement: ImportStatement) -> [Proposal] {
        guard let target = oldTarget(of: statement) else { return [] }
        let groups = self.groups(of: statement, target: target)
        let renamed = groups.contains { $0.names.contains { $0.entry.name.text != $0.newName } }
        let flags = cycleFlag(statement, target: target, groups: groups).map { [$0] } ?? []
        if groups.count == 1 && !renamed {
            return pathProposals(statement, target: target, module: groups[0].module) + flags
        }
        let separator = file.indentation(before: statement.range.lowerBound)
            .map { file.lineEnding(after: statement.range.lowerBound) + $0 } ?? "; "
        func split(absolute: Bool) -> String {
            groups.indices.map { render(groups[$0], of: statement, target: target, isFirst: $0 == 0, absolute: absolute) }
                .joined(separator: separator)
        }
        let kept = split(absolute: false), absolute = split(absolute: true)
        var result = [file.proposal(statement.range, after: kept, kind: .code,
                                    reason: "the names of \(target) now live in different packages, so the import is split")]
        if absolute != kept {
            // The same split with the rewritten relative paths spelled absolute: the optional group of case 31.
            var alternative = file.proposal(statement.range, after: absolute, kind: .code, reason: RewriteImportStyle.groupReason)
            alternative.isOptional = true
            result.append(alternative)
        }
        return result + flags
    }

    /// A package's `__init__` that, after the move, imports a module inside itself
    /// (`strategies/__init__.py` importing `strategies.market_regime`): importing
    /// anything below the package runs this import first, a risk of import cycles.
    private func cycleFlag(_ statement: ImportStatement, target: ModuleName, groups: [Group]) -> Proposal? {
        guard let old = file.oldLocation, let new = file.newLocation, new.isPackage, !target.hasPrefix(old.name),
              let inside = groups.first(where: { $0.module.hasPrefix(new.name) && $0.module != new.name })
        else { return nil }
        return file.proposal(statement.range, after: file.text(statement.range), kind: .flag,
                             reason: "\(new.name)/__init__ now imports its own child \(inside.module); "
                                + "if that module imports \(new.name) in turn, one of them sees a partly initialised module")
    }

    /// The absolute module the statement reads from, in the old layout.
    private func oldTarget(of statement: ImportStatement) -> ModuleName? {
        if !statement.isRelative { return statement.module?.moduleName }
        guard let location = file.oldLocation else { return nil }
        return try? statement.fromModule(in: location)
    }

    /// The names by the package they come from after the moves, in order of first use.
    private func groups(of statement: ImportStatement, target: ModuleName) -> [Group] {
        let newTarget = layout.moves.resolved(target)
        var groups = statement.star == nil ? [] : [Group(module: newTarget)]
        for entry in statement.names {
            let full = target.appending(entry.name.moduleName)
            var module = newTarget, newName = entry.name.text
            if layout.isModule(full), !isAttribute(entry.name.text, of: target),
               let moved = layout.moves.mapped(full), let parent = moved.parent {
                module = parent
                newName = moved.lastPart ?? newName
            }
            if let index = groups.firstIndex(where: { $0.module == module }) {
                groups[index].names.append((entry, newName))
            } else {
                groups.append(Group(module: module, names: [(entry, newName)]))
            }
        }
        return groups.isEmpty ? [Group(module: newTarget)] : groups
    }

    /// Whether `target` itself binds `name` (not by importing it): Python then finds
    /// the attribute before it looks for a submodule, so the name stays with `target`.
    private func isAttribute(_ name: String, of target: ModuleName) -> Bool {
        modules.definitions(of: target)?.contains { $0.name == name && $0.kind != .import } ?? false
    }

    /// The proposals that rewrite only the module path: none when it stays.
    private func pathProposals(_ statement: ImportStatement, target: ModuleName, module: ModuleName) -> [Proposal] {
        guard module != target || file.moves && statement.isRelative else { return [] }
        let reason = "imports from \(target), which is \(module) after the move"
        if !statement.isRelative, let written = statement.module {
            let parts = written.parts
            if module == layout.moves.resolved(target), let move = layout.moves.move(containing: target) {
                let edit = RewriteDottedPath.edit(Array(parts[..<move.old.parts.count]), to: move.new.parts, in: file.bytes)
                return [file.proposal(edit.range, after: edit.after, kind: .code, reason: reason)]
            }
            let edit = RewriteDottedPath.edit(parts, to: module.parts, in: file.bytes)
            return [file.proposal(edit.range, after: edit.after, kind: .code, reason: reason)]
        }
        let spelling = self.spelling(of: module, in: statement)
        guard statement.relativeDots != nil, spelling != statement.fromText else { return [] }
        // Only a relative rewrite can be spelled absolute instead; one that is already
        // absolute (another top-level package) has no alternative to offer.
        let kept = continuedEdit(statement, spelling: spelling)
            .map { file.proposal($0.range, after: $0.after, kind: .code, reason: reason) }
            ?? replacement(statement, spelling: spelling, reason: reason)
        guard spelling.hasPrefix(".") else { return [kept] }
        var absolute = replacement(statement, spelling: module.description, reason: RewriteImportStyle.groupReason)
        if style.writesAbsolute(spelling) { return [absolute] }
        absolute.isOptional = true
        return [kept, absolute]
    }

    /// Replaces a relative statement's dots and module with `spelling`, adding the space
    /// that `from.x` needs once the path no longer starts with a dot.
    private func replacement(_ statement: ImportStatement, spelling: String, reason: String) -> Proposal {
        let start = statement.relativeDots?.range.lowerBound ?? statement.range.lowerBound
        let range = start..<(statement.module?.range.upperBound ?? statement.relativeDots?.range.upperBound ?? start)
        let before = range.lowerBound > 0 ? file.bytes[range.lowerBound - 1] : 0x20
        let needsSpace = !spelling.hasPrefix(".") && before != 0x20 && before != 0x09
        return file.proposal(range, after: (needsSpace ? " " : "") + spelling, kind: .code, reason: reason)
    }

    /// A relative path broken by a continuation (`from .\` + newline + `    market_regime`):
    /// only its module parts change when its dots stay, only its dots when its parts
    /// stay, and both around the continuation when both change, so the continuation
    /// stays; nil when the new spelling is absolute.
    private func continuedEdit(_ statement: ImportStatement, spelling: String) -> (range: Range<Int>, after: String)? {
        let dots = spelling.prefix { $0 == "." }
        let parts = spelling.dropFirst(dots.count).split(separator: ".").map(String.init)
        guard let written = statement.module, let writtenDots = statement.relativeDots,
              file.bytes[writtenDots.range.lowerBound..<written.range.upperBound].contains(where: { $0 == 0x0A || $0 == 0x0D })
        else { return nil }
        if dots.count == statement.level && !parts.isEmpty {
            return RewriteDottedPath.edit(written.parts, to: parts, in: file.bytes)
        }
        // A moved file's import that only gains or loses dots.
        if parts == written.parts.map(\.text) { return (writtenDots.range, String(dots)) }
        guard !dots.isEmpty, !parts.isEmpty else { return nil }
        // Both change: the new dots, the bytes between the dots and the path as written
        // (the continuation), then the path with only its changed parts replaced.
        let edit = RewriteDottedPath.edit(written.parts, to: parts, in: file.bytes)
        let middle = file.text(writtenDots.range.upperBound..<edit.range.lowerBound)
        let tail = file.text(edit.range.upperBound..<written.range.upperBound)
        return (writtenDots.range.lowerBound..<written.range.upperBound, String(dots) + middle + edit.after + tail)
    }

    /// `module` as written after `from` in the statement's style, from the file's new
    /// place: relative with the fewest dots that reach it, or absolute when no
    /// relative import can (a different top-level package).
    private func spelling(of module: ModuleName, in statement: ImportStatement) -> String {
        guard statement.isRelative, let location = file.newLocation,
              let relative = RelativeImport.minimalSpelling(of: module, from: location.name, isPackage: location.isPackage)
        else { return module.description }
        return relative.description
    }

    /// One statement of a split: `from M import a as b, c`, or in parentheses with the
    /// statement's own lines when it was written that way (`RewriteSplitLines`).
    ///
    /// A rewritten relative path is spelled absolute when `absolute` asks (the optional
    /// group) or the project's TID252 ban would reject it; a group that keeps its
    /// package keeps its text as written.
    private func render(_ group: Group, of statement: ImportStatement, target: ModuleName, isFirst: Bool,
                        absolute: Bool) -> String {
        let unchanged = group.module == target && !file.moves
        var from = spelling(of: group.module, in: statement)
        if unchanged, let range = writtenPathRange(of: statement) {
            from = file.text(range)
        } else if from.hasPrefix("."), absolute || style.writesAbsolute(from) {
            from = group.module.description
        }
        let head = (statement.isLazy ? "lazy " : "") + "from \(from) import"
        let names = group.names.map { name, newName in
            let alias = name.alias.map { " as \($0.text)" } ?? (newName != name.name.text ? " as \(name.name.text)" : "")
            return (entry: name, text: newName + alias)
        }
        if !names.isEmpty, let lines = RewriteSplitLines(statement, in: file) {
            return lines.render(head: head, names: names, isFirst: isFirst,
                                lineEnding: file.lineEnding(after: statement.range.lowerBound))
        }
        return head + " " + (names.isEmpty ? "*" : names.map(\.text).joined(separator: ", "))
    }

    private func writtenPathRange(of statement: ImportStatement) -> Range<Int>? {
        let start = statement.relativeDots?.range.lowerBound ?? statement.module?.range.lowerBound
        let end = statement.module?.range.upperBound ?? statement.relativeDots?.range.upperBound
        guard let start, let end else { return nil }
        return start..<end
    }
}
