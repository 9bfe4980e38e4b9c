/// A name the source binds to something else than the target's unit does, waiting to
/// be written: as a conflict region, or, when only the source changed it since the
/// base, as the source's binding in place of the target's.
struct InitCombinerDifference: Sendable {
    var name: String
    /// The source's statement for this name, respelled, in the target's line ends.
    var sourceText: [UInt8]
    /// The base binds the name as the target does, so the source's change is taken.
    var takesSource: Bool
}
