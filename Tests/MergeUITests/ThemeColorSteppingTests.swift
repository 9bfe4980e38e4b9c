import MergeUI
import Testing

/// Colours stepped down to the terminal's depth, against xterm's known palette indices.
@Suite struct ThemeColorSteppingTests {
    @Test(arguments: [
        ("#ff0000", 196), ("#00ff00", 46), ("#0000ff", 21), ("#ffffff", 231), ("#000000", 16),
        ("#ff8700", 208), ("#5f87af", 67), ("#d7d7d7", 188), ("#5f5f5f", 59),
        ("#808080", 244), ("#eeeeee", 255), ("#1c1c1c", 234), ("#303030", 236), ("#080808", 232),
        ("#002b36", 234), ("#268bd2", 32),
    ]) func rgbStepsToTheNearestOf256(hex: String, index: Int) {
        #expect(ThemeColor(name: hex)?.stepped(to: .indexed256) == .indexed(UInt8(index)))
    }

    @Test func paletteIndicesStayAt256AndRgbStaysInTrueColor() {
        #expect(ThemeColor.indexed(100).stepped(to: .indexed256) == .indexed(100))
        #expect(ThemeColor.indexed(9).stepped(to: .indexed256) == .indexed(9))
        #expect(ThemeColor.rgb(1, 2, 3).stepped(to: .trueColor) == .rgb(1, 2, 3))
        #expect(ThemeColor.indexed(200).stepped(to: .trueColor) == .indexed(200))
    }

    @Test(arguments: [
        (ThemeColor.indexed(196), 9), (.indexed(3), 3), (.indexed(244), 8), (.indexed(231), 15), (.indexed(16), 0),
        (.rgb(0x80, 0, 0), 1), (.rgb(0xee, 0xee, 0xee), 7), (.rgb(0x83, 0x94, 0x96), 8), (.rgb(0x00, 0x87, 0x00), 2),
        (.rgb(0x26, 0x8b, 0xd2), 6), (.rgb(0x5c, 0x5c, 0xff), 12),
    ]) func stepsToTheNearestOf16(color: ThemeColor, index: Int) {
        #expect(color.stepped(to: .sixteen) == .indexed(UInt8(index)))
    }

    @Test func eightColoursFoldBrightOntoNormal() {
        #expect(ThemeColor.indexed(9).stepped(to: .eight) == .indexed(1))
        #expect(ThemeColor.indexed(196).stepped(to: .eight) == .indexed(1))
        #expect(ThemeColor.rgb(255, 255, 0).stepped(to: .eight) == .indexed(3))
        #expect(ThemeColor.indexed(4).stepped(to: .eight) == .indexed(4))
        #expect(ThemeColor.indexed(9).isBright && !ThemeColor.indexed(1).isBright)
    }

    @Test func noColourDepthHasNoColours() {
        #expect(ThemeColor.indexed(2).stepped(to: .none) == nil)
        #expect(ThemeColor.rgb(9, 9, 9).stepped(to: .none) == nil)
    }

    @Test func eightColoursKeepBoldAsTheHintOfBright() {
        let style = TextStyle(foreground: .indexed(11), background: .indexed(12)).stepped(to: .eight)
        #expect(style == TextStyle(foreground: .indexed(3), background: .indexed(4), bold: true))
        #expect(TextStyle(foreground: .indexed(2)).stepped(to: .eight) == TextStyle(foreground: .indexed(2)))
        // Bright-black's normal colour is black, the usual screen: the background is dropped.
        #expect(TextStyle(background: .indexed(8)).stepped(to: .eight) == TextStyle())
    }

    @Test func namesAndHexRoundTrip() {
        for index in 0...255 {
            #expect(ThemeColor.indexed(UInt8(index)).themeName == (index < 16 ? ThemeColor.names[index] : String(index)))
        }
        #expect(ThemeColor(name: "bright-cyan") == .indexed(14))
        #expect(ThemeColor(name: "#A0b1C2") == .rgb(0xa0, 0xb1, 0xc2))
        #expect(ThemeColor.rgb(0xa0, 0xb1, 0xc2).themeName == "#a0b1c2")
        for bad in ["blu", "#12345", "#1234567", "#gg0000", "", "Red", "default"] {
            #expect(ThemeColor(name: bad) == nil, "\(bad)")
        }
    }
}

/// The depth detected from the environment and the terminal's colour count.
@Suite struct ThemeDepthTests {
    @Test func noColorWinsWhenSetAndNotEmpty() {
        #expect(ColorDepth.detect(environment: ["NO_COLOR": "1", "COLORTERM": "truecolor"], colors: 256) == .none)
        #expect(ColorDepth.detect(environment: ["NO_COLOR": ""], colors: 256) == .indexed256)
    }

    @Test func colorTermAnnouncesTrueColor() {
        #expect(ColorDepth.detect(environment: ["COLORTERM": "truecolor"], colors: 256) == .trueColor)
        #expect(ColorDepth.detect(environment: ["COLORTERM": "24bit"], colors: 8) == .trueColor)
        #expect(ColorDepth.detect(environment: ["COLORTERM": "yes"], colors: 256) == .indexed256)
    }

    @Test(arguments: [(16_777_216, ColorDepth.trueColor), (88, .sixteen), (256, .indexed256), (16, .sixteen),
                      (8, .eight), (2, .none), (0, .none), (-1, .none)])
    func theTerminalsCountDecidesOtherwise(colors: Int, depth: ColorDepth) {
        #expect(ColorDepth.detect(environment: [:], colors: colors) == depth)
    }
}
