import PythonSource

/// How the combiner compares Python names: as Python does, after NFKC normalisation
/// (spec case 59), so `ﬁlter` in one version and `filter` in the other are one name
/// rather than an addition that would bind it twice.
enum InitCombinerNames {
    /// The comparison key of a name (or dotted name): equal keys are one binding. Only
    /// for comparing; what is written keeps the spelling of the file it came from.
    static func key(_ name: String) -> String { IdentifierNormalization.comparisonKey(name) }
}
