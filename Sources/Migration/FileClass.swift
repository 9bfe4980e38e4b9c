/// What a scan found for one relative path, in the words of the design's step 1.
///
/// The raw values are the names the report and `--json` use.
public enum FileClass: String, Sendable, CaseIterable, Comparable {
    /// A: only SOURCE has it; it is copied into the target.
    case sourceOnly = "source-only"
    /// A source-only module whose definitions the target has elsewhere (`MovedModuleFinder`; the scan does not ask it yet).
    case moved
    /// B: both trees have it and the contents differ; it is merged.
    case conflict
    /// C: only TARGET has it; it is kept as it is.
    case targetOnly = "target-only"
    /// Byte-identical in both trees: nothing to do.
    case same
    /// Matched an exclude pattern: neither read nor compared (a folder is not entered).
    case excluded

    public static func < (left: FileClass, right: FileClass) -> Bool {
        allCases.firstIndex(of: left)! < allCases.firstIndex(of: right)!
    }
}
