import PythonSource

/// Where lines are added to the target: after a unit both versions have, at the end of
/// a group (imports, `__future__` imports), at the top, or at the end.
extension InitCombiningPass {
    /// Before the target's first statement, after its BOM.
    var headOffset: Int {
        let start = target.analysis.source.hasByteOrderMark ? 3 : 0
        return max(start, target.units.first?.lines.lowerBound ?? target.bytes.count)
    }

    /// After the target's `__future__` imports, else after its docstring, else the head.
    var futuresEndOffset: Int {
        if let last = target.lastIndex(where: { if case .future = $0.kind { true } else { false } }) {
            return target.units[last].lines.upperBound
        }
        if let docstring = target.docstringIndex { return target.units[docstring].lines.upperBound }
        return headOffset
    }

    /// After the nearest unit both versions have; without one, after the target's last
    /// import for an import, else at the end of the file.
    func offset(afterGroup isImport: Bool) -> Int {
        if let anchor { return target.units[anchor].lines.upperBound }
        guard isImport else { return target.bytes.count }
        if let last = target.lastIndex(where: { $0.importStatement != nil }) {
            return target.units[last].lines.upperBound
        }
        return futuresEndOffset
    }
}
