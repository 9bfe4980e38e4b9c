import MergeUI
import Testing

/// Whole themes stepped down: readable at every depth, and the marks that matter stay visible.
@Suite struct ThemeSteppingTests {
    @Test func withoutColoursBackgroundsBecomeReverseVideo() {
        let theme = Theme.builtIn.stepped(to: .none)
        for (role, style) in theme.styles {
            #expect(style.foreground == nil && style.background == nil, "\(role.rawValue)")
        }
        #expect(theme.styles[.selection] == TextStyle(bold: true, reverse: true))
        #expect(theme.styles[.header] == TextStyle(bold: true, reverse: true))
        #expect(theme.styles[.diffAdded] == TextStyle())
        #expect(theme.styles[.diffFiller] == TextStyle(dim: true))
        // Reverse and bold like the selection: underlined as well, to tell them apart.
        #expect(theme.styles[.conflictCurrent] == TextStyle(bold: true, underline: true, reverse: true))
        #expect(theme.style(for: CellStyle(.text, selected: true)) == TextStyle(bold: true, reverse: true))
    }

    @Test func eightColoursShowTheGreyBarsInReverse() {
        let theme = Theme.builtIn.stepped(to: .eight)
        #expect(theme.styles[.footer] == TextStyle(foreground: .indexed(7), reverse: true))
        #expect(theme.styles[.footerKey] == TextStyle(foreground: .indexed(3), bold: true, reverse: true))
        #expect(theme.styles[.selection] == TextStyle(bold: true, reverse: true))
        #expect(theme.styles[.lineNumber] == TextStyle(foreground: .indexed(0), bold: true))
        #expect(theme.styles[.conflictCurrent] == TextStyle(foreground: .indexed(0), background: .indexed(3), bold: true))
        #expect(Theme.builtIn.stepped(to: .sixteen) == Theme.builtIn)
        #expect(Theme.builtIn.stepped(to: .indexed256) == Theme.builtIn)
    }

    @Test func aBackgroundThatBecomesTheScreensIsShownInReverse() throws {
        let solarized = try ThemeLoader.parse(text: """
            [ui.text]
            fg = "#839496"
            bg = "#002b36"
            [ui.selection]
            bg = "#073642"
            [conflict.base]
            fg = "#586e75"
            """, path: "s.toml", name: "s")
        #expect(solarized.stepped(to: .indexed256).styles[.selection] == TextStyle(background: .indexed(235)))
        #expect(solarized.stepped(to: .sixteen).styles[.selection] == TextStyle(reverse: true))
        // At 8 colours base0 becomes black on black: the text falls back to the terminal's
        // colours; the selection's background was the screen's, so it is reversed.
        let eight = solarized.stepped(to: .eight)
        #expect(eight.styles[.text] == TextStyle())
        #expect(eight.styles[.selection] == TextStyle(reverse: true))
        #expect(eight.styles[.conflictBase] == TextStyle(foreground: .indexed(0), bold: true))
    }

    @Test func rolesTakeTheTextsColoursAndTheSelectionKeepsTextVisible() {
        let theme = Theme(name: "t", styles: [
            .text: TextStyle(foreground: .indexed(7), background: .indexed(0)),
            .selection: TextStyle(background: .indexed(8)),
            .lineNumber: TextStyle(foreground: .indexed(8)),
            .diffAdded: TextStyle(foreground: .indexed(2), reverse: true),
        ])
        #expect(theme.style(for: CellStyle(.diffRemoved)) == TextStyle(foreground: .indexed(7), background: .indexed(0)))
        #expect(theme.style(for: CellStyle(.lineNumber)) == TextStyle(foreground: .indexed(8), background: .indexed(0)))
        #expect(theme.style(for: CellStyle(.lineNumber, selected: true)) == TextStyle(foreground: .indexed(7), background: .indexed(8)))
        // A mark with its own background keeps it on the selected row.
        let marked = Theme(name: "m", styles: [
            .selection: TextStyle(background: .indexed(8), bold: true),
            .diffChangedWord: TextStyle(foreground: .indexed(0), background: .indexed(3)),
        ])
        #expect(marked.style(for: CellStyle(.diffChangedWord, selected: true))
            == TextStyle(foreground: .indexed(0), background: .indexed(3), bold: true))
        #expect(marked.style(for: CellStyle(.text, selected: true)) == TextStyle(background: .indexed(8), bold: true))
        let reversed = Theme(name: "r", styles: [.selection: TextStyle(reverse: true), .diffAdded: TextStyle(reverse: true)])
        #expect(reversed.style(for: CellStyle(.diffAdded, selected: true)) == TextStyle(underline: true, reverse: true))
        #expect(reversed.style(for: CellStyle(.text, selected: true)) == TextStyle(reverse: true))
    }

    @Test(arguments: ThemeLoader.shippedNames)
    func everyShippedThemeStaysReadableAndMarksTheSelectionAtEveryDepth(name: String) {
        let full = ThemeLoader.load(name, themesFolder: nil, files: .memory([:])).theme
        for depth in ColorDepth.allCases {
            let theme = full.stepped(to: depth)
            for role in StyleRole.allCases {
                for selected in [false, true] {
                    let look = Look(theme.style(for: CellStyle(role, selected: selected)))
                    #expect(look.foreground != look.background, "\(name) \(depth) \(role.rawValue) selected: \(selected)")
                }
            }
            let text = theme.look(.text), selectedText = theme.look(.text, selected: true)
            let current = theme.look(.conflictCurrent), selectedCurrent = theme.look(.conflictCurrent, selected: true)
            #expect(selectedText != text, "\(name) \(depth): the selection")
            #expect(current != text && current != selectedText, "\(name) \(depth): the current conflict")
            #expect(selectedCurrent != selectedText, "\(name) \(depth): the selected current conflict")
        }
    }

    @Test(arguments: ThemeLoader.shippedNames)
    func everyShippedThemeTellsTheSidesApartWithColours(name: String) {
        let full = ThemeLoader.load(name, themesFolder: nil, files: .memory([:])).theme
        for depth in ColorDepth.allCases where depth != .none || name == "monochrome" {
            let theme = full.stepped(to: depth)
            let sides = [theme.look(.conflictTarget), theme.look(.conflictSource), theme.look(.conflictBase)]
            #expect(Set(sides).count == 3, "\(name) \(depth): target, source, base")
            #expect(theme.look(.diffAdded) != theme.look(.diffRemoved), "\(name) \(depth): added, removed")
            #expect(theme.look(.proposalAccepted) != theme.look(.proposalRejected), "\(name) \(depth): accepted, rejected")
        }
    }
}

/// What a cell looks like on the terminal: the colours it shows (reverse video swaps
/// them; nil colours are the terminal's own) and the modifiers a terminal surely shows.
struct Look: Hashable {
    enum Color: Hashable {
        case themed(ThemeColor)
        case terminalForeground, terminalBackground
    }

    let foreground: Color
    let background: Color
    let bold: Bool
    let underline: Bool
    let italic: Bool

    init(_ style: TextStyle) {
        let foreground = style.foreground.map(Color.themed) ?? .terminalForeground
        let background = style.background.map(Color.themed) ?? .terminalBackground
        (self.foreground, self.background) = style.reverse ? (background, foreground) : (foreground, background)
        bold = style.bold
        underline = style.underline
        italic = style.italic || style.dim
    }
}

extension Theme {
    func look(_ role: StyleRole, selected: Bool = false) -> Look {
        Look(style(for: CellStyle(role, selected: selected)))
    }
}
