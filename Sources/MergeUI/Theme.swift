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

    /// How a cell is drawn: its role's style, with the selection's background (or,
    /// when the selection has none, reverse video) when the cell is selected.
    public func style(for cell: CellStyle) -> TextStyle {
        var style = styles[cell.role] ?? styles[.text] ?? .plain
        guard cell.isSelected, cell.role != .selection else { return style }
        let selection = styles[.selection] ?? TextStyle(reverse: true)
        if let background = selection.background {
            style.background = background
            if selection.foreground != nil, style.foreground == nil { style.foreground = selection.foreground }
        }
        style.bold = style.bold || selection.bold
        style.reverse = style.reverse != selection.reverse
        style.underline = style.underline || selection.underline
        return style
    }
}
