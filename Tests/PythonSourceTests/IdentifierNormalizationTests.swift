import ConvergeTestSupport
import PythonSource
import Testing

/// Spec case 59: Python NFKC-normalises identifiers, so names that look different can
/// be one binding. Each expectation here was checked with `unicodedata.normalize("NFKC", …)`.
@Suite struct IdentifierNormalizationTests {
    private func same(_ first: String, _ second: String) -> Bool {
        IdentifierNormalization.sameIdentifier(first, second)
    }

    @Test func aLigatureIsItsLetters() {
        #expect(same("\u{FB01}lter", "filter"))
        #expect(IdentifierNormalization.comparisonKey("\u{FB01}lter") == "filter")
    }

    @Test func fullwidthLettersAreAscii() {
        #expect(same("\u{FF26}\u{FF49}\u{FF4C}\u{FF54}\u{FF45}\u{FF52}", "Filter"))
        #expect(same("ｒｅｇｉｍｅ＿ｄｅｔｅｃｔｏｒ", "regime_detector"))
    }

    @Test func mathematicalBoldLettersArePlainLetters() {
        #expect(same("\u{1D41F}\u{1D422}\u{1D425}\u{1D42D}\u{1D41E}\u{1D42B}", "filter"))
        #expect(same("𝐗", "X"))
    }

    @Test func canonicalEquivalentsAreTheSame() {
        #expect(same("caf\u{E9}", "cafe\u{301}"))
        // A canonical decomposition that holds a compatibility character: ẛ is ẛ, and ſ is s.
        #expect(same("\u{1E9B}", "\u{1E61}"))
        #expect(same("\u{212B}ngstr\u{F6}m", "\u{C5}ngstr\u{F6}m"))
    }

    @Test func differentNamesStayDifferent() {
        #expect(!same("filter", "Filter"))
        #expect(!same("\u{3B1}", "a"))
        #expect(!same("fil", "filter"))
        #expect(IdentifierNormalization.comparisonKey("plain_ascii") == "plain_ascii")
    }

    @Test func keysHashAsTheyCompare() {
        let spellings = ["filter", "\u{FB01}lter", "ｆｉｌｔｅｒ", "\u{1D41F}ilter"]
        let names = Set(spellings.map(IdentifierNormalization.comparisonKey))
        #expect(names.count == 1)
    }

    /// Python as the oracle: every character that may continue an identifier and that
    /// NFKC changes must get the key of its NFKC form (one line per character:
    /// `HEX<tab>HEX HEX`, the character and its NFKC form).
    static let oracleScript = """
        import sys, unicodedata
        for cp in range(sys.maxunicode + 1):
            ch = chr(cp)
            if 0xD800 <= cp <= 0xDFFF or not ("a" + ch).isidentifier():
                continue
            nfkc = unicodedata.normalize("NFKC", ch)
            if nfkc != ch:
                print("%X\t%s" % (cp, " ".join("%X" % ord(c) for c in nfkc)))
        """

    @Test(.enabled(if: StandardLibraryTests.library != nil)) func everyIdentifierCharacterMatchesPython() throws {
        let result = try Subprocess.run("python3", ["-c", Self.oracleScript])
        #expect(result.status == 0, "\(result.stderrText)")
        var compared = 0
        for row in result.stdoutText.split(separator: "\n") {
            let fields = row.split(separator: "\t")
            guard fields.count == 2 else { continue }
            let character = text(fields[0]), normalised = fields[1].split(separator: " ").map(text).joined()
            #expect(IdentifierNormalization.sameIdentifier(character, normalised), "U+\(fields[0])")
            compared += 1
        }
        #expect(compared > 1000)
    }

    private func text(_ hex: Substring) -> String {
        UInt32(hex, radix: 16).flatMap(Unicode.Scalar.init).map { String(Character($0)) } ?? ""
    }
}
