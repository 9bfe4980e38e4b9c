/// Python source analysis over bytes: tokens, import statements with exact byte
/// ranges, `__all__`, top-level definitions, module names and relative-import
/// arithmetic (PEP 328). Standard library only; never fails on broken code.
///
/// Entry points: `PythonTokenizer.tokenize(_:)` for tokens, `SourceAnalysis` for
/// everything read from one file, `ModuleLocation` and `RelativeImport` for names.
public enum PythonSource {}
