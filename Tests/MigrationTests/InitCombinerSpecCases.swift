import Migration
import PythonSource

/// The `__init__.py` and `__all__` combining cases of
/// `shared/spec/import-rewrite-cases.md` (sections J and K), as a table.
enum InitCombinerSpecCases {
    static let all: [InitCombinerCase] = imports + exportLists + statements + lazyMaps + normalisedNames

    static let imports: [InitCombinerCase] = [
        InitCombinerCase(
            name: "59 same name, same source: keep the re-export spelling",
            target: "from .detector import RegimeDetector as RegimeDetector\n",
            source: "from backtester_v2.market_regime.detector import RegimeDetector\n",
            expected: "from .detector import RegimeDetector as RegimeDetector\n"),
        InitCombinerCase(
            name: "59 old and new names of one module are one line, in the new spelling",
            target: "from backtester_v2.market_regime.detector import RegimeDetector\n",
            source: "from backtester_v2.strategies.market_regime.detector import RegimeDetector\n",
            expected: "from backtester_v2.strategies.market_regime.detector import RegimeDetector\n"),
        InitCombinerCase(
            name: "60 same name bound to different objects",
            target: "from .detector import RegimeDetector\n",
            source: "from .legacy_detector import RegimeDetector\n",
            expected: "<<<<<<< target\nfrom .detector import RegimeDetector\n=======\n"
                + "from .legacy_detector import RegimeDetector\n>>>>>>> source\n",
            conflicts: ["RegimeDetector"]),
        InitCombinerCase(
            name: "60 a conflict keeps the target's other names on the source side",
            target: "from .detector import RegimeDetector, detect\n",
            source: "from .legacy_detector import RegimeDetector\n",
            expected: "<<<<<<< target\nfrom .detector import RegimeDetector, detect\n=======\n"
                + "from .detector import detect\nfrom .legacy_detector import RegimeDetector\n>>>>>>> source\n",
            conflicts: ["RegimeDetector"]),
        InitCombinerCase(
            name: "61 a submodule and a variable of one name",
            target: "from . import indicators\n",
            source: "indicators = IndicatorRegistry()\n",
            expected: "<<<<<<< target\nfrom . import indicators\n=======\nindicators = IndicatorRegistry()\n>>>>>>> source\n",
            conflicts: ["indicators"]),
        InitCombinerCase(
            name: "62 target order kept, source-only lines after the target's imports",
            target: "from .registry import REGISTRY\nfrom .comprehensive_greeks import ComprehensiveGreeks\n",
            source: "from .detector import RegimeDetector\n",
            expected: "from .registry import REGISTRY\nfrom .comprehensive_greeks import ComprehensiveGreeks\n"
                + "from .detector import RegimeDetector\n"),
        InitCombinerCase(
            name: "62 a source-only line goes after its nearest kept neighbour",
            target: "from .registry import REGISTRY\nfrom .greeks import Greeks\n",
            source: "from .registry import REGISTRY\nfrom .detector import RegimeDetector\nfrom .greeks import Greeks\n",
            expected: "from .registry import REGISTRY\nfrom .detector import RegimeDetector\nfrom .greeks import Greeks\n"),
        InitCombinerCase(
            name: "58 star import and explicit names from one module both stay",
            target: "from .indicators import *\n",
            source: "from .indicators import EMA, _ema_core\n",
            expected: "from .indicators import *\nfrom .indicators import EMA, _ema_core\n"),
        InitCombinerCase(
            name: "58 the same star import once",
            target: "from .indicators import *\n",
            source: "from backtester_v2.market_regime.indicators import *\n",
            expected: "from .indicators import *\n"),
        InitCombinerCase(
            name: "aliases: only the names the target lacks are added",
            target: "from .utils import normalise as norm\n",
            source: "from .utils import normalise as norm, scale\nimport numpy as np\n",
            expected: "from .utils import normalise as norm\nfrom .utils import scale\nimport numpy as np\n"),
        InitCombinerCase(
            name: "64 one docstring, __future__ first",
            target: "\"\"\"Market regime package.\"\"\"\nfrom .detector import RegimeDetector\n",
            source: "\"\"\"Regime detection v2.\"\"\"\nfrom __future__ import annotations\nfrom .greeks import Greeks\n",
            expected: "\"\"\"Market regime package.\"\"\"\nfrom __future__ import annotations\n"
                + "from .detector import RegimeDetector\nfrom .greeks import Greeks\n"),
    ]

