extension Theme {
    /// The theme as a terminal of `depth` can show it: every colour stepped
    /// (`ThemeColor.stepped(to:)`), and kept readable and visible where stepping alone
    /// would lose something:
    ///
    /// - A background that has no colour left at this depth (every background at
    ///   `.none`; bright-black, the grey of bars and of the selection, at 8 colours,
    ///   where black is most terminals' own background), or that became the screen's
    ///   (`ui.text`'s background at this depth), is drawn in reverse video instead:
    ///   the header, the footer, the selection, the current conflict, search matches
    ///   and changed words stay visible even with `NO_COLOR`.
    /// - A foreground that became its background is dropped, so the text's own
    ///   colours show through (and then, if need be, the background too); when the
    ///   text's own colours meet, the text keeps the terminal's colours.
    /// - The current conflict is underlined if it would otherwise look like a selected
    ///   row (the builtin theme with `NO_COLOR`: both reverse and bold).
    ///
    /// Modifiers are kept at every depth. The backend steps the theme once, at start.
    public func stepped(to depth: ColorDepth) -> Theme {
        let originalText = styles[.text] ?? .plain
        let screen = originalText.stepped(to: depth)
        var text = screen
        if text.foreground != nil, text.foreground == text.background {
            text = originalText
            text.foreground = nil
            text.background = nil
        }
        var stepped: [StyleRole: TextStyle] = [:]
        for (role, style) in styles {
            guard role != .text else {
                stepped[role] = text
                continue
            }
            var result = style.stepped(to: depth)
            if let background = style.background, background != originalText.background,
               result.background == nil || result.background == screen.background {
                result.background = nil
                result.reverse = true
            }
            stepped[role] = result.readable(over: text, bold: style.bold)
        }
        var theme = Theme(name: name, styles: stepped)
        theme.keepCurrentConflictApartFromSelection()
        return theme
    }

    /// Underlines the current conflict when it would look like a selected row (with no
    /// colours both are reverse video), so the user can tell the hunk from the cursor.
    mutating func keepCurrentConflictApartFromSelection() {
        guard var current = styles[.conflictCurrent],
              style(for: CellStyle(.conflictCurrent)) == style(for: CellStyle(.text, selected: true)) else { return }
        current.underline = true
        styles[.conflictCurrent] = current
    }
}

extension TextStyle {
    /// The style with its colours stepped to `depth` (`ThemeColor.stepped(to:)`). At 8
    /// colours a bright foreground becomes its normal colour in bold (which those
    /// terminals show bright), and a bright-black background is dropped: its normal
    /// colour is black, most terminals' own background (`Theme.stepped(to:)` shows
    /// such a style in reverse video).
    public func stepped(to depth: ColorDepth) -> TextStyle {
        var style = self
        style.foreground = foreground?.stepped(to: depth)
        style.background = background?.stepped(to: depth)
        if depth == .eight {
            if foreground?.isBright == true { style.bold = true }
            if background?.ansiIndex == 8 { style.background = nil }
        }
        return style
    }

    /// The style with colours that would hide its text dropped: when its foreground
    /// (or the text's, which it inherits) equals its background (or the text's), first
    /// its own foreground goes, with the bold it gave as a hint (back to `bold`), then
    /// its own background (shown in reverse instead).
    func readable(over text: TextStyle, bold: Bool) -> TextStyle {
        var style = self
        if style.hidesText(over: text), style.foreground != nil {
            style.foreground = nil
            style.bold = bold
        }
        if style.hidesText(over: text), style.background != nil {
            style.background = nil
            style.reverse = true
        }
        return style
    }

    private func hidesText(over text: TextStyle) -> Bool {
        let shownForeground = foreground ?? text.foreground
        return shownForeground != nil && shownForeground == (background ?? text.background)
    }
}
