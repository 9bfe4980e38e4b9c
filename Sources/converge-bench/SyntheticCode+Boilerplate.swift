extension SyntheticCode {
    /// The 50 boiler-plate lines: the kind of line that recurs all over real code
    /// (closing braces with `else`, `break`, returns, includes, comments).
    static let boilerplate: [[UInt8]] = [
        "    } else {", "    break;", "    return nil;", "    return 0;", "    return true;",
        "    return false;", "    continue;", "#include <stdio.h>", "#include <stdlib.h>",
        "#include <string.h>", "    // TODO: handle errors", "    /* unreachable */",
        "    default:", "    } catch {", "    do {", "    }", "        }", "  }", "};",
        "    return result;", "    guard let self = self else { return }", "    self.update();",
        "    throw Error.invalid;", "    assert(count >= 0);", "    i += 1;", "    count = 0;",
        "    defer { lock.unlock() }", "    lock.lock();", "public:", "private:", "    @Override",
        "    super.init()", "    fatalError(\"not implemented\")", "    print(\"done\")",
        "    // MARK: - Helpers", "    /// Returns the value.", "    let result = [];",
        "    var index = 0", "import Foundation", "#pragma once", "#endif", "#else",
        "    switch kind {", "    case .none:", "    case .some(let value):", "    free(buffer);",
        "    buffer = NULL;", "    if (err != 0) goto fail;", "fail:", "    return -1;",
    ].map { Array($0.utf8) }
}
