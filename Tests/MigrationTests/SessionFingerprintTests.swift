import Migration
import Testing

/// The hunk fingerprint is stored in session files, so it must never change.
@Suite struct SessionFingerprintTests {
    @Test func aFixedInputHasAFixedDigest() {
        // Computed independently (Python, FNV-1a 64 over length-prefixed parts).
        let parts = ["x = 1\n", "x = 2\n", "x = 3\n"].map { Array($0.utf8) }
        #expect(HunkKey.fingerprint(parts: parts) == "f6812ef06d639014")
        #expect(HunkKey.fingerprint(parts: []) == "cbf29ce484222325")
    }

    @Test func partBoundariesMatter() {
        let ab = HunkKey.fingerprint(parts: [Array("ab".utf8), Array("c".utf8)])
        let bc = HunkKey.fingerprint(parts: [Array("a".utf8), Array("bc".utf8)])
        #expect(ab == "7e60470bf599cad6")
        #expect(ab != bc)
        #expect(HunkKey.fingerprint(parts: []) != HunkKey.fingerprint(parts: [[]]))
    }

    @Test func isSixteenLowercaseHexDigits() {
        for text in ["", "a", "\u{0}", "zzz\r\n"] {
            let digest = HunkKey.fingerprint(parts: [Array(text.utf8)])
            #expect(digest.count == 16)
            #expect(digest.allSatisfy { "0123456789abcdef".contains($0) })
        }
    }
}
