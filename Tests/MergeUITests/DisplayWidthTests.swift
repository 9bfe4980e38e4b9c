#if canImport(Glibc)
import Glibc
#endif
import MergeUI
import Testing

/// Our display-width table against glibc's `wcwidth` under `C.UTF-8`, the width ncurses
/// draws with on these machines: a view that measures differently would misalign panes.
@Suite struct DisplayWidthTests {
    typealias WidthFunction = @convention(c) (Int32) -> Int32

    /// glibc's `wcwidth`, found at run time (Glibc's Swift module hides it).
    static let wcwidth: WidthFunction? = {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "wcwidth") else { return nil }
        return unsafeBitCast(symbol, to: WidthFunction.self)
    }()

    @Test func agreesWithGlibcOnEveryAssignedScalar() throws {
        let wcwidth = try #require(Self.wcwidth)
        let previous = String(cString: setlocale(LC_CTYPE, nil))
        try #require(setlocale(LC_CTYPE, "C.UTF-8") != nil)
        defer { setlocale(LC_CTYPE, previous) }
        var disagreements: [String] = []
        for value in UInt32(0x20)...0x3FFFF {
            guard let scalar = Unicode.Scalar(value), scalar.properties.age != nil else { continue }
            let theirs = Int(wcwidth(Int32(value)))
            guard theirs >= 0 else { continue }
            let ours = DisplayWidth.of(scalar)
            if ours != theirs { disagreements.append("U+\(String(value, radix: 16, uppercase: true)) ours \(ours) glibc \(theirs)") }
        }
        #expect(disagreements.isEmpty, "\(disagreements.count) disagreements: \(disagreements.map { String($0.prefix(6)) + String($0.dropFirst(6).filter { $0 != " " }) }.prefix(200))")
    }
}