    static let exportLists: [InitCombinerCase] = [
        InitCombinerCase(
            name: "__all__ list: entries after their nearest shared neighbour",
            target: "__all__ = [\"A\", \"C\"]\n",
            source: "__all__ = [\"A\", \"B\", \"C\", \"D\"]\n",
            expected: "__all__ = [\"A\", \"B\", \"C\", \"D\"]\n"),
        InitCombinerCase(
            name: "__all__ one entry per line keeps its layout and quotes",
            target: "__all__ = [\n    'A',\n    'C',\n]\n",
            source: "__all__ = ['A', 'B', 'C']\n",
            expected: "__all__ = [\n    'A',\n    'B',\n    'C',\n]\n"),
        InitCombinerCase(
            name: "__all__ tuple",
            target: "__all__ = (\"A\",)\n",
            source: "__all__ = (\"A\", \"B\")\n",
            expected: "__all__ = (\"A\", \"B\",)\n"),
        InitCombinerCase(
            name: "__all__ empty tuple gets a one-name tuple",
            target: "__all__ = ()\n",
            source: "__all__ = [\"B\"]\n",
            expected: "__all__ = (\"B\",)\n"),
        InitCombinerCase(
            name: "55 __all__ +=, .extend and .append are read",
            target: "__all__ = [\"A\"]\n__all__ += [\"B\"]\n",
            source: "__all__ = [\"A\"]\n__all__.extend([\"B\", \"C\"])\n__all__.append(\"D\")\n",
            expected: "__all__ = [\"A\"]\n__all__ += [\"B\", \"C\", \"D\"]\n"),
        InitCombinerCase(
            name: "55 an empty target list is filled",
            target: "__all__ = []\n",
            source: "__all__.append(\"D\")\n",
            expected: "__all__ = [\"D\"]\n"),
        InitCombinerCase(
            name: "55 a target with only .append gets a += line",
            target: "__all__.append(\"A\")\n",
            source: "__all__ = [\"A\", \"B\"]\n",
            expected: "__all__.append(\"A\")\n__all__ += [\"B\"]\n"),
        InitCombinerCase(
            name: "55 .remove in the target is respected",
            target: "__all__ = [\"A\", \"B\"]\n__all__.remove(\"B\")\n",
            source: "__all__ = [\"A\", \"B\", \"C\"]\n",
            expected: "__all__ = [\"A\", \"B\", \"C\"]\n__all__.remove(\"B\")\n"),
        InitCombinerCase(
            name: "55 a dynamic target __all__ is not rewritten",
            target: "__all__ = [n for n in dir() if not n.startswith(\"_\")]\n",
            source: "__all__ = [\"A\"]\n",
            expected: "__all__ = [n for n in dir() if not n.startswith(\"_\")]\n"),
        InitCombinerCase(
            name: "65 __all__ in the target only: the source's public names join it",
            target: "from .detector import RegimeDetector\n__all__ = [\"RegimeDetector\"]\n",
            source: "from .greeks import Greeks\nVERSION = \"2\"\n_private = 1\n",
            expected: "from .detector import RegimeDetector\nfrom .greeks import Greeks\n"
                + "__all__ = [\"RegimeDetector\", \"Greeks\", \"VERSION\"]\n"
                + "VERSION = \"2\"\n_private = 1\n"),
        InitCombinerCase(
            name: "65 __all__ in the source only is added",
            target: "from .detector import RegimeDetector\n",
            source: "from .detector import RegimeDetector\n__all__ = [\"RegimeDetector\"]\n",
            expected: "from .detector import RegimeDetector\n__all__ = [\"RegimeDetector\"]\n"),
        InitCombinerCase(
            name: "65 __all__ in the source only gets the target's public names",
            target: "from .detector import RegimeDetector\nfrom .greeks import Greeks\nVERSION = 1\n_cache = {}\n",
            source: "from .detector import RegimeDetector\n__all__ = [\"RegimeDetector\"]\n",
            expected: "from .detector import RegimeDetector\n__all__ = [\"RegimeDetector\"]\n"
                + "__all__ += [\"Greeks\", \"VERSION\"]\nfrom .greeks import Greeks\nVERSION = 1\n_cache = {}\n"),
        InitCombinerCase(
            name: "base: an entry the target removed stays removed",
            target: "__all__ = [\"A\"]\n",
            source: "__all__ = [\"A\", \"B\", \"C\"]\n",
            base: "__all__ = [\"A\", \"B\"]\n",
            expected: "__all__ = [\"A\", \"C\"]\n"),
    ]

