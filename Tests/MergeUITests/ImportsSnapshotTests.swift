@testable import MergeUI
import Migration
import Testing

/// The body rows of a rendered screen (no tab bar, status line or footer): what the
/// Imports and Apply snapshots compare, so a change to the chrome does not touch them.
func bodyLines(_ screen: Screen) -> [String] {
    Array(screen.textLines[1..<(screen.height - 2)])
}

/// The body's style map: one character per cell (`styleLegend`).
func bodyStyles(_ screen: Screen) -> [String] {
    Array(screen.styleLines(styleLegend)[1..<(screen.height - 2)])
}

/// Lower case for a role, upper case for the same role in the selected row; `.` and
/// `:` for plain text.
func styleLegend(_ style: CellStyle) -> Character {
    let letter: Character = switch style.role {
    case .text: style.isSelected ? ":" : "."
    case .title: "h"
    case .dim: "d"
    case .lineNumber: "n"
    case .proposalBefore: "b"
    case .proposalAfter: "p"
    case .proposalAccepted: "a"
    case .proposalRejected: "r"
    case .proposalFlag: "f"
    case .searchMatch: "s"
    case .status: "u"
    case .error: "e"
    case .warning: "w"
    case .progress: "g"
    case .conflictResolved: "o"
    case .conflictUnresolved: "x"
    case .hunkAutoMerged: "m"
    case .classSourceOnly: "c"
    case .classConflict: "k"
    case .classMoved: "v"
    default: "?"
    }
    return style.isSelected ? Character(letter.uppercased()) : letter
}


/// A state on the demo plan showing `screen`, as after pressing its number key.
func demoState(on screen: ScreenID, session: Session = Session(), height: Int = 30) -> AppState {
    var state = DemoFixture.state(session: session)
    state.bodyRows = AppView.bodyRows(height: height)
    _ = state.handle(.character(Character(String(screen.rawValue))))
    return state
}

/// The Imports screen on the demo plan, the cursor on the first proposal: a header
/// line with the totals, every kind across files, then files, kinds and proposals (a
/// before row and an after row each, the status at the right), and the selected
/// proposal's place and reason at the bottom.
@Suite struct ImportsSnapshotTests {
    /// The demo on the Imports screen with the cursor moved down to the first proposal.
    static func onFirstProposal() -> AppState {
        var state = demoState(on: .imports)
        for _ in 0..<7 { _ = state.handle(.character("j")) }
        return state
    }

    @Test func wideScreen() {
        let screen = DemoFixture.render(Self.onFirstProposal(), width: 100, height: 30)
        expectLines(bodyLines(screen), """
            23 proposals in 9 files  ✓ 15 accepted  ✗ 6 rejected  ! 2 flags
            • every code proposal (13 in 6 files)                                                         ✓10 ✗3
            • every code-string proposal (2 in 2 files)                                                    ✓2 ✗0
            • every config proposal (3 in 1 file)                                                          ✓3 ✗0
            • every docs proposal (3 in 1 file)                                                            ✓0 ✗3
            • every flag proposal (2 in 2 files)                                                              !2
            ▾ backtester_v2/__init__.py                                                                    ✓1 ✗1
              ▾ code (2)                                                                                   ✓1 ✗1
                 3 - from . import market_regime                                                accept (default)
                   + from .strategies import market_regime
                 3 - from . import market_regime                                                off (optional)
                   + from backtester_v2.strategies import market_regime
            ▾ backtester_v2/market_regime/api_handlers.py                                                  ✓1 ✗1
              ▾ code (2)                                                                                   ✓1 ✗1
                 4 - from .regime_signals import trend_strength                                 accept (default)
                   + from .regime_detection import trend_strength
                 4 - from .regime_signals import trend_strength                                 off (optional)
                   + from backtester_v2.strategies.market_regime.regime_detection import trend_strength
            ▾ backtester_v2/strategies/__init__.py                                                      ✓1 ✗1 !1
              ▾ code (2)                                                                                   ✓1 ✗1
                 3 - from ..market_regime.strategy import MarketRegimeStrategy as LegacyMarket  accept (default)
                   + from .market_regime.strategy import MarketRegimeStrategy as LegacyMarketRegimeStrategy
                 3 - from ..market_regime.strategy import MarketRegimeStrategy as LegacyMarket  off (optional)
                   + from backtester_v2.strategies.market_regime.strategy import MarketRegimeStrategy as LegacyM
              ▾ flag (1)                                                                                      !1
                 3 - from ..market_regime.strategy import MarketRegimeStrategy as LegacyMarket  flag
            backtester_v2/__init__.py:3  code · imports from backtester_v2, which is backtester_v2.strategies af
            """)
    }

    @Test func narrowScreen() {
        let screen = DemoFixture.render(Self.onFirstProposal(), width: 60, height: 16)
        expectLines(bodyLines(screen), """
            23 in 9 files  ✓ 15 accepted  ✗ 6 rejected  ! 2 flags
            • every code proposal (13 in 6 files)                 ✓10 ✗3
            • every code-string proposal (2 in 2 files)            ✓2 ✗0
            • every config proposal (3 in 1 file)                  ✓3 ✗0
            • every docs proposal (3 in 1 file)                    ✓0 ✗3
            • every flag proposal (2 in 2 files)                      !2
            ▾ backtester_v2/__init__.py                            ✓1 ✗1
              ▾ code (2)                                           ✓1 ✗1
                 3 - from . import market_regime        accept (default)
                   + from .strategies import market_regime
                 3 - from . import market_regime        off (optional)
                   + from backtester_v2.strategies import market_regime
            backtester_v2/__init__.py:3  code · imports from backtester_
            """)
    }

    /// Totals in their roles; headers titled, counts dim; before, after and status
    /// each in their role; the selected proposal upper case on both its rows.
    @Test func narrowStyles() {
        let screen = DemoFixture.render(Self.onFirstProposal(), width: 60, height: 16)
        expectLines(bodyStyles(screen), """
            hhhhhhhhhhhhhaaaaaaaaaaaaaaarrrrrrrrrrrrrrfffffffffff.......
            ......................................................dddddd
            .......................................................ddddd
            .......................................................ddddd
            .......................................................ddddd
            ..........................................................dd
            hhhhhhhhhhhhhhhhhhhhhhhhhhh............................ddddd
            .......................................................ddddd
            :::::NBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB::::::::AAAAAAAAAAAAAAAA
            ::::::PPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPP::::::::::::::
            .....nbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb........rrrrrrrrrrrrrrrr
            ......ppppppppppppppppppppppppppppppppppppppppppppppppppppp.
            dddddddddddddddddddddddddddddddddddddddddddddddddddddddddddd
            """)
    }

    /// The wide screen's styles where they differ from the narrow one: the status
    /// column of every kind, a flag's status, the detail line.
    @Test func wideStyles() {
        let styles = bodyStyles(DemoFixture.render(Self.onFirstProposal(), width: 100, height: 30))
        expectLines(Array(styles[20...26]), """
            .....nbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb..aaaaaaaaaaaaaaaa
            ......ppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppp.....
            .....nbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb..rrrrrrrrrrrrrrrr
            ......pppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppp
            ..................................................................................................dd
            .....nbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb..ffffffffffffffff
            dddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddd
            """)
    }
}
