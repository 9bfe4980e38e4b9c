/// A theme: how every role looks, and how the selection is shown on top of a role.
///
/// Views never see a theme; the terminal backend asks `style(for:)` for each cell.
public struct Theme: Hashable, Sendable {
    public var name: String
    public var styles: [StyleRole: TextStyle]

    public init(name: String, styles: [StyleRole: TextStyle]) {
        self.name = name
        self.styles = styles
    }

    /// How a cell is drawn: its role's style, with the colours it leaves out taken from
    /// `ui.text` (so a theme that paints the screen's background paints it under every
    /// role), and the selection on top when the cell is selected.
    ///
    /// The selection shows its background (its foreground, or the text's, replacing a
    /// foreground that would vanish on it), or, when it has none, reverse video. Marks
    /// survive it, so neither hides the other: a role with a background of its own (a
    /// changed word, the current conflict, a search match) keeps it, and a cell already
    /// in reverse video stays reversed and is underlined instead.
    public func style(for cell: CellStyle) -> TextStyle {
        let text = styles[.text] ?? .plain
        let own = styles[cell.role] ?? text
        var style = own
        style.foreground = style.foreground ?? text.foreground
        style.background = style.background ?? text.background
        guard cell.isSelected, cell.role != .selection else { return style }
        let selection = styles[.selection] ?? TextStyle(reverse: true)
        if let background = selection.background, own.background == nil || own.background == text.background {
            style.background = background
            if style.foreground == nil || style.foreground == background {
                style.foreground = selection.foreground ?? text.foreground
            }
        }
        if selection.reverse {
            if style.reverse { style.underline = true } else { style.reverse = true }
        }
        style.bold = style.bold || selection.bold
        style.underline = style.underline || selection.underline
        return style
    }
}
