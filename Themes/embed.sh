#!/bin/sh
# Writes Sources/MergeUI/ShippedThemes.swift from Themes/*.toml, which stay the one
# source of truth: run it after editing a theme (ThemeFilesTests fails until then).
set -eu
cd "$(dirname "$0")/.."
out=Sources/MergeUI/ShippedThemes.swift
{
    cat <<'HEAD'
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
HEAD
    for file in Themes/*.toml; do
        printf '        "%s": #"""\n' "$(basename "$file" .toml)"
        cat "$file"
        printf '\n"""#,\n'
    done
    printf '    ]\n}\n'
} > "$out"