    static let statements: [InitCombinerCase] = [
        InitCombinerCase(
            name: "63 side effects run once",
            target: "import logging\n_register()\nlogging.getLogger(__name__).addHandler(logging.NullHandler())\n",
            source: "import logging\n_register()\nlogging.getLogger(__name__).addHandler(logging.NullHandler())\n",
            expected: "import logging\n_register()\nlogging.getLogger(__name__).addHandler(logging.NullHandler())\n"),
        InitCombinerCase(
            name: "63 a source-only statement goes to the end",
            target: "_register()\n# end\n",
            source: "_register(extra=True)\n",
            expected: "_register()\n# end\n_register(extra=True)\n"),
        InitCombinerCase(
            name: "66 a try block is kept whole, the lazy map added",
            target: "try:\n    from .gpu import GPUDetector\nexcept ImportError:\n    GPUDetector = None\n",
            source: "_LAZY = {\"ComprehensiveGreeks\": \".comprehensive_greeks\"}\n"
                + "def __getattr__(name):\n    raise AttributeError(name)\n",
            expected: "try:\n    from .gpu import GPUDetector\nexcept ImportError:\n    GPUDetector = None\n"
                + "_LAZY = {\"ComprehensiveGreeks\": \".comprehensive_greeks\"}\n"
                + "def __getattr__(name):\n    raise AttributeError(name)\n"),
        InitCombinerCase(
            name: "67 metadata constants disagree",
            target: "__version__ = \"3.5\"\n",
            source: "__version__ = \"3.6\"\n",
            expected: "<<<<<<< target\n__version__ = \"3.5\"\n=======\n__version__ = \"3.6\"\n>>>>>>> source\n",
            conflicts: ["__version__"]),
        InitCombinerCase(
            name: "67 with a base, only the source changed the version: take it",
            target: "__version__ = \"3.5\"\n",
            source: "__version__ = \"3.6\"\n",
            base: "__version__ = \"3.5\"\n",
            expected: "__version__ = \"3.6\"\n"),
        InitCombinerCase(
            name: "67 with a base, only the target changed the version: keep it",
            target: "__version__ = \"3.6\"\n",
            source: "__version__ = \"3.5\"\n",
            base: "__version__ = \"3.5\"\n",
            expected: "__version__ = \"3.6\"\n"),
        InitCombinerCase(
            name: "base: an import the target removed stays removed",
            target: "from .a import A\n",
            source: "from .a import A\nfrom .b import B\n",
            base: "from .a import A\nfrom .b import B\n",
            expected: "from .a import A\n"),
        InitCombinerCase(
            name: "a target without a final line end",
            target: "from .a import A",
            source: "from .b import B\n",
            expected: "from .a import A\nfrom .b import B\n"),
    ]
}
