import CCurses
import MergeUI

/// How each cell style looks on this terminal: the theme's `TextStyle` turned into
/// ncurses attributes and a colour pair. Pairs are made when a (foreground,
/// background) first shows up and kept, so a theme costs as many pairs as it has
/// distinct colour combinations.
struct CursesPalette {
    /// The theme already stepped to `depth` (`Theme.stepped(to:)`): its colours are
    /// palette indices the terminal has.
    let theme: Theme
    let depth: ColorDepth
    /// Whether the terminal's own colours can be kept (`use_default_colors`): then a
    /// colour the theme leaves unset is -1, else white on black.
    let hasDefaultColors: Bool
    private var pairs: [PairColors: Int16] = [:]
    private var looks: [CellStyle: Look] = [:]
    private let pairLimit: Int

    struct Look {
        let attributes: attr_t
        let pair: Int16
    }

    private struct PairColors: Hashable {
        let foreground: Int
        let background: Int
    }

    init(theme: Theme, depth: ColorDepth, hasDefaultColors: Bool, pairLimit: Int) {
        self.theme = theme
        self.depth = depth
        self.hasDefaultColors = hasDefaultColors
        self.pairLimit = min(pairLimit, Int(Int16.max))
    }

    /// The attributes and pair of `style`, making its pair on first use.
    mutating func look(for style: CellStyle) -> Look {
        if let known = looks[style] { return known }
        let text = theme.style(for: style)
        var attributes = cc_a_normal()
        if text.bold { attributes |= cc_a_bold() }
        if text.dim { attributes |= cc_a_dim() }
        if text.italic { attributes |= cc_a_italic() }
        if text.underline { attributes |= cc_a_underline() }
        if text.reverse { attributes |= cc_a_reverse() }
        let look = Look(attributes: attributes, pair: pair(foreground: text.foreground, background: text.background))
        looks[style] = look
        return look
    }

    /// The pair for two theme colours at the terminal's depth; 0 (the terminal's
    /// colours) when there are no colours, neither is set, or the pairs ran out.
    private mutating func pair(foreground: ThemeColor?, background: ThemeColor?) -> Int16 {
        let fore = foreground.flatMap(index)
        let back = background.flatMap(index)
        guard fore != nil || back != nil else { return 0 }
        let colors = PairColors(foreground: fore ?? (hasDefaultColors ? -1 : 7), background: back ?? (hasDefaultColors ? -1 : 0))
        if let known = pairs[colors] { return known }
        guard pairs.count + 1 < pairLimit else { return 0 }
        let number = Int16(pairs.count + 1)
        guard init_pair(number, Int16(colors.foreground), Int16(colors.background)) != ERR else { return 0 }
        pairs[colors] = number
        return number
    }

    /// The palette index of a colour at the terminal's depth (stepping again only
    /// matters for a colour the stepped theme left as `#rrggbb`, which it does not).
    private func index(_ color: ThemeColor) -> Int? {
        switch color.stepped(to: depth) {
        case .indexed(let index)?: Int(index)
        case .rgb?, nil: nil
        }
    }
}
