import Curses
import MergeUI
import Testing

/// Theme colours stepped down to what a terminal has, and the depth a terminal offers.
@Suite struct ColorDepthMappingTests {
    @Test func twoHundredFiftySixColoursKeepIndicesAndPlaceRGBOnTheCubeOrGreys() {
        #expect(ColorDepthMapping.index(of: .indexed(200), at: .indexed256) == 200)
        #expect(ColorDepthMapping.index(of: .rgb(255, 0, 0), at: .indexed256) == 196)
        #expect(ColorDepthMapping.index(of: .rgb(0, 0, 0), at: .indexed256) == 16)
        #expect(ColorDepthMapping.index(of: .rgb(0x80, 0x80, 0x80), at: .indexed256) == 244)
        #expect(ColorDepthMapping.index(of: .rgb(0x5f, 0x87, 0xaf), at: .indexed256) == 67)
        #expect(ColorDepthMapping.index(of: .rgb(0x5f, 0x87, 0xaf), at: .trueColor) == 67, "truecolor answers as 256")
    }

    @Test func sixteenColoursTakeTheNearestNamedColour() {
        #expect(ColorDepthMapping.index(of: .indexed(12), at: .sixteen) == 12)
        #expect(ColorDepthMapping.index(of: .indexed(196), at: .sixteen) == 9, "bright red of the cube → bright red")
        #expect(ColorDepthMapping.index(of: .rgb(0, 0, 0x80), at: .sixteen) == 4)
        #expect(ColorDepthMapping.index(of: .rgb(0xee, 0xee, 0xee), at: .sixteen) == 7)
    }

    @Test func eightColoursFoldBrightOntoNormal() {
        #expect(ColorDepthMapping.index(of: .indexed(3), at: .eight) == 3)
        #expect(ColorDepthMapping.index(of: .indexed(11), at: .eight) == 3)
        #expect(ColorDepthMapping.index(of: .indexed(15), at: .eight) == 7)
        #expect(ColorDepthMapping.index(of: .rgb(0, 0xc0, 0), at: .eight) == 2)
        #expect(ColorDepthMapping.index(of: .indexed(46), at: .eight) == 2, "cube green → green")
    }

    @Test func noColoursGiveNoIndex() {
        for color in [ThemeColor.indexed(1), .indexed(200), .rgb(1, 2, 3)] {
            #expect(ColorDepthMapping.index(of: color, at: .none) == nil)
        }
    }

    @Test func depthFollowsNoColorAndTheColourCount() {
        #expect(ColorDepthMapping.depth(noColor: "1", hasColors: true, colors: 256) == .none)
        #expect(ColorDepthMapping.depth(noColor: "", hasColors: true, colors: 256) == .indexed256, "an empty NO_COLOR does not count")
        #expect(ColorDepthMapping.depth(noColor: nil, hasColors: false, colors: 0) == .none)
        #expect(ColorDepthMapping.depth(noColor: nil, hasColors: true, colors: 16_777_216) == .indexed256)
        #expect(ColorDepthMapping.depth(noColor: nil, hasColors: true, colors: 88) == .sixteen)
        #expect(ColorDepthMapping.depth(noColor: nil, hasColors: true, colors: 8) == .eight)
    }
}
