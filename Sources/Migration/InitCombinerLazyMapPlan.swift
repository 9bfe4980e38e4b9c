import PythonSource

/// What merging a source lazy map into the target's changes: entries to add after
/// their nearest shared entry, values to take from the source (the base says only it
/// changed them), and values in conflict. Offsets are the target file's.
struct InitCombinerLazyMapPlan {
    typealias Entry = InitCombinerLazyMap.Entry

    let target: InitCombinerLazyMap
    let base: InitCombinerLazyMap?
    /// Source entries to add, each after a target entry (nil: after the last one).
    private(set) var additions: [(after: Int?, entry: Entry)] = []
    /// Target entries the source maps to another module, for the user to decide.
    private(set) var conflicts: [(mine: Int, theirs: Entry)] = []
    /// Target entries that take the source's module: only the source changed it.
    private(set) var taken: [(mine: Int, theirs: Entry)] = []
    private(set) var notes: [String] = []

    init(target: InitCombinerLazyMap, base: InitCombinerLazyMap?) {
        self.target = target
        self.base = base
    }

    var isEmpty: Bool { additions.isEmpty && conflicts.isEmpty && taken.isEmpty }

    mutating func add(_ entries: [Entry]) {
        var previous: Int?
        var seen = Set(target.entries.map { InitCombinerNames.key($0.key) })
        for entry in entries {
            let key = InitCombinerNames.key(entry.key)
            if let index = target.entries.firstIndex(where: { InitCombinerNames.key($0.key) == key }) {
                previous = index
                if target.entries[index].module != entry.module { change(index, to: entry) }
                continue
            }
            guard seen.insert(key).inserted else { continue }
            if baseModule(of: key) == entry.module {
                notes.append("not added to \(target.name): \(entry.key), which the target removed since the base")
                continue
            }
            additions.append((previous, entry))
        }
    }

    private func baseModule(of key: String) -> String? {
        base?.entries.first { InitCombinerNames.key($0.key) == key }?.module
    }

    private mutating func change(_ index: Int, to entry: Entry) {
        let before = baseModule(of: InitCombinerNames.key(entry.key))
        if before == entry.module { return }
        if before == target.entries[index].module {
            taken.append((index, entry))
            notes.append("took the source's module for \(entry.key) in \(target.name):"
                + " only the source changed it since the base")
            return
        }
        conflicts.append((index, entry))
    }

    /// The target map's `unit` of `file` with the additions, and with the source's
    /// values of conflicting keys when `sourceValues`.
    func text(of unit: InitCombinerUnit, in file: InitCombinerFile, ending: [UInt8], sourceValues: Bool) -> [UInt8] {
        var changes: [(range: Range<Int>, bytes: [UInt8])] = []
        for (index, entry) in taken + (sourceValues ? conflicts : []) {
            changes.append((target.entries[index].valueRange, Array(entry.value.utf8)))
        }
        var groups: [(after: Int?, entries: [Entry])] = []
        for addition in additions {
            if let last = groups.indices.last, groups[last].after == addition.after {
                groups[last].entries.append(addition.entry)
            } else {
                groups.append((addition.after, [addition.entry]))
            }
        }
        changes += groups.map { insertion($0.entries, after: $0.after, in: file, ending: ending) }
        var result = Array(file.text(of: unit))
        let start = unit.lines.lowerBound
        // From the end, so earlier offsets stay valid; at one offset, later changes first.
        let ordered = changes.enumerated().sorted {
            ($0.element.range.lowerBound, $0.offset) > ($1.element.range.lowerBound, $1.offset)
        }
        for (_, change) in ordered {
            result.replaceSubrange((change.range.lowerBound - start)..<(change.range.upperBound - start), with: change.bytes)
        }
        return result
    }

    /// Where and how entries go: on lines of their own when the neighbour has one,
    /// else `, "key": ".module"` after it; into `{}` for an empty map.
    private func insertion(_ entries: [Entry], after index: Int?, in file: InitCombinerFile,
                           ending: [UInt8]) -> (range: Range<Int>, bytes: [UInt8]) {
        let pairs = entries.map { "\($0.keyText): \($0.value)" }
        guard let neighbour = index.map({ target.entries[$0] }) ?? target.entries.last else {
            return (target.openBrace..<target.openBrace, Array(pairs.joined(separator: ", ").utf8))
        }
        let lines = file.analysis.source.lines
        let line = lines.range(ofLine: lines.line(containing: neighbour.range.lowerBound))
        let indent = file.bytes[line.lowerBound..<neighbour.range.lowerBound]
        let ownLine = indent.allSatisfy { $0 == 0x20 || $0 == 0x09 }
        if ownLine && endsLineWithComma(file.bytes, from: neighbour.range.upperBound) {
            let text = pairs.flatMap { Array(indent) + Array($0.utf8) + [UInt8(ascii: ",")] + ending }
            return (line.upperBound..<line.upperBound, text)
        }
        let end = neighbour.range.upperBound
        return (end..<end, Array(pairs.map { ", " + $0 }.joined().utf8))
    }

    /// Whether only a comma, spaces and perhaps a comment follow `offset` on its line.
    private func endsLineWithComma(_ bytes: [UInt8], from offset: Int) -> Bool {
        var sawComma = false
        for byte in bytes[offset...] {
            switch byte {
            case 0x20, 0x09: continue
            case UInt8(ascii: ",") where !sawComma: sawComma = true
            case UInt8(ascii: "#"), 0x0A, 0x0D: return sawComma
            default: return false
            }
        }
        return false
    }
}
