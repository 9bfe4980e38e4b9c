/// Python's hard keywords: words that can never be a variable, a callee or a module
/// name part.
enum PythonKeywords {
    static let all: Set<String> = [
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
        "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in",
        "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
    ]

    static func isKeyword(_ word: String) -> Bool { all.contains(word) }
}
