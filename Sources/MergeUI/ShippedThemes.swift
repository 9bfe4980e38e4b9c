// Written by Themes/embed.sh from Themes/*.toml: edit those and run the script.

/// The themes in `Themes/`, embedded in the binary, by name.
///
/// The binary is static and runs from anywhere (`.build/release/converge`, an install
/// folder), so it cannot find `Themes/` next to itself; SwiftPM resources would need
/// Foundation's `Bundle`, which MergeUI does without. So the files are copied here as
/// text and read with the same parser as a user's theme; `ThemeFilesTests` checks
/// that every copy is byte for byte its file, so the two cannot drift apart.
public enum ShippedThemes {
    public static let files: [String: String] = [
        "default": #"""
# converge theme "default": the built-in theme, also used when a theme file is
# missing or broken. Dark background, the 16 ANSI colours only, so it looks the
# same on every terminal. (A test checks that this file equals Theme.builtIn.)
#
# THE FORMAT (every theme file)
#
# One table per style role, named by the role: [diff.added], [conflict.target],
# [ui.footer.key]. TOML reads a dotted name as nested tables ([ui.footer.key] is
# the table "key" inside "footer" inside "ui"), so [ui.footer] and [ui.footer.key]
# both work: a role's settings and the roles inside it never share a name. The
# same paths written as inline tables or quoted keys ("diff.added" = { fg = "green" })
# work too.
# An unknown role or setting is a mistake, reported with its line.
#
# Settings of a role, all optional:
#   fg, bg      a colour: a name (black, red, green, yellow, blue, magenta, cyan,
#               white, bright-black, bright-red, ... bright-white), a palette index
#               0-255, "#rrggbb", or "default" (the same as leaving it out)
#   bold, dim, italic, underline, reverse    true or false (false when left out)
# A role that leaves out fg or bg takes ui.text's (and ui.text's, when left out,
# are the terminal's own); a role left out entirely looks like ui.text.
# A selected row shows ui.selection's background on top of its roles (reverse
# video when ui.selection has no background).
#
# Colours are stepped down to what the terminal shows: "#rrggbb" to the nearest
# of 256 colours, then to the 16 ANSI colours, then to 8 (bright becomes normal
# and bold); with NO_COLOR set there are none, and backgrounds show as reverse
# video, so bars, the selection and the current conflict stay visible.
#
# Your own themes go in ~/.config/converge/themes/NAME.toml ($XDG_CONFIG_HOME is
# honoured), found before the shipped ones of the same name; choose one with
# --theme NAME (or a path) or theme = "NAME" in ~/.config/converge/config.toml.

[ui.text]

[ui.dim]
dim = true

[ui.title]
bold = true

[ui.header]
fg = "bright-white"
bg = "blue"
bold = true

[ui.tab]
fg = "white"
bg = "blue"

[ui.tab.active]
fg = "black"
bg = "cyan"
bold = true

[ui.footer]
fg = "white"
bg = "bright-black"

[ui.footer.key]
fg = "bright-yellow"
bg = "bright-black"
bold = true

[ui.border]
fg = "bright-black"

[ui.selection]
bg = "bright-black"
bold = true

[ui.status]
fg = "bright-cyan"

[ui.error]
fg = "bright-red"
bold = true

[ui.warning]
fg = "bright-yellow"

[ui.search-match]
fg = "black"
bg = "bright-yellow"

[ui.line-number]
fg = "bright-black"

[ui.help]
fg = "bright-white"
bg = "black"

[ui.help.key]
fg = "bright-yellow"
bg = "black"
bold = true

[ui.progress]
fg = "bright-green"

[class.source-only]
fg = "green"

[class.conflict]
fg = "yellow"
bold = true

[class.target-only]
fg = "blue"

[class.same]
dim = true

[class.moved]
fg = "magenta"

[file.flag]
fg = "cyan"

[diff.added]
fg = "green"

[diff.removed]
fg = "red"

[diff.changed]
fg = "yellow"

[diff.changed-word]
fg = "black"
bg = "yellow"

[diff.filler]
fg = "bright-black"
dim = true

[conflict.target]
fg = "bright-blue"

[conflict.source]
fg = "bright-magenta"

[conflict.base]
fg = "white"

[conflict.unresolved]
fg = "bright-red"
bold = true

[conflict.resolved]
fg = "bright-green"

[conflict.current]
fg = "black"
bg = "bright-yellow"
bold = true

[hunk.auto-merged]
fg = "cyan"

[hunk.indent-warning]
fg = "black"
bg = "bright-red"

[proposal.accepted]
fg = "bright-green"

[proposal.rejected]
fg = "bright-red"

[proposal.flag]
fg = "bright-yellow"

[proposal.before]
fg = "red"

[proposal.after]
fg = "green"

"""#,
        "high-contrast": #"""
# converge theme "high-contrast": bright white on black, the bright ANSI colours,
# bold and underline where a mark must not be missed, and a reversed selection.
# Format: see default.toml.

[ui.text]
fg = "bright-white"
bg = "black"

[ui.dim]
fg = "white"

[ui.title]
bold = true
underline = true

[ui.header]
fg = "black"
bg = "bright-white"
bold = true

[ui.tab]
fg = "black"
bg = "white"

[ui.tab.active]
fg = "black"
bg = "bright-yellow"
bold = true

[ui.footer]
fg = "black"
bg = "white"

[ui.footer.key]
fg = "black"
bg = "bright-yellow"
bold = true

[ui.border]
fg = "white"

[ui.selection]
bold = true
reverse = true

[ui.status]
fg = "bright-cyan"

[ui.error]
fg = "bright-red"
bold = true
underline = true

[ui.warning]
fg = "bright-yellow"
bold = true

[ui.search-match]
fg = "black"
bg = "bright-cyan"

[ui.line-number]
fg = "white"

[ui.help]
fg = "bright-white"
bg = "black"

[ui.help.key]
fg = "bright-yellow"
bg = "black"
bold = true

[ui.progress]
fg = "bright-green"
bold = true

[class.source-only]
fg = "bright-green"

[class.conflict]
fg = "bright-yellow"
bold = true

[class.target-only]
fg = "bright-cyan"

[class.same]
fg = "white"

[class.moved]
fg = "bright-magenta"

[file.flag]
fg = "bright-white"
underline = true

[diff.added]
fg = "bright-green"
bold = true

[diff.removed]
fg = "bright-red"

[diff.changed]
fg = "bright-yellow"

[diff.changed-word]
fg = "black"
bg = "bright-yellow"
bold = true

[diff.filler]
fg = "white"

[conflict.target]
fg = "bright-cyan"
bold = true

[conflict.source]
fg = "bright-magenta"
bold = true

[conflict.base]
fg = "white"

[conflict.unresolved]
fg = "bright-red"
bold = true
underline = true

[conflict.resolved]
fg = "bright-green"
bold = true

[conflict.current]
fg = "black"
bg = "bright-yellow"
bold = true

[hunk.auto-merged]
fg = "bright-cyan"

[hunk.indent-warning]
fg = "bright-white"
bg = "red"
bold = true

[proposal.accepted]
fg = "bright-green"
bold = true

[proposal.rejected]
fg = "bright-red"
bold = true

[proposal.flag]
fg = "bright-yellow"
bold = true
underline = true

[proposal.before]
fg = "bright-red"

[proposal.after]
fg = "bright-green"

"""#,
        "light": #"""
# converge theme "light": dark text on a white screen, for light terminals (it
# paints its own background, so it reads the same on a dark one). 256-colour
# values that step down to the 16 ANSI colours cleanly. Format: see default.toml.

[ui.text]
fg = "#1c1c1c"
bg = "#ffffff"

[ui.dim]
fg = "#808080"

[ui.title]
fg = "#000000"
bold = true

[ui.header]
fg = "#ffffff"
bg = "#005f87"
bold = true

[ui.tab]
fg = "#303030"
bg = "#d0d0d0"

[ui.tab.active]
fg = "#ffffff"
bg = "#0087af"
bold = true

[ui.footer]
fg = "#303030"
bg = "#e4e4e4"

[ui.footer.key]
fg = "#005f87"
bg = "#e4e4e4"
bold = true

[ui.border]
fg = "#a8a8a8"

[ui.selection]
bg = "#d7e7ff"

[ui.status]
fg = "#005f87"

[ui.error]
fg = "#d70000"
bold = true

[ui.warning]
fg = "#af5f00"
bold = true

[ui.search-match]
fg = "#000000"
bg = "#ffaf00"

[ui.line-number]
fg = "#8a8a8a"

[ui.help]
fg = "#1c1c1c"
bg = "#eeeeee"

[ui.help.key]
fg = "#005f87"
bg = "#eeeeee"
bold = true

[ui.progress]
fg = "#008700"

[class.source-only]
fg = "#008700"

[class.conflict]
fg = "#af5f00"
bold = true

[class.target-only]
fg = "#005fd7"

[class.same]
fg = "#808080"

[class.moved]
fg = "#8700af"

[file.flag]
fg = "#008787"

[diff.added]
fg = "#008700"

[diff.removed]
fg = "#d70000"

[diff.changed]
fg = "#af8700"

[diff.changed-word]
fg = "#000000"
bg = "#ffd75f"

[diff.filler]
fg = "#bcbcbc"

[conflict.target]
fg = "#005fd7"

[conflict.source]
fg = "#af00af"

[conflict.base]
fg = "#6c6c6c"

[conflict.unresolved]
fg = "#d70000"
bold = true

[conflict.resolved]
fg = "#008700"

[conflict.current]
fg = "#ffffff"
bg = "#d75f00"
bold = true

[hunk.auto-merged]
fg = "#008787"

[hunk.indent-warning]
fg = "#ffffff"
bg = "#d70000"

[proposal.accepted]
fg = "#008700"

[proposal.rejected]
fg = "#d70000"

[proposal.flag]
fg = "#af5f00"

[proposal.before]
fg = "#d70000"

[proposal.after]
fg = "#008700"

"""#,
        "monochrome": #"""
# converge theme "monochrome": no colours at all, only bold, dim, italic, underline
# and reverse video, for terminals without colour or readers who prefer none. The
# selection is reversed; the current conflict is reversed and bold, so the two
# differ. Format: see default.toml.

[ui.text]

[ui.dim]
dim = true

[ui.title]
bold = true

[ui.header]
bold = true
reverse = true

[ui.tab]
reverse = true

[ui.tab.active]
bold = true
underline = true

[ui.footer]
reverse = true

[ui.footer.key]
bold = true
reverse = true

[ui.border]
dim = true

[ui.selection]
reverse = true

[ui.status]
italic = true

[ui.error]
bold = true
underline = true

[ui.warning]
bold = true

[ui.search-match]
underline = true
reverse = true

[ui.line-number]
dim = true

[ui.help]

[ui.help.key]
bold = true

[ui.progress]
bold = true

[class.source-only]
bold = true

[class.conflict]
bold = true
underline = true

[class.target-only]
italic = true

[class.same]
dim = true

[class.moved]
italic = true
underline = true

[file.flag]
underline = true

[diff.added]
bold = true

[diff.removed]
dim = true

[diff.changed]
underline = true

[diff.changed-word]
reverse = true

[diff.filler]
dim = true

[conflict.target]
bold = true

[conflict.source]
underline = true

[conflict.base]
dim = true

[conflict.unresolved]
bold = true
underline = true

[conflict.resolved]
dim = true

[conflict.current]
bold = true
reverse = true

[hunk.auto-merged]
italic = true

[hunk.indent-warning]
underline = true
reverse = true

[proposal.accepted]
bold = true

[proposal.rejected]
dim = true

[proposal.flag]
underline = true

[proposal.before]
dim = true

[proposal.after]
bold = true

"""#,
        "solarized-dark": #"""
# converge theme "solarized-dark": Ethan Schoonover's Solarized palette on its dark
# background (base03 #002b36, text base0 #839496; accents yellow #b58900, orange
# #cb4b16, red #dc322f, magenta #d33682, violet #6c71c4, blue #268bd2, cyan
# #2aa198, green #859900). Best in truecolor; on fewer colours bars and the
# selection fall back to reverse video. Format: see default.toml.

[ui.text]
fg = "#839496"
bg = "#002b36"

[ui.dim]
fg = "#586e75"

[ui.title]
fg = "#93a1a1"
bold = true

[ui.header]
fg = "#eee8d5"
bg = "#073642"
bold = true

[ui.tab]
fg = "#839496"
bg = "#073642"

[ui.tab.active]
fg = "#002b36"
bg = "#268bd2"
bold = true

[ui.footer]
fg = "#93a1a1"
bg = "#073642"

[ui.footer.key]
fg = "#b58900"
bg = "#073642"
bold = true

[ui.border]
fg = "#586e75"

[ui.selection]
bg = "#073642"
bold = true

[ui.status]
fg = "#2aa198"

[ui.error]
fg = "#dc322f"
bold = true

[ui.warning]
fg = "#b58900"

[ui.search-match]
fg = "#002b36"
bg = "#b58900"

[ui.line-number]
fg = "#586e75"

[ui.help]
fg = "#93a1a1"
bg = "#073642"

[ui.help.key]
fg = "#b58900"
bg = "#073642"
bold = true

[ui.progress]
fg = "#859900"

[class.source-only]
fg = "#859900"

[class.conflict]
fg = "#b58900"
bold = true

[class.target-only]
fg = "#268bd2"

[class.same]
fg = "#586e75"

[class.moved]
fg = "#6c71c4"

[file.flag]
fg = "#2aa198"

[diff.added]
fg = "#859900"

[diff.removed]
fg = "#dc322f"

[diff.changed]
fg = "#b58900"

[diff.changed-word]
fg = "#002b36"
bg = "#b58900"

[diff.filler]
fg = "#586e75"

[conflict.target]
fg = "#268bd2"

[conflict.source]
fg = "#d33682"

[conflict.base]
fg = "#93a1a1"

[conflict.unresolved]
fg = "#dc322f"
bold = true

[conflict.resolved]
fg = "#859900"

[conflict.current]
fg = "#002b36"
bg = "#cb4b16"
bold = true

[hunk.auto-merged]
fg = "#2aa198"

[hunk.indent-warning]
fg = "#fdf6e3"
bg = "#dc322f"

[proposal.accepted]
fg = "#859900"

[proposal.rejected]
fg = "#dc322f"

[proposal.flag]
fg = "#cb4b16"

[proposal.before]
fg = "#dc322f"

[proposal.after]
fg = "#859900"

"""#,
    ]
}
