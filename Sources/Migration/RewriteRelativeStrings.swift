import PythonSource

/// `importlib.import_module("...core.engine", package="pkg.sub")`: a relative name
/// and the package it counts from. When the package string is rewritten the dots
/// must follow, or the call resolves somewhere else (`pkg.strategies.core.engine`);
/// the name is resolved against the old package, mapped, and written again from the
/// new package. With `__package__` as the package it is the file's own package, which
/// changes only when the file moves (`".comprehensive_greeks"` under REGROUP).
struct RewriteRelativeStrings {
    let moves: ModuleMoves

    func proposals(in file: RewriteFile) -> [Proposal] {
        let strings = file.analysis.dottedNameStrings
        return strings.indices.compactMap { index in
            let string = strings[index]
            guard string.relativeLevel > 0, case .callArgument(let callee, 0, nil) = string.context,
                  callee.hasSuffix("import_module") else { return nil }
            if let package = strings[(index + 1)...].first, case .callArgument(callee, _, "package") = package.context {
                return proposal(for: string, package: package.moduleName, in: file)
            }
            guard passesOwnPackage(after: string, in: file), let old = file.oldLocation, let new = file.newLocation else {
                return nil
            }
            return proposal(for: string, package: old.basePackage, newPackage: new.basePackage, in: file)
        }
    }

    /// Whether the argument after `string` is `__package__` (or `package=__package__`).
    private func passesOwnPackage(after string: DottedNameString, in file: RewriteFile) -> Bool {
        let source = file.analysis.source
        guard var index = source.tokens.firstIndex(where: { $0.range.lowerBound >= string.range.upperBound }) else {
            return false
        }
        var significant: [String] = []
        while index < source.tokens.count && significant.count < 4 {
            if source.tokens[index].kind.isSignificant { significant.append(source.text(ofToken: index)) }
            index += 1
        }
        return significant.starts(with: [",", "__package__"]) || significant.starts(with: [",", "package", "=", "__package__"])
    }

    func proposal(for string: DottedNameString, package: ModuleName, newPackage: ModuleName? = nil,
                          in file: RewriteFile) -> Proposal? {
        let rest = string.moduleName
        guard let target = try? RelativeImport.resolve(level: string.relativeLevel, module: rest.isEmpty ? nil : rest,
                                                       inPackageOf: package, isPackage: true) else { return nil }
        let newPackage = newPackage ?? moves.resolved(package), newTarget = moves.resolved(target)
        guard newPackage != package || newTarget != target else { return nil }
        guard let spelling = RelativeImport.minimalSpelling(of: newTarget, from: newPackage, isPackage: true) else {
            return file.proposal(string.contentRange, after: newTarget.description, kind: .flag,
                                 reason: "\(string.text) relative to \(newPackage) cannot reach \(newTarget); use an absolute name")
        }
        guard spelling.description != string.text else { return nil }
        return file.proposal(string.contentRange, after: spelling.description, kind: .codeString,
                             reason: "relative to package \(package) this names \(target); from \(newPackage) it must name \(newTarget)")
    }
}
