import MergeUI
import Testing

/// The in-memory screen: text is measured by display width and never drawn outside its limits.
@Suite struct ScreenTests {
    @Test func wideCharactersTakeTwoCellsAndAreNeverCutInHalf() {
        var screen = Screen(width: 6, height: 1)
        let used = screen.put("漢字x", x: 0, y: 0)
        #expect(used == 5)
        #expect(screen.textLines == ["漢字x"])
        var narrow = Screen(width: 3, height: 1)
        #expect(narrow.put("漢字", x: 0, y: 0) == 3)
        #expect(narrow.textLines == ["漢"])
        #expect(narrow[2, 0].text == " ")
    }

    @Test func combiningMarksJoinTheirLetterAndControlsShowInCaretNotation() {
        var screen = Screen(width: 10, height: 1)
        #expect(screen.put("e\u{301}a\r", x: 0, y: 0) == 4)
        #expect(screen.textLines == ["e\u{301}a^M"])
    }

    @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var screen = Screen(width: 4, height: 1)
        screen.put("漢字", x: 0, y: 0)
        screen.put("a", x: 1, y: 0)
        #expect(screen.textLines == [" a字"])
    }

    @Test func limitsAndEdgesClipText() {
        var screen = Screen(width: 5, height: 2)
        #expect(screen.put("abcdef", x: 2, y: 1, limit: 2) == 2)
        #expect(screen.put("zz", x: 4, y: 0) == 1)
        #expect(screen.textLines == ["    z", "  ab"])
        #expect(screen.put("q", x: 0, y: 5) == 0)
    }

    @Test func displayWidthsOfCommonScripts() {
        #expect(DisplayWidth.of("abc") == 3)
        #expect(DisplayWidth.of("日本語") == 6)
        #expect(DisplayWidth.of("한국") == 4)
        #expect(DisplayWidth.of("😀") == 2)
        #expect(DisplayWidth.of("\u{301}") == 0)
        #expect(DisplayWidth.of("ｱ") == 1)
        #expect(DisplayWidth.of("Ａ") == 2)
    }
}

extension ScreenTests {
    @Test func aFlagIsTwoColumnsAndALoneRegionalIndicatorOne() {
        #expect(DisplayWidth.of(Character("🇩🇪")) == 2)
        #expect(DisplayWidth.of(Character("\u{1F1E9}")) == 1)
        #expect(DisplayWidth.of(Character("\u{2764}\u{FE0F}")) == 2)
    }
}
