import Migration
import PythonSource

/// Spec case 66, combiner half: PEP 562 lazy-import maps and `__getattr__`. The
/// combined file must have one map with both versions' entries and one
/// `__getattr__`, never two (ruff F811).
extension InitCombinerSpecCases {
    static let getattr = getattr(reading: "_LAZY")

    static func getattr(reading map: String) -> String {
        "def __getattr__(name):\n    if name in \(map):\n"
            + "        return getattr(importlib.import_module(\(map)[name], __name__), name)\n"
            + "    raise AttributeError(name)\n"
    }

    static let lazyMaps: [InitCombinerCase] = [
        InitCombinerCase(
            name: "66 two lazy maps become one, source entries after their nearest shared entry",
            target: "import importlib\n_LAZY = {\"A\": \".a\", \"C\": \".c\"}\n" + getattr,
            source: "import importlib\n_LAZY = {\"A\": \".a\", \"B\": \".b\", \"C\": \".c\", \"D\": \".d\"}\n" + getattr,
            expected: "import importlib\n_LAZY = {\"A\": \".a\", \"B\": \".b\", \"C\": \".c\", \"D\": \".d\"}\n" + getattr),
        InitCombinerCase(
            name: "66 a map with one entry per line keeps its layout",
            target: "_LAZY = {\n    'A': '.a',\n}\n" + getattr,
            source: "_LAZY = {\"B\": \".b\", \"A\": \".a\"}\n" + getattr,
            expected: "_LAZY = {\n    'A': '.a',\n    \"B\": \".b\",\n}\n" + getattr),
        InitCombinerCase(
            name: "66 an empty target map is filled",
            target: "_LAZY = {}\n",
            source: "_LAZY = {\"B\": \".b\"}\n" + getattr,
            expected: "_LAZY = {\"B\": \".b\"}\n" + getattr),
        InitCombinerCase(
            name: "66 a key mapped to different modules is a conflict; both sides hold the whole map",
            target: "_LAZY = {\"A\": \".a\"}\n" + getattr,
            source: "_LAZY = {\"A\": \".legacy_a\", \"B\": \".b\"}\n" + getattr,
            expected: "<<<<<<< target\n_LAZY = {\"A\": \".a\", \"B\": \".b\"}\n=======\n"
                + "_LAZY = {\"A\": \".legacy_a\", \"B\": \".b\"}\n>>>>>>> source\n" + getattr,
            conflicts: ["A"]),
        InitCombinerCase(
            name: "66 different __getattr__ bodies: one map, the functions in conflict",
            target: "_LAZY = {\"A\": \".a\"}\ndef __getattr__(name):\n    return _load(name)\n",
            source: "_LAZY = {\"B\": \".b\"}\n" + getattr,
            expected: "_LAZY = {\"A\": \".a\", \"B\": \".b\"}\n<<<<<<< target\ndef __getattr__(name):\n"
                + "    return _load(name)\n=======\n" + getattr + ">>>>>>> source\n",
            conflicts: ["__getattr__"]),
        InitCombinerCase(
            name: "66 maps of different names: one map, the target's __getattr__",
            target: "_LAZY = {\"A\": \".a\"}\n" + getattr,
            source: "_LAZY_IMPORTS = {\"B\": \".b\"}\n" + getattr(reading: "_LAZY_IMPORTS"),
            expected: "_LAZY = {\"A\": \".a\", \"B\": \".b\"}\n" + getattr),
        InitCombinerCase(
            name: "66 maps of different names and different functions: each map stays with its function",
            target: "_LAZY = {\"A\": \".a\"}\ndef __getattr__(name):\n    return _load(name)\n",
            source: "_LAZY_IMPORTS = {\"B\": \".b\"}\n" + getattr(reading: "_LAZY_IMPORTS"),
            expected: "_LAZY = {\"A\": \".a\"}\n<<<<<<< target\n"
                + "def __getattr__(name):\n    return _load(name)\n=======\n"
                + getattr(reading: "_LAZY_IMPORTS") + ">>>>>>> source\n_LAZY_IMPORTS = {\"B\": \".b\"}\n",
            conflicts: ["__getattr__"]),
        InitCombinerCase(
            name: "66 with a base, only the source changed a module: take it",
            target: "_LAZY = {\"A\": \".a\"}\n",
            source: "_LAZY = {\"A\": \".new_a\"}\n",
            base: "_LAZY = {\"A\": \".a\"}\n",
            expected: "_LAZY = {\"A\": \".new_a\"}\n"),
        InitCombinerCase(
            name: "66 with a base, an entry the target removed stays removed",
            target: "_LAZY = {\"A\": \".a\"}\n",
            source: "_LAZY = {\"A\": \".a\", \"B\": \".b\"}\n",
            base: "_LAZY = {\"A\": \".a\", \"B\": \".b\"}\n",
            expected: "_LAZY = {\"A\": \".a\"}\n"),
        InitCombinerCase(
            name: "66 a dict of other values is compared as a whole",
            target: "_DEFAULTS = {\"A\": 1}\n",
            source: "_DEFAULTS = {\"A\": 2}\n",
            expected: "<<<<<<< target\n_DEFAULTS = {\"A\": 1}\n=======\n_DEFAULTS = {\"A\": 2}\n>>>>>>> source\n",
            conflicts: ["_DEFAULTS"]),
    ]
}
