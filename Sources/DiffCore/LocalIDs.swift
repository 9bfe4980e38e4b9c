/// Renumbers the line ids of two small stretches of text densely from 0, so that a
/// diff of them costs in proportion to their length, not to the number of distinct
/// lines in the whole texts (the diff keeps tables indexed by id).
///
/// One value serves many stretches: its table, as large as the whole id space, is
/// allocated once and only the entries a stretch used are reset after it.
struct LocalIDs {
    private let classCount: Int
    /// Local id of each global id, or -1; empty until first used.
    private var table: [Int32] = []
    /// The global ids the current stretch renumbered, in order of first use.
    private var used: [Int32] = []

    init(classCount: Int) {
        self.classCount = classCount
    }

    /// `old` and `new` with ids renumbered alike, and the number of ids used.
    mutating func renumber(
        _ old: ArraySlice<Int32>, _ new: ArraySlice<Int32>
    ) -> (old: [Int32], new: [Int32], classCount: Int) {
        // The table is allocated on first use: most merges refine nothing.
        if table.isEmpty { table = [Int32](repeating: -1, count: classCount) }
        let renumberedOld = old.map { local($0) }
        let renumberedNew = new.map { local($0) }
        let count = used.count
        for id in used { table[Int(id)] = -1 }
        used.removeAll(keepingCapacity: true)
        return (renumberedOld, renumberedNew, count)
    }

    private mutating func local(_ id: Int32) -> Int32 {
        let slot = Int(id)
        if table[slot] < 0 {
            table[slot] = Int32(used.count)
            used.append(id)
        }
        return table[slot]
    }
}
