import Migration

/// Spec sections H and I plus the comment and string cases of C and G: non-Python
/// files (fully qualified dotted and slash paths only), `# type:` comments, strings
/// that hold more than a name, and docs when asked.
extension RewriteFixture {
    static let allKinds: Set<ProposalKind> = [.code, .codeString, .config, .docs, .flag]

    static let configCases: [RewriteFixture] = [
        oneFile("44 packaging metadata keeps the entry-point name", "pyproject.toml", """
                [project.scripts]
                regime-scan = "backtester_v2.market_regime.cli:main"

                [project.entry-points."backtester.strategies"]
                market_regime = "backtester_v2.market_regime.plugin:MarketRegimeStrategy"

                [tool.setuptools.package-data]
                "backtester_v2.market_regime" = ["data/*.csv"]

                """, """
                [project.scripts]
                regime-scan = "backtester_v2.strategies.market_regime.cli:main"

                [project.entry-points."backtester.strategies"]
                market_regime = "backtester_v2.strategies.market_regime.plugin:MarketRegimeStrategy"

                [tool.setuptools.package-data]
                "backtester_v2.strategies.market_regime" = ["data/*.csv"]

                """),
        oneFile("44 setup.cfg console scripts", "setup.cfg",
                "[options.entry_points]\nconsole_scripts =\n    regime-scan = backtester_v2.market_regime.cli:main\n",
                "[options.entry_points]\nconsole_scripts =\n    regime-scan = backtester_v2.strategies.market_regime.cli:main\n"),
        oneFile("45 logging configuration", "config/logging.yaml",
                "loggers:\n  backtester_v2.market_regime:\n    level: DEBUG\nfilters:\n  regime_only:\n    (): backtester_v2.market_regime.logfilters.RegimeFilter\n",
                "loggers:\n  backtester_v2.strategies.market_regime:\n    level: DEBUG\nfilters:\n  regime_only:\n    (): backtester_v2.strategies.market_regime.logfilters.RegimeFilter\n"),
        oneFile("46 framework settings", "config/hydra.yaml",
                "detector:\n  _target_: backtester_v2.market_regime.detector.RegimeDetector\n",
                "detector:\n  _target_: backtester_v2.strategies.market_regime.detector.RegimeDetector\n"),
        oneFile("46 Django and Celery settings in Python", "backtester_v2/settings.py",
                "INSTALLED_APPS = [\"backtester_v2.market_regime\"]\n",
                "INSTALLED_APPS = [\"backtester_v2.strategies.market_regime\"]\n"),
        oneFile("47 Dockerfile dotted and slash paths", "Dockerfile", """
                COPY backtester_v2/market_regime/ /app/backtester_v2/market_regime/
                WORKDIR /app
                CMD ["python", "-m", "backtester_v2.market_regime.service"]

                """, """
                COPY backtester_v2/strategies/market_regime/ /app/backtester_v2/strategies/market_regime/
                WORKDIR /app
                CMD ["python", "-m", "backtester_v2.strategies.market_regime.service"]

                """),
        oneFile("47 CI file leaves the tests folder", ".github/workflows/ci.yml",
                "run: pytest tests/market_regime --cov=backtester_v2.market_regime\n",
                "run: pytest tests/market_regime --cov=backtester_v2.strategies.market_regime\n"),
        oneFile("48 tool configuration", "mypy.ini",
                "[mypy-backtester_v2.market_regime.*]\nignore_errors = True\n",
                "[mypy-backtester_v2.strategies.market_regime.*]\nignore_errors = True\n"),
        oneFile("48 coverage source folder", ".coveragerc", "[run]\nsource = backtester_v2/market_regime\n",
                "[run]\nsource = backtester_v2/strategies/market_regime\n"),
        oneFile("48 a glob whose files regroup follows them", "pyproject.toml",
                "[tool.ruff.lint.per-file-ignores]\n\"backtester_v2/market_regime/comprehensive_*.py\" = [\"E501\"]\n\"backtester_v2/market_regime/*.py\" = [\"F401\"]\n",
                "[tool.ruff.lint.per-file-ignores]\n\"backtester_v2/strategies/market_regime/comprehensive_modules/comprehensive_*.py\" = [\"E501\"]\n\"backtester_v2/strategies/market_regime/*.py\" = [\"F401\"]\n",
                moves: regroup),
        oneFile("49 bare config keys stay", "config/strategies.yaml",
                "strategies:\n  market_regime:\n    enabled: true\n", "strategies:\n  market_regime:\n    enabled: true\n"),
        oneFile("50 notebooks keep their JSON escaping", "notebooks/regimes.ipynb",
                "\"source\": [\"from backtester_v2.market_regime import RegimeDetector\\n\", \"%run backtester_v2/market_regime/demo.py\"]\n",
                "\"source\": [\"from backtester_v2.strategies.market_regime import RegimeDetector\\n\", \"%run backtester_v2/strategies/market_regime/demo.py\"]\n"),
        oneFile("50 notebook outputs are left alone", "notebooks/outputs.ipynb",
                "{\"cells\": [{\"outputs\": [{\"text\": [\"ModuleNotFoundError: backtester_v2.market_regime [x]\"]}],\n  \"source\": [\"import backtester_v2.market_regime.detector\"]}]}\n",
                "{\"cells\": [{\"outputs\": [{\"text\": [\"ModuleNotFoundError: backtester_v2.market_regime [x]\"]}],\n  \"source\": [\"import backtester_v2.strategies.market_regime.detector\"]}]}\n"),
        RewriteFixture(
            name: "51 docstrings and comments as docs when asked", files: [routes: """
                def detect():
                    \"\"\"Wraps backtester_v2.market_regime.detector.RegimeDetector.

                    Usage: from backtester_v2.market_regime.detector import RegimeDetector
                    \"\"\"
                    # TODO: merge with backtester_v2.market_regime.utils

                """],
            expected: [routes: """
                def detect():
                    \"\"\"Wraps backtester_v2.strategies.market_regime.detector.RegimeDetector.

                    Usage: from backtester_v2.strategies.market_regime.detector import RegimeDetector
                    \"\"\"
                    # TODO: merge with backtester_v2.strategies.market_regime.utils

                """],
            mustPropose: ["\(routes):6 docs: backtester_v2.market_regime → backtester_v2.strategies.market_regime"],
            kinds: allKinds),
        RewriteFixture(
            name: "52 Sphinx directives are docs", files: ["docs/api.rst": ".. automodule:: backtester_v2.market_regime.detector\nSee :class:`backtester_v2.market_regime.detector.RegimeDetector`.\n"],
            expected: ["docs/api.rst": ".. automodule:: backtester_v2.strategies.market_regime.detector\nSee :class:`backtester_v2.strategies.market_regime.detector.RegimeDetector`.\n"],
            mustPropose: ["docs/api.rst:1 docs: backtester_v2.market_regime → backtester_v2.strategies.market_regime"],
            kinds: allKinds),
        oneFile("52 docs stay without the opt-in", "docs/api.rst", ".. automodule:: backtester_v2.market_regime.detector\n",
                ".. automodule:: backtester_v2.market_regime.detector\n"),
        RewriteFixture(
            name: "53 doctests are code when the project collects them",
            files: ["pytest.ini": "[pytest]\naddopts = --doctest-modules\n",
                    routes: "def detect():\n    \"\"\"Detects.\n\n    >>> from backtester_v2.market_regime import RegimeDetector\n    >>> RegimeDetector().ready\n    True\n    \"\"\"\n"],
            expected: [routes: "def detect():\n    \"\"\"Detects.\n\n    >>> from backtester_v2.strategies.market_regime import RegimeDetector\n    >>> RegimeDetector().ready\n    True\n    \"\"\"\n"]),
        oneFile("53 doctests are docs otherwise", routes,
                "def detect():\n    \"\"\"\n    >>> from backtester_v2.market_regime import RegimeDetector\n    \"\"\"\n",
                "def detect():\n    \"\"\"\n    >>> from backtester_v2.market_regime import RegimeDetector\n    \"\"\"\n"),
        oneFile("17 type comments are code", routes,
                "x = load()  # type: backtester_v2.market_regime.detector.RegimeDetector\ny = 1  # type: ignore  # see backtester_v2.market_regime\n",
                "x = load()  # type: backtester_v2.strategies.market_regime.detector.RegimeDetector\ny = 1  # type: ignore  # see backtester_v2.market_regime\n"),
        oneFile("40 the literal part of an f-string", routes,
                "plug = importlib.import_module(f\"backtester_v2.market_regime.indicators.{name}\")\n",
                "plug = importlib.import_module(f\"backtester_v2.strategies.market_regime.indicators.{name}\")\n"),
        oneFile("43 an import inside a string is a code-string", routes,
                "TEMPLATE = \"\"\"\nfrom backtester_v2.market_regime import RegimeDetector\n\"\"\"\n",
                "TEMPLATE = \"\"\"\nfrom backtester_v2.strategies.market_regime import RegimeDetector\n\"\"\"\n"),
    ]
}
